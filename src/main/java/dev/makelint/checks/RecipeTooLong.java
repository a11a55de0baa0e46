package dev.makelint.checks;

import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.PatternRule;
import dev.makelint.evaluation.Recipe;
import dev.makelint.evaluation.RuleEntry;
import dev.makelint.evaluation.Target;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A recipe with more command lines than option {@code max-lines} (checkmake's
 * {@code maxBodyLength}). Lines are counted as make runs them: a line continued with a backslash
 * counts once. Every rule of the makefiles is looked at, reached or not; built-in rules are not.
 */
public final class RecipeTooLong implements Check {
  public static final String ID = "recipe-too-long";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.INFO, CheckGroup.STYLE,
      "a recipe longer than the configured number of lines")
      .withAliases("maxbodylength")
      .withOptions(new CheckOption("max-lines", 5,
          "the most command lines a recipe may have (a continued line counts once)"))
      .disabledByDefault();

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    int max = maxLines(ctx.option(INFO, "max-lines"));
    Set<Recipe> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Finding> out = new ArrayList<>();
    for (Target t : ctx.db().targets()) {
      for (RuleEntry e : t.entries()) {
        Recipe r = e.recipe();
        if (tooLong(r, max) && seen.add(r)) {
          Location at = OverridingRecipe.ruleLine(ctx, t.name(), r.location());
          out.add(finding(ctx, "'" + t.name() + "'", t.name(), r, at, max));
        }
      }
    }
    for (PatternRule p : ctx.db().patternRules()) {
      Recipe r = p.recipe();
      if (!p.builtin() && p.location() != null && tooLong(r, max) && seen.add(r)) {
        String name = String.join(" ", p.targets());
        out.add(finding(ctx, "pattern rule '" + name + "'", p.targets().get(0), r,
            p.location(), max));
      }
    }
    return out;
  }

  private static boolean tooLong(Recipe r, int max) {
    return r != null && r.location() != null && r.location().file() != null
        && r.lines().size() > max;
  }

  private Finding finding(LintContext ctx, String what, String name, Recipe r, Location at,
      int max) {
    int column = Columns.word(ctx.physicalLine(at), name);
    return ctx.finding(this, "the recipe of " + what + " has " + r.lines().size()
        + " lines (max-lines: " + max + "); consider a script or smaller rules", at,
        column > 0 ? column : 1, ctx.includeChain(at.file()));
  }

  private static int maxLines(Object option) {
    if (option instanceof Number n) {
      return n.intValue();
    }
    return Integer.parseInt(String.valueOf(option).strip());
  }
}
