package dev.makelint.checks;

import dev.makelint.evaluation.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The warnings and non-fatal errors GNU make prints while reading, as the evaluator recorded them:
 * the ones a check turns into findings are picked by message, once per place and message.
 */
final class DiagnosticFindings {
  private DiagnosticFindings() {}

  /** A diagnostic of a makefile line whose message matches, with the match. */
  record Match(Diagnostic diagnostic, Matcher matcher) {}

  static List<Match> matching(LintContext ctx, Pattern message) {
    List<Match> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Diagnostic d : ctx.db().diagnostics()) {
      if (d.kind() != Diagnostic.Kind.WARNING && d.kind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      if (d.location() == null || d.location().file() == null) {
        continue;
      }
      Matcher m = message.matcher(d.message());
      if (m.matches() && seen.add(d.location() + "\0" + d.message())) {
        out.add(new Match(d, m));
      }
    }
    return out;
  }
}
