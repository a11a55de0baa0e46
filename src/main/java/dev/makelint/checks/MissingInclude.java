package dev.makelint.checks;

import dev.makelint.evaluation.IncludeAttempt;
import dev.makelint.evaluation.ReadLine;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@code include} of a file that does not exist and that no rule can make: make reads every
 * makefile, then stops with "No rule to make target" before building anything.
 */
public final class MissingInclude implements Check {
  public static final String ID = "missing-include";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.ERROR, CheckGroup.MAKE,
      "an included file neither exists nor can be made; make stops");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    List<Finding> out = new ArrayList<>();
    LineTrace trace = LineTrace.of(ctx);
    for (IncludeAttempt a : ctx.db().includeAttempts()) {
      if (a.optional() || a.outcome() != IncludeAttempt.Outcome.MISSING) {
        continue;
      }
      ReadLine line = trace.at(a.location());
      int column = 1;
      var at = a.location();
      if (line != null) {
        int offset = LineTrace.includeNameOffset(line, a.name());
        at = LineTrace.location(line, offset);
        column = LineTrace.column(line, offset);
      }
      out.add(ctx.finding(this, a.name() + ": No such file or directory, and no rule can make it:"
          + " make stops (\"No rule to make target '" + a.name() + "'\"); use -include if the"
          + " file is optional", at, column, ctx.includeChain(a.location().file())));
    }
    return out;
  }
}
