package dev.makelint.checks;

import dev.makelint.buildmodel.BuildModel;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.rulegraph.RuleGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the enabled checks on an evaluated database, then applies the configuration: severities,
 * inline suppressions (reporting the stale ones) and ignored paths. Findings come out in file
 * order.
 */
public final class Linter {
  private Linter() {}

  /**
   * File, line, column, check, message. A class rather than a chain of Comparator combinators:
   * their five lambdas cost about 4 ms of bootstrap in a short run (async-profiler).
   */
  private static final class FileOrder implements Comparator<Finding> {
    @Override
    public int compare(Finding a, Finding b) {
      int c = (a.file() == null ? "" : a.file()).compareTo(b.file() == null ? "" : b.file());
      if (c == 0) {
        c = Integer.compare(a.line(), b.line());
      }
      if (c == 0) {
        c = Integer.compare(a.column(), b.column());
      }
      if (c == 0) {
        c = a.check().compareTo(b.check());
      }
      if (c == 0) {
        c = a.message().compareTo(b.message());
      }
      return c;
    }
  }

  private static final Comparator<Finding> FILE_ORDER = new FileOrder();

  /** Lints {@code db} for {@code goals} with the default settings. */
  public static List<Finding> lint(MakeDatabase db, Path workDir, List<String> goals) {
    return lint(db, workDir, goals, LintSettings.defaults());
  }

  /**
   * Lints {@code db} for {@code goals} (the default goal when empty).
   *
   * @param workDir the directory make would run in
   */
  public static List<Finding> lint(MakeDatabase db, Path workDir, List<String> goals,
      LintSettings settings) {
    RuleGraph graph = RuleGraph.build(db, workDir, goals);
    BuildModel model = BuildModel.build(db, graph);
    LintContext ctx = new LintContext(db, graph, model, workDir, settings);
    List<Finding> found = new ArrayList<>();
    for (Check c : Checks.all()) {
      if (settings.enabled(c.info())) {
        found.addAll(c.run(ctx));
      }
    }
    Suppressions suppressions = Suppressions.scan(ctx);
    List<Finding> kept = new ArrayList<>(suppressions.apply(found));
    if (settings.enabled(UnusedSuppression.INFO)) {
      kept.addAll(suppressions.unused(settings, UnusedSuppression.INFO));
    }
    List<Finding> out = new ArrayList<>();
    for (Finding f : kept) {
      if (!settings.ignored(f.file())) {
        out.add(withSeverity(f, settings));
      }
    }
    out.sort(FILE_ORDER);
    return out;
  }

  /** A severity set in the configuration wins over the one the check chose for the finding. */
  private static Finding withSeverity(Finding f, LintSettings settings) {
    Check c = Checks.find(f.check());
    Severity s = c == null ? null : settings.configuredSeverity(c.info());
    if (s == null || s == f.severity()) {
      return f;
    }
    return new Finding(f.check(), s, f.message(), f.file(), f.line(), f.column(), f.related());
  }
}
