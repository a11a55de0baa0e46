package dev.makelint.checks;

import dev.makelint.evaluation.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule that mixes pattern targets ({@code %.o}) with file names. GNU make 4.3 stops with "mixed
 * implicit and normal rules" (or "... and static pattern rules") when the first target is a
 * pattern; when a file name comes first it warns "mixed implicit and normal rules: deprecated
 * syntax" and treats every target, the pattern too, as a file name.
 */
public final class MixedImplicitRules implements Check {
  public static final String ID = "mixed-implicit-rules";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.ERROR, CheckGroup.MAKE,
      "a rule that mixes pattern targets with file names");

  static final String DEPRECATED = "*** mixed implicit and normal rules: deprecated syntax";

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    List<Finding> out = new ArrayList<>(FatalErrors.findings(ctx, INFO));
    for (Diagnostic d : ctx.db().diagnostics()) {
      if (d.kind() != Diagnostic.Kind.WARNING || !d.message().equals(DEPRECATED)
          || d.location().file() == null) {
        continue;
      }
      String line = ctx.physicalLine(d.location());
      int column = offendingTargetColumn(line, Columns.firstNonBlank(line));
      Finding f = ctx.finding(this, "mixed implicit and normal rules: deprecated syntax; make "
          + "4.3 treats every target here as a file name, the pattern too, so this rule is not "
          + "a pattern rule", d.location(), column, ctx.includeChain(d.location().file()));
      out.add(new Finding(f.check(), Severity.WARNING, f.message(), f.file(), f.line(),
          f.column(), f.related()));
    }
    return out;
  }

  /**
   * The target that breaks the rule's kind: the first file name when the rule starts with a
   * pattern, else the first pattern. Works on the text before the first colon.
   */
  static int offendingTargetColumn(String line, int fallback) {
    if (line == null) {
      return fallback;
    }
    int colon = line.indexOf(':');
    String targets = colon < 0 ? line : line.substring(0, colon);
    Boolean firstIsPattern = null;
    int i = 0;
    while (i < targets.length()) {
      while (i < targets.length() && Character.isWhitespace(targets.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < targets.length() && !Character.isWhitespace(targets.charAt(i))) {
        i++;
      }
      if (start == i) {
        break;
      }
      String word = targets.substring(start, i);
      if (word.contains("$")) {
        return fallback; // the targets come from variables: the text does not show them
      }
      boolean pattern = word.contains("%");
      if (firstIsPattern == null) {
        firstIsPattern = pattern;
      } else if (pattern != firstIsPattern) {
        return start + 1;
      }
    }
    return fallback;
  }
}
