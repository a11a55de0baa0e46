package dev.makelint.evaluation;

import dev.makelint.evaluation.functions.Patterns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Enters a finished rule into the database with GNU make's merge semantics (read.c's
 * record_files): prerequisites accumulate (a rule with a recipe puts its own first), the last
 * recipe wins with an "overriding recipe" warning, double-colon rules stay separate, targets with
 * '%' make a pattern rule.
 */
final class RuleRecorder {
  private final EvaluationState st;
  /**
   * The recorded pattern rules by targets and prerequisites. Only this class adds to the list
   * while makefiles are read; suffix rules are converted after that.
   */
  private final Map<List<List<String>>, PatternRule> byPatterns = new HashMap<>();

  RuleRecorder(EvaluationState st) {
    this.st = st;
  }

  /** A rule read from a makefile, waiting to be recorded. */
  record PendingRule(
      List<String> targets,
      boolean doubleColon,
      boolean grouped,
      String targetPattern,
      String prerequisites,
      Location location,
      List<String> recipeLines,
      Location recipeLocation,
      char prefix,
      boolean builtin,
      List<Integer> recipeLineNumbers) {}

  void record(PendingRule r) {
    Recipe recipe =
        r.recipeLines().isEmpty()
            ? null
            : new Recipe(List.copyOf(r.recipeLines()), r.recipeLocation(), r.prefix(),
                r.recipeLineNumbers());
    for (String t : r.targets()) {
      switch (t) {
        case ".SECONDEXPANSION" -> st.secondExpansion = true;
        case ".POSIX" -> Startup.posixDefaults(st);
        case ".EXPORT_ALL_VARIABLES" -> st.exportAll = true;
        default -> {}
      }
    }
    if (r.grouped() && recipe == null) {
      throw new MakeError(r.location(), "grouped targets must provide a recipe");
    }
    List<String> prereqs = new ArrayList<>();
    List<String> orderOnly = new ArrayList<>();
    splitPrerequisites(r.prerequisites(), prereqs, orderOnly);
    boolean secondExpansion = st.secondExpansion && r.prerequisites() != null
        && r.prerequisites().indexOf('$') >= 0;
    if (!secondExpansion) {
      prereqs = Globbing.expandNames(prereqs, st);
      orderOnly = Globbing.expandNames(orderOnly, st);
    } else {
      // make keeps such text whole until the second expansion, so "$$(addsuffix .h,$$*)" is not
      // cut at its blank; in a static pattern rule every '%' stands for the stem ($*).
      String whole = r.prerequisites().strip();
      prereqs = List.of(r.targetPattern() != null ? whole.replace("%", "$*") : whole);
      orderOnly = List.of();
    }
    boolean deprecatedMix = deprecatedMix(r);
    if (r.targetPattern() != null && !deprecatedMix) {
      for (String t : r.targets()) {
        if (Patterns.parse(t).hasPercent()) {
          throw new MakeError(r.location(), "mixed implicit and static pattern rules");
        }
      }
    }

    if (r.targetPattern() == null && !deprecatedMix) {
      int withPercent = 0;
      for (String t : r.targets()) {
        if (Patterns.parse(t).hasPercent()) {
          withPercent++;
        }
      }
      if (withPercent > 0) {
        if (withPercent != r.targets().size()) {
          throw new MakeError(r.location(), "mixed implicit and normal rules");
        }
        addPatternRule(new PatternRule(List.copyOf(r.targets()), prereqs, orderOnly, recipe,
            r.doubleColon(), r.builtin(), r.location()));
        return;
      }
    }

    List<String> seen = new ArrayList<>();
    for (String name : r.targets()) {
      if (seen.contains(name) && recipe != null && !r.doubleColon()) {
        st.diagnostic(Diagnostic.Kind.ERROR, r.location(),
            "target '" + name + "' given more than once in the same rule");
      }
      seen.add(name);
      List<String> deps = prereqs;
      List<String> oo = orderOnly;
      String stem = null;
      if (r.targetPattern() != null) {
        Patterns.Pattern tp = Patterns.parse(r.targetPattern());
        stem = tp.matches(name) ? tp.stem(name, 0, name.length()) : null;
        if (stem == null) {
          st.diagnostic(Diagnostic.Kind.ERROR, r.location(),
              "target '" + name + "' doesn't match the target pattern");
          deps = List.of();
          oo = List.of();
        } else {
          deps = substituteStem(prereqs, stem);
          oo = substituteStem(orderOnly, stem);
        }
      }
      Target t = st.db.targets.get(name);
      if (t == null) {
        st.db.targets.put(name, t = new Target(name));
      }
      RuleEntry entry;
      if (!r.doubleColon()) {
        if (t.doubleColon) {
          throw new MakeError(r.location(),
              "target file '" + name + "' has both : and :: entries");
        }
        entry = t.single();
        if (recipe != null && entry.recipe != null && entry.recipe != recipe && t.isTarget) {
          st.diagnostic(Diagnostic.Kind.WARNING, recipe.location(),
              "warning: overriding recipe for target '" + name + "'");
          st.diagnostic(Diagnostic.Kind.WARNING, entry.recipe.location(),
              "warning: ignoring old recipe for target '" + name + "'");
          t.overriddenRecipes.add(entry.recipe);
          st.db.overriddenRecipes.add(
              new MakeDatabase.OverriddenRecipe(name, recipe, entry.recipe));
        }
        if (name.equals(".DEFAULT") && deps.isEmpty() && oo.isEmpty() && recipe == null) {
          entry.recipe = null;
        }
        if (recipe != null) {
          entry.recipe = recipe;
        }
        if (name.equals(".SUFFIXES") && deps.isEmpty() && oo.isEmpty()) {
          entry.prerequisites.clear();
        } else {
          merge(entry, deps, oo, recipe != null, r.location());
        }
      } else {
        if (t.isTarget && !t.doubleColon) {
          throw new MakeError(r.location(),
              "target file '" + name + "' has both : and :: entries");
        }
        t.doubleColon = true;
        entry = new RuleEntry();
        t.entries.add(entry);
        entry.recipe = recipe;
        merge(entry, deps, oo, false, r.location());
      }
      entry.ruleLocations.add(r.location());
      if (stem != null) {
        entry.stem = stem;
      }
      if (secondExpansion) {
        st.secondExpansionEntries.add(new EvaluationState.SecondExpansion(t, entry));
      }
      if (r.grouped()) {
        t.groupedWith = List.copyOf(r.targets());
      }
      // Built-in rules are preset, not targets: no overriding warning, not in make -p's targets.
      if (!r.builtin()) {
        t.isTarget = true;
      }
    }
  }

  /**
   * make 4.3 accepts a rule whose first target is a file name and a later one a pattern ({@code a
   * %.o: b}) with a warning, and treats every target as a file name; only a rule that starts with a
   * pattern and mixes in file names is fatal.
   */
  private boolean deprecatedMix(PendingRule r) {
    if (Patterns.parse(r.targets().get(0)).hasPercent()) {
      return false;
    }
    for (String t : r.targets()) {
      if (Patterns.parse(t).hasPercent()) {
        st.diagnostic(Diagnostic.Kind.WARNING, r.location(),
            "*** mixed implicit and normal rules: deprecated syntax");
        return true;
      }
    }
    return false;
  }

  private static void merge(RuleEntry entry, List<String> deps, List<String> orderOnly,
      boolean hasRecipe, Location at) {
    List<Prerequisite> fresh = new ArrayList<>(deps.size() + orderOnly.size());
    for (String d : deps) {
      fresh.add(new Prerequisite(d, false, at));
    }
    for (String d : orderOnly) {
      fresh.add(new Prerequisite(d, true, at));
    }
    if (hasRecipe) {
      entry.prerequisites.addAll(0, fresh);
    } else {
      entry.prerequisites.addAll(fresh);
    }
  }

  private static List<String> substituteStem(List<String> names, String stem) {
    List<String> out = new ArrayList<>(names.size());
    for (String n : names) {
      Patterns.Pattern p = Patterns.parse(n);
      out.add(p.hasPercent() ? p.prefix() + stem + p.suffix() : n);
    }
    return out;
  }

  /**
   * A rule with the same targets and prerequisites as an earlier one replaces it, at the end of
   * the list (as make's new_pattern_rule does). Found by key rather than by comparing with every
   * rule: the built-in rules alone are about 90, read on every run.
   */
  private void addPatternRule(PatternRule rule) {
    PatternRule old = byPatterns.put(List.of(rule.targets(), rule.prerequisites()), rule);
    if (old != null) {
      st.db.patternRules.remove(old);
    }
    st.db.patternRules.add(rule);
  }

  /** Splits prerequisite text into normal and order-only names at the first '|'. */
  static void splitPrerequisites(String text, List<String> normal, List<String> orderOnly) {
    if (text == null || text.isEmpty()) {
      return;
    }
    boolean afterPipe = false;
    for (String word : FileNames.split(text)) {
      int bar;
      while (!afterPipe && (bar = word.indexOf('|')) >= 0) {
        if (bar > 0) {
          normal.add(word.substring(0, bar));
        }
        afterPipe = true;
        word = word.substring(bar + 1);
      }
      if (word.isEmpty()) {
        continue;
      }
      (afterPipe ? orderOnly : normal).add(word);
    }
  }
}
