package dev.makelint.evaluation;

import java.util.List;

/**
 * A rule's recipe: raw logical lines with the recipe prefix removed (continuations kept), the
 * location of its first line, the recipe prefix in force when the rule was read, and the physical
 * line each logical line starts on (lines of other text, such as comments or conditionals, may
 * sit between them).
 */
public record Recipe(List<String> lines, Location location, char prefix,
    List<Integer> lineNumbers) {
  /** Where logical line {@code i} starts. */
  public Location lineLocation(int i) {
    int line = i < lineNumbers.size() ? lineNumbers.get(i) : location.line() + i;
    return new Location(location.file(), line);
  }
}
