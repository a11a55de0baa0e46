package dev.makelint.checks;

import java.util.List;

/** One kind of problem makelint looks for, with its fixed id and default severity. */
public interface Check {
  /** The kebab-case id, never changed once released. */
  String id();

  Severity defaultSeverity();

  /** One line saying what it finds. */
  String summary();

  /** The findings for this configuration. */
  List<Finding> run(LintContext ctx);
}
