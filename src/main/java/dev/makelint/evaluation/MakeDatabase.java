package dev.makelint.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What GNU make knows after reading the makefiles: the equivalent of {@code make -p}, plus what a
 * linter needs besides (where things came from, shell calls not run, references to undefined
 * variables, messages).
 */
public final class MakeDatabase {
  final VariableSet globals = new VariableSet(null);
  final Map<String, Target> targets = new LinkedHashMap<>();
  final List<PatternRule> patternRules = new ArrayList<>();
  final List<PatternVariable> patternVariables = new ArrayList<>();
  final List<MakefileRead> makefiles = new ArrayList<>();
  /** The text of every makefile read, by its normalised path. */
  final Map<java.nio.file.Path, String> makefileTexts = new java.util.HashMap<>();
  final List<Diagnostic> diagnostics = new ArrayList<>();
  final List<ShellCall> shellCalls = new ArrayList<>();
  final List<VpathEntry> vpaths = new ArrayList<>();
  final Map<String, List<Location>> undefinedReferences = new LinkedHashMap<>();
  final List<UndefinedReference> undefinedReferenceDetails = new ArrayList<>();
  final List<OverriddenRecipe> overriddenRecipes = new ArrayList<>();
  final java.util.Set<Location> assignmentLines = new java.util.HashSet<>();
  MakeError fatal;
  Expander expander;

  /** A {@code vpath PATTERN DIRS} directive. */
  public record VpathEntry(String pattern, List<String> directories, Location location) {}

  /**
   * One expansion of a variable that is not set, with what a linter needs to judge it.
   *
   * @param at where the expansion happened (the line being read, the recipe line, the $(eval))
   * @param within the variable whose value held the reference, or null when the text at {@code at}
   *     held it
   * @param tested true when the reference was part of a test: ifeq/ifneq/ifdef arguments, the
   *     condition of $(if), the arguments of $(or) and $(and)
   * @param computed true when the name itself was expanded ({@code $($(v)_FLAGS)})
   */
  public record UndefinedReference(String name, Location at, Variable within, boolean tested,
      boolean computed) {}

  /** A recipe replaced by a later one for the same target (make's overriding-recipe warning). */
  public record OverriddenRecipe(String target, Recipe overriding, Recipe ignored) {}

  public VariableSet globals() {
    return globals;
  }

  public Variable variable(String name) {
    return globals.lookup(name);
  }

  public Collection<Target> targets() {
    return targets.values();
  }

  public Target target(String name) {
    return targets.get(name);
  }

  public List<PatternRule> patternRules() {
    return patternRules;
  }

  public List<PatternVariable> patternVariables() {
    return patternVariables;
  }

  public List<MakefileRead> makefiles() {
    return makefiles;
  }

  /**
   * The text of the makefile at {@code path} (absolute, normalised) as the reader read it, or
   * null when it read none there: checks take lines from here rather than reading files again.
   */
  public String makefileText(java.nio.file.Path path) {
    return makefileTexts.get(path);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public List<ShellCall> shellCalls() {
    return shellCalls;
  }

  public List<VpathEntry> vpaths() {
    return vpaths;
  }

  public Map<String, List<Location>> undefinedReferences() {
    return undefinedReferences;
  }

  /**
   * True when a variable assignment (global or target-specific) on the logical line starting at
   * {@code at} was evaluated: its branch was taken and its file read.
   */
  public boolean assignedAt(Location at) {
    return assignmentLines.contains(at);
  }

  /** Every expansion of an unset variable, in order (including recipes expanded after reading). */
  public List<UndefinedReference> undefinedReferenceDetails() {
    return undefinedReferenceDetails;
  }

  public List<OverriddenRecipe> overriddenRecipes() {
    return overriddenRecipes;
  }

  /**
   * Expands {@code text} as make would with the variables of {@code scope} visible (a target's
   * variable set, or {@link #globals()}); for recipes, put automatic variables in a child set.
   * In safe mode $(shell) still runs nothing.
   */
  public String expand(String text, VariableSet scope, Location at) {
    expander.at(at);
    try {
      return expander.expand(text, new Scope(scope, at));
    } catch (StackOverflowError e) {
      throw Evaluator.stackExhausted(at);
    }
  }

  /**
   * {@code text}, a recipe line, expanded once for every target whose recipe sees {@code
   * variables} (the set its automatic variables are layered on), or null when it cannot be: see
   * {@link RecipeTemplate}. Nothing is noted, and no function with an effect runs, either way.
   */
  public RecipeTemplate recipeTemplate(String text, VariableSet variables, Location at) {
    expander.at(at);
    return expander.template(text, variables, at);
  }

  /**
   * One target's expansion of {@code template}: {@code values[i]} fills hole {@code i} (the value
   * of the automatic variable {@code template.hole(i)} for that target), and the references to
   * unset variables are noted as that expansion would note them.
   */
  public String fill(RecipeTemplate template, String[] values, Location at) {
    List<UndefinedReference> undefined = template.undefined();
    for (int i = 0; i < undefined.size(); i++) { // indexed: C1 allocates every iterator
      note(undefined.get(i));
    }
    String[] pieces = template.pieces();
    if (values.length == 0) {
      return pieces[0];
    }
    int length = pieces[0].length();
    for (int i = 0; i < values.length; i++) {
      length += values[i].length() + pieces[i + 1].length();
    }
    StringBuilder out = new StringBuilder(length);
    out.append(pieces[0]);
    for (int i = 0; i < values.length; i++) {
      out.append(values[i]).append(pieces[i + 1]);
    }
    expander.checkSize(out, at);
    return out.toString();
  }

  /**
   * Changes whenever an expansion may have changed what later ones see ($(eval) read makefile
   * text, $(file) or $(shell) ran): a {@link RecipeTemplate} made at another version may be
   * stale.
   */
  public int stateVersion() {
    return expander.changes();
  }

  /** Records a reference to an unset variable. */
  void note(UndefinedReference u) {
    List<Location> at = undefinedReferences.get(u.name());
    if (at == null) {
      undefinedReferences.put(u.name(), at = new ArrayList<>());
    }
    at.add(u.at());
    undefinedReferenceDetails.add(u);
  }

  /** Pattern-specific variable sets by target pattern, in definition order. */
  public java.util.Map<String, VariableSet> patternVariableSets() {
    return patternSets;
  }

  java.util.Map<String, VariableSet> patternSets = new java.util.LinkedHashMap<>();

  /** The fatal error that stopped reading, or null. */
  public MakeError fatal() {
    return fatal;
  }

  /** The default goal: the value of .DEFAULT_GOAL, or null when empty. */
  public String defaultGoal() {
    Variable v = globals.lookup(".DEFAULT_GOAL");
    if (v == null) {
      return null;
    }
    String s = v.value().strip();
    return s.isEmpty() ? null : s;
  }

  boolean isPhony(String name) {
    Target phony = targets.get(".PHONY");
    if (phony == null) {
      return false;
    }
    for (RuleEntry e : phony.entries) {
      for (Prerequisite p : e.prerequisites) {
        if (p.name().equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether .PHONY lists {@code name}. */
  public boolean phony(String name) {
    return isPhony(name);
  }

  // What the reader did line by line, for checks that need the text make read.
  final List<ReadLine> readLines = new ArrayList<>();
  final List<IncludeAttempt> includeAttempts = new ArrayList<>();
  boolean readCompletely;

  /** Every logical line read, in reading order, with how it was treated (built-ins excluded). */
  public List<ReadLine> readLines() {
    return readLines;
  }

  /** Every file an include line named, in reading order, with what became of it. */
  public List<IncludeAttempt> includeAttempts() {
    return includeAttempts;
  }

  /**
   * True when every makefile was read to its end and the database is complete, even when
   * {@link #fatal()} is set: make stops later, when it fails to remake a missing include.
   */
  public boolean readCompletely() {
    return readCompletely;
  }
}
