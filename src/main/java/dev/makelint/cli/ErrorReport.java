package dev.makelint.cli;

import dev.makelint.checks.Finding;
import dev.makelint.checks.RelatedLocation;
import dev.makelint.evaluation.LimitExceeded;
import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.MakeError;
import java.io.PrintWriter;

/**
 * Prints errors the way a compiler would: fatal reading errors with make's own wording and their
 * check id, limits with the option that raises them, and internal errors as such, never with a
 * stack trace.
 */
final class ErrorReport {
  /** Where users report internal errors. */
  static final String ISSUES_URL = "https://github.com/makelint/makelint/issues";

  private ErrorReport() {}

  static void print(PrintWriter err, Finding e) {
    err.println(where(e.file(), e.line(), e.column()) + "error: " + e.message() + " ["
        + e.check() + "]");
    for (RelatedLocation r : e.related()) {
      err.println(where(r.file(), r.line(), r.column()) + "note: " + r.message());
    }
    err.flush();
  }

  static void print(PrintWriter err, MakeError e) {
    String where = e.location() == null || e.location().file() == null
        ? "makelint"
        : e.location().file() + ":" + e.location().line() + ":1";
    if (e instanceof LimitExceeded) {
      err.println(where + ": error: " + e.getMessage());
    } else {
      err.println(where + ": error: " + e.fullMessage() + " (make would stop here: *** "
          + e.getMessage() + ".  Stop.)");
    }
    err.flush();
  }

  /** An unexpected exception or error: a bug in makelint, reported with the line being read. */
  static void internal(PrintWriter err, Throwable t, Location at) {
    String where = at == null || at.file() == null ? "" : " while reading " + at;
    String what = t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    if (what.length() > 500) {
      what = what.substring(0, 500) + "...";
    }
    err.println("makelint: internal error" + where + ": " + what
        + "; please report this at " + ISSUES_URL + " with the makefile that caused it");
    err.flush();
  }

  private static String where(String file, int line, int column) {
    return file == null ? "makelint: " : file + ":" + line + ":" + column + ": ";
  }
}
