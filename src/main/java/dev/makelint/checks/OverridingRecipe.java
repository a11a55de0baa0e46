package dev.makelint.checks;

import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A target gets a second recipe and make silently keeps only the last (GNU make's "overriding
 * recipe" warning). Within one file a warning per target; across files an error, grouped per pair
 * of files, because that is the stale-copy pattern: one included file redefining many targets.
 */
public final class OverridingRecipe implements Check {
  public static final String ID = "overriding-recipe";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.WARNING, CheckGroup.MAKE,
      "a target gets a second recipe; the earlier one is ignored")
      .withAliases("uniquetargets")
      .withOptions(new CheckOption("ignore", List.of(),
          "Targets whose overridden recipes are not reported (checkmake's `ignore`)."));

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    List<Finding> out = new ArrayList<>();
    Map<String, List<MakeDatabase.OverriddenRecipe>> crossFile = new LinkedHashMap<>();
    @SuppressWarnings("unchecked")
    List<String> ignored = (List<String>) ctx.option(INFO, "ignore");
    for (MakeDatabase.OverriddenRecipe o : ctx.db().overriddenRecipes()) {
      if (ignored.contains(o.target())) {
        continue;
      }
      String newFile = ctx.display(o.overriding().location().file());
      String oldFile = ctx.display(o.ignored().location().file());
      Location newAt = ruleLine(ctx, o.target(), o.overriding().location());
      Location oldAt = ruleLine(ctx, o.target(), o.ignored().location());
      if (newFile != null && newFile.equals(oldFile)) {
        out.add(ctx.finding(this, "the recipe for '" + o.target() + "' overrides the one at "
            + oldFile + ":" + oldAt.line() + ", which make ignores", newAt,
            List.of(ctx.related(oldAt, "the ignored recipe for '" + o.target() + "'"))));
      } else {
        List<MakeDatabase.OverriddenRecipe> overrides = crossFile.get(newFile + "\0" + oldFile);
        if (overrides == null) {
          crossFile.put(newFile + "\0" + oldFile, overrides = new ArrayList<>());
        }
        overrides.add(o);
      }
    }
    for (List<MakeDatabase.OverriddenRecipe> group : crossFile.values()) {
      MakeDatabase.OverriddenRecipe first = group.get(0);
      String newFile = ctx.display(first.overriding().location().file());
      String oldFile = ctx.display(first.ignored().location().file());
      List<String> targets = new ArrayList<>();
      List<RelatedLocation> related = new ArrayList<>();
      for (MakeDatabase.OverriddenRecipe o : group) {
        targets.add(o.target());
        related.add(ctx.related(ruleLine(ctx, o.target(), o.ignored().location()),
            "the ignored recipe for '" + o.target() + "'"));
        if (o != first) {
          related.add(ctx.related(ruleLine(ctx, o.target(), o.overriding().location()),
              "the recipe for '" + o.target() + "' that make uses"));
        }
      }
      related.addAll(ctx.includeChain(first.overriding().location().file()));
      related.addAll(ctx.includeChain(first.ignored().location().file()));
      String shown = targets.size() <= 5 ? String.join(", ", targets)
          : String.join(", ", targets.subList(0, 5)) + ", ...";
      String message = group.size() == 1
          ? "the recipe for '" + first.target() + "' in " + newFile + " overrides the one in "
              + oldFile + ", which make ignores"
          : newFile + " overrides the recipes of " + group.size() + " targets defined in "
              + oldFile + " (" + shown + "); make ignores those in " + oldFile
              + " (is " + oldFile + " a stale copy?)";
      out.add(new Finding(ID, Severity.ERROR, message, newFile,
          Math.max(1, ruleLine(ctx, first.target(), first.overriding().location()).line()), 1,
          related));
    }
    return out;
  }

  /** The rule line that carries a recipe: the last rule line of the target before it. */
  static Location ruleLine(LintContext ctx, String target, Location recipeAt) {
    Target t = ctx.db().target(target);
    Location best = null;
    if (t != null) {
      for (var e : t.entries()) {
        for (Location l : e.ruleLocations()) {
          if (l.file() != null && l.file().equals(recipeAt.file())
              && l.line() <= recipeAt.line() && (best == null || l.line() > best.line())) {
            best = l;
          }
        }
      }
    }
    return best != null ? best : recipeAt;
  }
}
