package dev.makelint.checks;

import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.Prerequisite;
import dev.makelint.evaluation.ReadLine;
import dev.makelint.evaluation.RuleEntry;
import dev.makelint.evaluation.Target;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A target that lists itself as a prerequisite. make drops the edge ("Circular x &lt;- x
 * dependency dropped"). Longer cycles are circular-dependency's; this check owns cycles of length
 * one, wherever the rule is, built or not.
 */
public final class SelfDependency implements Check {
  public static final String ID = "self-dependency";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.WARNING, CheckGroup.MAKE,
      "a target lists itself as a prerequisite");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    List<Finding> out = new ArrayList<>();
    LineTrace trace = LineTrace.of(ctx);
    for (Target t : ctx.db().targets()) {
      if (!t.isTarget() || t.name().startsWith(".")) {
        continue;
      }
      Set<Location> seen = new HashSet<>();
      for (RuleEntry e : t.entries()) {
        for (Prerequisite p : e.prerequisites()) {
          if (!p.name().equals(t.name()) || !seen.add(p.location())) {
            continue;
          }
          Location at = p.location();
          int column = 1;
          ReadLine line = trace.at(p.location());
          if (line != null) {
            int offset = LineTrace.prerequisiteOffset(line, t.name());
            if (offset >= 0) {
              at = LineTrace.location(line, offset);
              column = LineTrace.column(line, offset);
            }
          }
          out.add(ctx.finding(this, "'" + t.name() + "' lists itself as a prerequisite; make"
              + " drops it (\"Circular " + t.name() + " <- " + t.name()
              + " dependency dropped\")", at, column, ctx.includeChain(at.file())));
        }
      }
    }
    return out;
  }
}
