package dev.makelint.cli;

import dev.makelint.checks.Finding;
import dev.makelint.checks.RelatedLocation;
import java.io.PrintWriter;

/**
 * Prints the fatal reading error the way a compiler would: {@code file:line:column: error:
 * message [check]}, with make's own wording, then a note per related place.
 */
final class ErrorReport {
  private ErrorReport() {}

  static void print(PrintWriter err, Finding e) {
    err.println(where(e.file(), e.line(), e.column()) + "error: " + e.message() + " ["
        + e.check() + "]");
    for (RelatedLocation r : e.related()) {
      err.println(where(r.file(), r.line(), r.column()) + "note: " + r.message());
    }
    err.flush();
  }

  private static String where(String file, int line, int column) {
    return file == null ? "makelint: " : file + ":" + line + ":" + column + ": ";
  }
}
