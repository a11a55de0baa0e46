package dev.makelint.checks;

import java.util.List;

/**
 * A {@code # makelint: disable=…} comment that suppresses nothing, or names no known check. Its
 * findings depend on every other check's, so the {@link Linter} produces them after applying the
 * suppressions; {@link #run} itself has nothing to look at.
 */
public final class UnusedSuppression implements Check {
  public static final CheckInfo INFO = CheckInfo.of("unused-suppression", Severity.INFO,
      CheckGroup.META, "a suppression comment that suppresses nothing");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    return List.of();
  }
}
