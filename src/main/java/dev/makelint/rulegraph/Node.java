package dev.makelint.rulegraph;

import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.PatternRule;
import dev.makelint.evaluation.Recipe;
import dev.makelint.evaluation.VariableSet;
import java.util.ArrayList;
import java.util.List;

/**
 * One file make would consider while updating the goals, with the rule (or rules, for a
 * double-colon target) it would use.
 *
 * @param name the file name
 * @param rules the rules make would run for it: one for a single-colon target or an implicit
 *     match, one per entry for a double-colon target, none for a plain file
 * @param scope the variables visible to its recipes (target-, pattern- and inherited variables)
 * @param reachedFrom the target that first reached it, or null for a goal
 */
public record Node(String name, List<Rule> rules, VariableSet scope, String reachedFrom) {
  /**
   * Copies the rules into a compact list: a node has one rule or none nearly always, and an
   * ArrayList with its ten-slot array per node was 24 MB of a 2,000-module graph.
   */
  public Node {
    rules = List.copyOf(rules);
  }

  /**
   * One rule instance for a node.
   *
   * @param prerequisites prerequisites in make's order (repeats kept), order-only ones flagged
   * @param recipe the recipe make runs, or null
   * @param stemSource the stem ({@link #stem()}), or the text it is a part of (see stemBegin)
   * @param stemBegin where the stem begins in stemSource, or -1 when stemSource is the stem
   * @param stemEnd where the stem ends in stemSource (when stemBegin is not -1)
   * @param pattern the implicit rule used, or null for an explicit rule
   * @param ruleLocations locations of every rule line that mentioned the target
   */
  public record Rule(
      List<Edge> prerequisites,
      Recipe recipe,
      String stemSource,
      int stemBegin,
      int stemEnd,
      PatternRule pattern,
      List<Location> ruleLocations) {
    public Rule {
      prerequisites = List.copyOf(prerequisites);
      ruleLocations = List.copyOf(ruleLocations);
    }

    /** A rule whose stem is a string of its own ("" for none). */
    public Rule(List<Edge> prerequisites, Recipe recipe, String stem, PatternRule pattern,
        List<Location> ruleLocations) {
      this(prerequisites, recipe, stem, -1, -1, pattern, ruleLocations);
    }

    /**
     * The stem ($*), or "" when none. An implicit rule's is nearly always a part of its target's
     * name, kept as a range of the name until asked for: a string of its own per rule was
     * 200,000 strings at 2,000 modules, which every young collection copied (upper bound,
     * measured with no stems at all: wall -3.2%, CPU -2.0%), and recipes rarely ask for $*.
     */
    public String stem() {
      return stemBegin < 0 ? stemSource : stemSource.substring(stemBegin, stemEnd);
    }

    /** Whether it has a recipe with at least one line. */
    public boolean hasRecipe() {
      return recipe != null && !recipe.lines().isEmpty();
    }

    /** The rule line that carries the recipe (the last rule line before it in its file). */
    public Location recipeRuleLocation() {
      if (pattern != null) {
        return pattern.location() != null ? pattern.location() : Location.NONE;
      }
      if (recipe == null) {
        return ruleLocations.isEmpty() ? Location.NONE : ruleLocations.get(0);
      }
      Location best = null;
      for (Location l : ruleLocations) {
        if (l.file() != null && l.file().equals(recipe.location().file())
            && l.line() <= recipe.location().line()
            && (best == null || l.line() > best.line())) {
          best = l;
        }
      }
      return best != null ? best : recipe.location();
    }
  }

  /** A prerequisite edge as written. */
  public record Edge(String name, boolean orderOnly, Location location) {}

  /** The rules that have a recipe. */
  public List<Rule> rulesWithRecipe() {
    // a loop rather than a stream: the build model asks this of each of a large tree's 300,000
    // nodes (2,000 modules: 5% of the build model's samples went to the stream)
    List<Rule> out = new ArrayList<>(rules.size());
    for (Rule r : rules) {
      if (r.hasRecipe()) {
        out.add(r);
      }
    }
    return out;
  }
}
