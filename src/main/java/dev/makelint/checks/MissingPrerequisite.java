package dev.makelint.checks;

import dev.makelint.rulegraph.Missing;
import java.util.ArrayList;
import java.util.List;

/**
 * A prerequisite that is neither a file nor makeable by any rule: make would stop with "No rule to
 * make target X, needed by Y" (typically a stale rule whose source moved).
 */
public final class MissingPrerequisite implements Check {
  public static final String ID = "missing-prerequisite";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.ERROR, CheckGroup.MAKE,
      "a prerequisite that is neither a file nor makeable");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Missing m : ctx.graph().missing()) {
      if (m.neededBy() == null || m.location() == null || m.location().file() == null) {
        continue; // a goal without a rule: nothing in a makefile to point at
      }
      out.add(ctx.finding(this, "No rule to make target '" + m.name() + "', needed by '"
          + m.neededBy() + "': it is not a file and no rule can make it", m.location(),
          ctx.includeChain(m.location().file())));
    }
    return out;
  }
}
