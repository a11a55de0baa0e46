package dev.makelint.evaluation;

import java.util.List;

/**
 * A rule's recipe: raw logical lines with the recipe prefix removed (continuations kept), the
 * location of its first line, and the recipe prefix in force when the rule was read.
 *
 * @param lineNumbers the physical line where each logical line starts (null when unknown); lines
 *     can be apart by more than one because of continuations, blank and comment lines
 */
public record Recipe(List<String> lines, Location location, char prefix,
    List<Integer> lineNumbers) {
  public Recipe(List<String> lines, Location location, char prefix) {
    this(lines, location, prefix, null);
  }

  /** Where logical line {@code i} of the recipe starts. */
  public Location lineLocation(int i) {
    if (lineNumbers != null && i < lineNumbers.size()) {
      return new Location(location.file(), lineNumbers.get(i));
    }
    int line = location.line();
    for (int k = 0; k < i && k < lines.size(); k++) {
      line += 1 + (int) lines.get(k).chars().filter(c -> c == '\n').count();
    }
    return new Location(location.file(), line);
  }
}
