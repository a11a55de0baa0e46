package dev.makelint.checks;

import dev.makelint.buildmodel.BuildModel;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.rulegraph.RuleGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

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
    return lint(db, workDir, goals, settings, PARALLEL_THRESHOLD);
  }

  /**
   * As {@link #lint(MakeDatabase, Path, List, LintSettings)}, running checks in two lanes from
   * {@code parallelThreshold} compile steps on (tests compare both ways).
   */
  static List<Finding> lint(MakeDatabase db, Path workDir, List<String> goals,
      LintSettings settings, int parallelThreshold) {
    RuleGraph graph = RuleGraph.build(db, workDir, goals);
    BuildModel model = BuildModel.build(db, graph);
    LintContext ctx = new LintContext(db, graph, model, workDir, settings);
    List<Check> enabled = new ArrayList<>();
    for (Check c : Checks.all()) {
      if (settings.enabled(c.info())) {
        enabled.add(c);
      }
    }
    List<List<Finding>> byCheck = run(enabled, ctx,
        model.compiles().size() >= parallelThreshold);
    List<Finding> found = new ArrayList<>();
    for (List<Finding> f : byCheck) {
      found.addAll(f);
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

  /**
   * From this many compile steps on, the checks over the links' contents run on another core
   * beside the others (below it, a thread's hand-over costs more than it saves).
   */
  private static final int PARALLEL_THRESHOLD = 5_000;

  /**
   * The checks that run beside the others: the two that read every link's contents (at 2,000
   * modules they took 560 of the checks' 900 ms, async-profiler) and unused-variable, the
   * largest of the rest, which evens the lanes out (at 2,000 modules, after the rule graph's
   * changes, the calling lane had 365 ms of CPU samples and this one 144, unused-variable 155 of
   * the calling lane's). None of them expands anything: they share LintContext's caches and the
   * parsers' (concurrent) caches with the others, but no evaluation state.
   */
  private static final Set<String> BESIDE = Set.of(DuplicateSourceInLink.ID,
      DuplicateObjectInLink.ID, UnusedVariable.ID);

  /**
   * Each check's findings, in the order of {@code checks} (so the result does not depend on
   * which lane finished first). With {@code parallel}, the {@link #BESIDE} checks run in a task
   * of the common pool while the calling thread runs the rest.
   */
  static List<List<Finding>> run(List<Check> checks, LintContext ctx, boolean parallel) {
    List<List<Finding>> out = new ArrayList<>();
    for (int i = 0; i < checks.size(); i++) {
      out.add(null);
    }
    if (parallel) {
      Lane beside = new Lane(checks, ctx, out, true);
      Lane here = new Lane(checks, ctx, out, false);
      ForkJoinTask<?> task = ForkJoinPool.commonPool().submit(beside);
      here.run();
      task.join();
      // the checks beside come first in the checks' order: theirs is what one lane would throw
      beside.rethrow();
      here.rethrow();
    } else {
      for (int i = 0; i < checks.size(); i++) {
        out.set(i, checks.get(i).run(ctx));
      }
    }
    return out;
  }

  /** Runs the checks of one lane, keeping what one throws for the calling thread to rethrow. */
  private static final class Lane implements Runnable {
    private final List<Check> checks;
    private final LintContext ctx;
    private final List<List<Finding>> out;
    private final boolean beside;
    private RuntimeException thrown;
    private Error error;

    Lane(List<Check> checks, LintContext ctx, List<List<Finding>> out, boolean beside) {
      this.checks = checks;
      this.ctx = ctx;
      this.out = out;
      this.beside = beside;
    }

    @Override
    public void run() {
      try {
        for (int i = 0; i < checks.size(); i++) {
          if (BESIDE.contains(checks.get(i).info().id()) == beside) {
            out.set(i, checks.get(i).run(ctx)); // a slot of its own; join publishes it
          }
        }
      } catch (RuntimeException e) {
        thrown = e;
      } catch (Error e) {
        error = e;
      }
    }

    /** What the lane threw, as it was thrown (join would hand over a copy). */
    void rethrow() {
      if (error != null) {
        throw error;
      }
      if (thrown != null) {
        throw thrown;
      }
    }
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
