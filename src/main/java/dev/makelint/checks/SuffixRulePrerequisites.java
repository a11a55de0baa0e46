package dev.makelint.checks;

import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.Prerequisite;
import dev.makelint.evaluation.RuleEntry;
import dev.makelint.evaluation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A suffix rule ({@code .c.o:}) given prerequisites. GNU make 4.3 warns "ignoring prerequisites on
 * suffix rule definition" and drops them: the objects are not rebuilt when those files change.
 */
public final class SuffixRulePrerequisites implements Check {
  public static final String ID = "suffix-rule-prerequisites";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.WARNING, CheckGroup.MAKE,
      "prerequisites on a suffix rule, which make ignores");

  private static final Pattern MESSAGE =
      Pattern.compile("(?:warning: )?ignoring prerequisites on suffix rule definition");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (DiagnosticFindings.Match m : DiagnosticFindings.matching(ctx, MESSAGE)) {
      Location recipeAt = m.diagnostic().location();
      Target rule = suffixRule(ctx, recipeAt);
      if (rule == null) {
        continue;
      }
      RuleEntry e = rule.entries().get(0);
      Prerequisite first = e.prerequisites().get(0);
      Location at = first.location() != null && first.location().file() != null
          ? first.location() : recipeAt;
      List<String> names = e.prerequisites().stream().map(Prerequisite::name).toList();
      String target = rule.name();
      int dot = target.indexOf('.', 1);
      String pattern = dot > 0
          ? "%" + target.substring(dot) + ": %" + target.substring(0, dot) + " "
              + String.join(" ", names)
          : null;
      List<RelatedLocation> related = new ArrayList<>();
      related.add(ctx.related(recipeAt, "the recipe of suffix rule '" + target + "'"));
      related.addAll(ctx.includeChain(at.file()));
      out.add(ctx.finding(this, "make ignores the prerequisites of suffix rule '" + target
          + "' (" + String.join(", ", names) + "): \"ignoring prerequisites on suffix rule "
          + "definition\"" + (pattern == null ? "" : "; write the pattern rule '" + pattern
          + "' instead"), at, Columns.wordOrStart(ctx.physicalLine(at), first.name()),
          related));
    }
    return out;
  }

  /** The suffix rule whose recipe is at {@code recipeAt} and that has prerequisites. */
  private static Target suffixRule(LintContext ctx, Location recipeAt) {
    for (Target t : ctx.db().targets()) {
      if (!t.name().startsWith(".") || t.entries().isEmpty()) {
        continue;
      }
      RuleEntry e = t.entries().get(0);
      if (e.recipe() != null && recipeAt.equals(e.recipe().location())
          && !e.prerequisites().isEmpty()) {
        return t;
      }
    }
    return null;
  }
}
