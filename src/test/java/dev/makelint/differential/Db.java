package dev.makelint.differential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A normalized make database: what both GNU make's {@code -p} output and makelint's
 * {@code db --format json} are reduced to before they are compared.
 *
 * <p>Values follow the conventions of {@code makelint db --format json}: a recursive variable's
 * value is its unexpanded text, a simple variable's value is its real value ({@code $} not
 * doubled), recipe lines are logical lines with the recipe prefix removed (continuation lines are
 * kept inside the line, joined by {@code \n}).
 */
final class Db {

  /** A global or target-specific variable. {@code file}/{@code line} may be null. */
  record Variable(
      String name, String flavor, String origin, String value, String file, Integer line) {
    String location() {
      return Db.location(file, line);
    }
  }

  /**
   * One rule entry of a target: for a single-colon target the merged entry, for a double-colon
   * target one per rule. {@code recipe} is null when the entry has no recipe at all (an empty
   * recipe {@code x: ;} is a list with one empty line).
   */
  record Entry(
      List<String> prerequisites,
      List<String> orderOnly,
      List<String> recipe,
      String recipeFile,
      Integer recipeLine) {
    boolean hasRecipe() {
      return recipe != null;
    }
  }

  /** A file that has at least one rule. */
  static final class Target {
    final String name;
    boolean phony;
    boolean doubleColon;
    final List<Entry> entries = new ArrayList<>();
    final List<Variable> targetVariables = new ArrayList<>();

    Target(String name) {
      this.name = name;
    }
  }

  /** A pattern (implicit) rule. */
  record PatternRule(
      List<String> targets,
      List<String> prerequisites,
      List<String> orderOnly,
      List<String> recipe,
      String recipeFile,
      Integer recipeLine,
      boolean terminal) {
    /** Identity of the rule: make replaces a rule with the same targets and prerequisites. */
    String key() {
      return String.join(" ", targets)
          + (terminal ? "::" : ":")
          + (prerequisites.isEmpty() ? "" : " " + String.join(" ", prerequisites))
          + (orderOnly.isEmpty() ? "" : " | " + String.join(" ", orderOnly));
    }

    boolean builtin() {
      return recipeFile == null;
    }
  }

  /** A diagnostic with an optional location. */
  record Message(String file, Integer line, String message) {
    @Override
    public String toString() {
      return (file == null ? "" : location(file, line) + ": ") + message;
    }
  }

  final Map<String, Variable> variables = new LinkedHashMap<>();
  final Map<String, Target> targets = new LinkedHashMap<>();
  /** Files printed by make as "# Not a target:" (mentioned, but without a rule). */
  final List<String> nonTargets = new ArrayList<>();

  final List<PatternRule> patternRules = new ArrayList<>();
  String defaultGoal;
  final List<Message> warnings = new ArrayList<>();
  final List<Message> fatalErrors = new ArrayList<>();
  /** Text printed on stdout before the database (e.g. {@code $(info)} output). */
  String preamble = "";
  /** How many database blocks the stream held (more than one when make re-executed). */
  int databaseCount;

  Target target(String name) {
    return targets.computeIfAbsent(name, Target::new);
  }

  static String location(String file, Integer line) {
    if (file == null) {
      return "(no location)";
    }
    return line == null ? file : file + ":" + line;
  }

  static boolean same(Object a, Object b) {
    return Objects.equals(a, b);
  }
}
