package dev.makelint.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A target named twice in the targets of one rule that has a recipe (GNU make: "target 'x' given
 * more than once in the same rule"). Usually a variable that lists a file twice, or a copy-paste
 * slip; make runs the recipe once for it.
 */
public final class DuplicateTargetInRule implements Check {
  public static final String ID = "duplicate-target-in-rule";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.WARNING, CheckGroup.MAKE,
      "a target named twice in the same rule");

  private static final Pattern MESSAGE =
      Pattern.compile("target '(.*)' given more than once in the same rule");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (DiagnosticFindings.Match m : DiagnosticFindings.matching(ctx, MESSAGE)) {
      String name = m.matcher().group(1);
      String line = ctx.physicalLine(m.diagnostic().location());
      out.add(ctx.finding(this, "target '" + name + "' given more than once in the same rule",
          m.diagnostic().location(), secondOccurrence(line, name),
          ctx.includeChain(m.diagnostic().location().file())));
    }
    return out;
  }

  /** The column of the second time {@code name} stands alone on the line, else the first. */
  static int secondOccurrence(String line, String name) {
    int first = Columns.word(line, name);
    if (first <= 0) {
      return Columns.firstNonBlank(line);
    }
    int second = Columns.word(line, name, first - 1 + name.length());
    return second > 0 ? second : first;
  }
}
