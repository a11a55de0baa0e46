package dev.makelint.evaluation;

/**
 * Something make prints while reading: a warning (e.g. overriding recipe), a non-fatal error, or
 * the text of $(info)/$(warning)/$(error).
 */
public record Diagnostic(Kind kind, Location location, String message) {
  public enum Kind {
    WARNING,
    ERROR,
    INFO,
    USER_WARNING,
    USER_ERROR
  }
}
