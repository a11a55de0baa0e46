package dev.makelint.reporting;

import dev.makelint.checks.Finding;

/**
 * The words added to a fatal error in the human formats: "(make would stop here)" for make's own
 * errors; nothing for makelint's resource limits, where make itself would go on.
 */
final class StopNote {
  private StopNote() {}

  /** The message of fatal error {@code e}, with the note when make would stop there too. */
  static String message(Finding e) {
    // a limit names its option, "(limit --max-…", in its message (see LimitExceeded)
    return e.message().contains("(limit --max-") ? e.message()
        : e.message() + " (make would stop here)";
  }
}
