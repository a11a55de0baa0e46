package dev.makelint.checks;

import java.util.List;

/**
 * One kind of problem makelint looks for. Each check lives in its own class with its {@link
 * CheckInfo}, its documentation in {@code docs/ID.md} beside the class's resources, and fixtures
 * under {@code src/test/resources/fixtures/checks/ID/}.
 */
public interface Check {
  /** The check's fixed facts: id, default severity, summary, group. */
  CheckInfo info();

  /** The findings for this configuration, at the check's default severity. */
  List<Finding> run(LintContext ctx);
}
