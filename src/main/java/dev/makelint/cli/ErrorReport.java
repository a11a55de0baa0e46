package dev.makelint.cli;

import dev.makelint.evaluation.MakeError;
import java.io.PrintWriter;

/** Prints a fatal reading error the way a compiler would, with make's own wording. */
final class ErrorReport {
  private ErrorReport() {}

  static void print(PrintWriter err, MakeError e) {
    String where = e.location() == null || e.location().file() == null
        ? "makelint"
        : e.location().file() + ":" + e.location().line() + ":1";
    err.println(where + ": error: " + e.getMessage() + " (make would stop here: *** "
        + e.getMessage() + ".  Stop.)");
    err.flush();
  }
}
