package dev.makelint.evaluation;

/**
 * One file named by an {@code include}, {@code -include} or {@code sinclude} line, after expansion
 * and globbing, and what became of it.
 *
 * @param name the name as the include line gave it
 * @param location the include line
 * @param optional {@code -include}/{@code sinclude}
 */
public record IncludeAttempt(String name, Location location, boolean optional, Outcome outcome) {

  /** What make did with the file. */
  public enum Outcome {
    /** Found and read. */
    READ,
    /** Not found, but a rule can make it: make would build it and restart. */
    MISSING_WITH_RULE,
    /** Not found and no rule makes it: fatal for {@code include}, ignored for {@code -include}. */
    MISSING
  }

  IncludeAttempt withOutcome(Outcome o) {
    return new IncludeAttempt(name, location, optional, o);
  }
}
