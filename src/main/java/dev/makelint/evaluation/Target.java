package dev.makelint.evaluation;

import java.util.ArrayList;
import java.util.List;

/** A file make knows about: a target with rules, or one only mentioned as a prerequisite. */
public final class Target {
  final String name;
  boolean isTarget;
  boolean doubleColon;
  final List<RuleEntry> entries = new ArrayList<>();
  VariableSet variables;
  /** Targets of the same grouped ({@code &:}) rule, including this one. */
  List<String> groupedWith;
  /** Recipes this target had before a later rule overrode them. */
  final List<Recipe> overriddenRecipes = new ArrayList<>();

  Target(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }

  public boolean isTarget() {
    return isTarget;
  }

  public boolean doubleColon() {
    return doubleColon;
  }

  public List<RuleEntry> entries() {
    return entries;
  }

  /** Target-specific variables, or null. */
  public VariableSet variables() {
    return variables;
  }

  public List<String> groupedWith() {
    return groupedWith;
  }

  public List<Recipe> overriddenRecipes() {
    return overriddenRecipes;
  }

  RuleEntry single() {
    if (entries.isEmpty()) {
      entries.add(new RuleEntry());
    }
    return entries.get(0);
  }
}
