package dev.makelint.evaluation;

/**
 * A resource limit of makelint (not an error make would report) stopped reading or checking at a
 * location: the message names what was exceeded, the option that sets the limit and its value.
 */
public final class LimitExceeded extends MakeError {
  private final String option;

  /**
   * @param what what happened, e.g. "expansion nested deeper than 2000 levels"
   * @param option the option that raises the limit, e.g. "--max-expansion-depth"
   * @param value the limit in force, as given to the option
   */
  public LimitExceeded(Location at, String what, String option, String value) {
    super(at, what + " (limit " + option + "=" + value + "; raise it with " + option + ")");
    this.option = option;
  }

  /** A limit of the Java virtual machine itself (stack, heap): {@code message} says what to do. */
  public LimitExceeded(Location at, String message) {
    super(at, message);
    this.option = null;
  }

  /** The command-line option that sets the limit, or null for a limit of the JVM. */
  public String option() {
    return option;
  }
}
