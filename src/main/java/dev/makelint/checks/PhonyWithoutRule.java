package dev.makelint.checks;

import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.MakefileRead;
import dev.makelint.evaluation.PatternRule;
import dev.makelint.evaluation.Prerequisite;
import dev.makelint.evaluation.ReadLine;
import dev.makelint.evaluation.RuleEntry;
import dev.makelint.evaluation.Target;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code .PHONY} names a target that no rule defines: a typo, or a target removed while its
 * declaration stayed. {@code make NAME} then says "Nothing to be done" and does nothing.
 */
public final class PhonyWithoutRule implements Check {
  public static final String ID = "phony-without-rule";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.WARNING, CheckGroup.HYGIENE,
      ".PHONY names a target that has no rule");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    List<Finding> out = new ArrayList<>();
    Target phony = ctx.db().target(".PHONY");
    if (phony == null || phony.entries().isEmpty()) {
      return out;
    }
    // The phony names no rule defines, usually none: only they are looked for among the
    // prerequisites (a set of every prerequisite was 228,000 names at 2,000 modules).
    Set<String> candidates = new HashSet<>();
    for (Prerequisite p : phony.entries().get(0).prerequisites()) {
      if (!hasRule(ctx.db().target(p.name())) && p.name().indexOf('%') < 0) {
        candidates.add(p.name());
      }
    }
    if (candidates.isEmpty()) {
      return out;
    }
    Set<String> prerequisites = new HashSet<>(); // the candidates named as a prerequisite
    List<String> ruleTargets = new ArrayList<>();
    for (Target t : ctx.db().targets()) {
      if (hasRule(t)) {
        ruleTargets.add(t.name());
      }
      if (t.name().equals(".PHONY")) {
        continue;
      }
      for (RuleEntry e : t.entries()) {
        for (Prerequisite p : e.prerequisites()) {
          if (candidates.contains(p.name())) {
            prerequisites.add(p.name());
          }
        }
      }
    }
    for (PatternRule r : ctx.db().patternRules()) {
      prerequisites.addAll(r.prerequisites());
      prerequisites.addAll(r.orderOnly());
    }
    // .PHONY: Makefile keeps make from trying to remake a makefile (through a catch-all rule)
    for (MakefileRead m : ctx.db().makefiles()) {
      prerequisites.add(m.name());
    }
    LineTrace trace = LineTrace.of(ctx);
    Set<String> reported = new HashSet<>();
    for (Prerequisite p : phony.entries().get(0).prerequisites()) {
      String name = p.name();
      if (!candidates.contains(name) || !reported.add(name)
          // a phony prerequisite without a rule is the FORCE idiom: it always counts as remade;
          // a phony makefile is never remade
          || prerequisites.contains(name) || ruleInBranchNotTaken(trace, name)) {
        continue;
      }
      Location at = p.location();
      int column = 1;
      ReadLine line = trace.at(p.location());
      if (line != null) {
        int offset = LineTrace.prerequisiteOffset(line, name);
        if (offset >= 0) {
          at = LineTrace.location(line, offset);
          column = LineTrace.column(line, offset);
        }
      }
      String near = NearestName.of(name, ruleTargets);
      out.add(ctx.finding(this, ".PHONY names '" + name + "', but no rule defines it: 'make "
          + name + "' does nothing" + (near == null ? "" : "; did you mean '" + near + "'?"),
          at, column, ctx.includeChain(at.file())));
    }
    return out;
  }

  private static boolean hasRule(Target t) {
    if (t == null) {
      return false;
    }
    for (RuleEntry e : t.entries()) {
      if (!e.ruleLocations().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** A rule for {@code name} in a conditional branch not taken: defined in another setup. */
  static boolean ruleInBranchNotTaken(LineTrace trace, String name) {
    for (ReadLine l : trace.lines()) {
      if (l.kind() != ReadLine.Kind.SKIPPED || l.text().startsWith("\t")) {
        continue;
      }
      int colon = LineTrace.ruleColon(l.text());
      if (colon > 0 && LineTrace.wordOffset(l.text().substring(0, colon), name, 0) >= 0) {
        return true;
      }
    }
    return false;
  }
}
