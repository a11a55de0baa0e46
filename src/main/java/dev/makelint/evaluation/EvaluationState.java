package dev.makelint.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one evaluation run accumulates and every stage of it shares. */
final class EvaluationState {
  final MakeDatabase db = new MakeDatabase();
  final EvalOptions options;
  final ShellRunner shell;
  final FileSystemView files;
  private final Limits limits;
  /** The recipe prefix in force (the first character of .RECIPEPREFIX, tab by default). */
  char recipePrefix = '\t';
  boolean secondExpansion;
  boolean exportAll;
  Evaluator evaluator;
  /** {target, entry} pairs whose prerequisites get make's second expansion after reading. */
  final List<SecondExpansion> secondExpansionEntries = new ArrayList<>();

  /** A rule entry whose prerequisites are expanded again after reading. */
  record SecondExpansion(Target target, RuleEntry entry) {}
  /** Pattern-specific variables, one set per target pattern, in definition order. */
  final Map<String, VariableSet> patternSets = db.patternSets;
  Expander expander;
  int evalDepth;
  /** The line being read and the wall-time clock; shared with a watching thread, if any. */
  final Progress progress;

  EvaluationState(EvalOptions options, ShellRunner shell, FileSystemView files) {
    this.options = options;
    this.shell = shell;
    this.files = files;
    this.limits = options.limits() == null ? Limits.DEFAULT : options.limits();
    Progress bound = Progress.current();
    this.progress = bound != null ? bound : new Progress();
    progress.start(limits);
  }

  Limits limits() {
    return limits;
  }

  Path workDir() {
    return options.workDir();
  }

  /**
   * {@code name} resolved in the working directory, or null when no file can have that name (a
   * NUL character, which make would take as the end of the name, and which Java refuses).
   */
  Path path(String name) {
    try {
      return options.workDir().resolve(name);
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }

  void noteUndefined(String name, Location at) {
    noteUndefined(name, at, false);
  }

  /** {@code computed}: the name came out of an expansion ({@code $($(v)_FLAGS)}). */
  void noteUndefined(String name, Location at, boolean computed) {
    MakeDatabase.UndefinedReference note = new MakeDatabase.UndefinedReference(name, at,
        expander == null ? null : expander.valueBeingExpanded(),
        expander != null && expander.testing(), computed);
    if (expander == null || !expander.holdBack(note)) {
      db.note(note);
    }
  }

  void diagnostic(Diagnostic.Kind kind, Location at, String message) {
    db.diagnostics.add(new Diagnostic(kind, at, message));
  }
}
