package dev.makelint.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * What make holds for a target after merging: for a single-colon target one entry (prerequisites of
 * every rule merged in make's order, the recipe that won); for a double-colon target one per rule.
 */
public final class RuleEntry {
  final List<Prerequisite> prerequisites = new ArrayList<>();
  Recipe recipe;
  /** Locations of every rule line that mentioned the target, in reading order. */
  final List<Location> ruleLocations = new ArrayList<>();
  /** Static pattern stem, when the entry came from a static pattern rule. */
  String stem;

  public List<Prerequisite> prerequisites() {
    return prerequisites;
  }

  public Recipe recipe() {
    return recipe;
  }

  public List<Location> ruleLocations() {
    return ruleLocations;
  }

  public String stem() {
    return stem;
  }
}
