package dev.makelint.checks;

import java.util.List;

/**
 * A line make cannot read as a rule, an assignment or a directive: GNU make stops with "missing
 * separator", most often because a recipe is indented with spaces instead of a tab.
 */
public final class MissingSeparator implements Check {
  public static final String ID = "missing-separator";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.ERROR, CheckGroup.MAKE,
      "a line make cannot read (e.g. a recipe indented with spaces): make stops");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    return FatalErrors.findings(ctx, INFO);
  }
}
