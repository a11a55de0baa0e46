package dev.makelint.checks;

import java.util.List;

/**
 * One problem found, at a place in a makefile, with the places that explain it.
 *
 * @param check the check id
 * @param file relative to the working directory when inside it, else absolute
 * @param line 1-based
 * @param column 1-based
 */
public record Finding(
    String check,
    Severity severity,
    String message,
    String file,
    int line,
    int column,
    List<RelatedLocation> related) {
  public Finding {
    related = List.copyOf(related);
  }
}
