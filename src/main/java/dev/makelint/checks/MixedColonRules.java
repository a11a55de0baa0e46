package dev.makelint.checks;

import java.util.List;

/**
 * A target with both single-colon ({@code x:}) and double-colon ({@code x::}) rules: GNU make
 * stops with "target file 'x' has both : and :: entries".
 */
public final class MixedColonRules implements Check {
  public static final String ID = "mixed-colon-rules";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.ERROR, CheckGroup.MAKE,
      "a target with both : and :: rules: make stops");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    return FatalErrors.findings(ctx, INFO);
  }
}
