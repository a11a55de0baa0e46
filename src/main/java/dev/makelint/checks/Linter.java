package dev.makelint.checks;

import dev.makelint.buildmodel.BuildModel;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.rulegraph.RuleGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;

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
   * The checks that run beside the others, taken heaviest first by whichever lane is free: the
   * two that read every link's contents, unused-variable, and the smaller ones that only read
   * the database and the file system, which fill the lanes' ends. None of them expands anything:
   * they share LintContext's caches and the parsers' (concurrent) caches with the others, but no
   * evaluation state. At 2,000 modules (async-profiler, wall clock, in ms) they take 165, 155,
   * 21, 20, 20, 17 and 13 ms; the calling lane's own checks take about 115 ms, 57 of them
   * duplicate-prerequisite, which expands variables and so stays there. With only the first
   * three beside, the calling lane ran its own checks and then unused-variable, 325 ms, while
   * the other lane was done after 182.
   */
  private static final List<String> BESIDE = List.of(DuplicateSourceInLink.ID,
      UnusedVariable.ID, RecursiveTimestamp.ID, UndefinedVariable.ID, TargetShadowedByFile.ID,
      DuplicateObjectInLink.ID, SelfDependency.ID);

  /**
   * Each check's findings, in the order of {@code checks} (so the result does not depend on
   * which lane finished first). With {@code parallel}, the {@link #BESIDE} checks run in a task
   * of the common pool while the calling thread runs the rest; a calling thread done with those
   * takes the beside checks not started yet. (At 500 modules the calling lane had 78 ms of work
   * and then waited 96 ms for the lane beside; async-profiler, wall clock.) What a check throws
   * is rethrown as it was thrown, the first in the checks' order when several do: what one lane
   * would have thrown.
   */
  static List<List<Finding>> run(List<Check> checks, LintContext ctx, boolean parallel) {
    List<List<Finding>> out = new ArrayList<>();
    for (int i = 0; i < checks.size(); i++) {
      out.add(null);
    }
    if (!parallel) {
      for (int i = 0; i < checks.size(); i++) {
        out.set(i, checks.get(i).run(ctx));
      }
      return out;
    }
    List<Integer> beside = new ArrayList<>();
    for (String id : BESIDE) {
      for (int i = 0; i < checks.size(); i++) {
        if (checks.get(i).info().id().equals(id)) {
          beside.add(i);
        }
      }
    }
    List<Integer> here = new ArrayList<>();
    for (int i = 0; i < checks.size(); i++) {
      if (!BESIDE.contains(checks.get(i).info().id())) {
        here.add(i);
      }
    }
    Lanes lanes = new Lanes(checks, ctx, out, beside);
    ForkJoinTask<?> task = ForkJoinPool.commonPool().submit(lanes);
    for (int i : here) {
      lanes.runCheck(i);
    }
    lanes.run(); // the beside checks no lane has taken yet
    task.join();
    lanes.rethrow();
    return out;
  }

  /**
   * The checks that may run beside the calling thread, taken one at a time by whichever lane is
   * free ({@link #run()}), and what the checks of either lane threw.
   */
  private static final class Lanes implements Runnable {
    private final List<Check> checks;
    private final LintContext ctx;
    private final List<List<Finding>> out;
    private final List<Integer> beside;
    private final AtomicInteger next = new AtomicInteger();
    /** By check: what it threw (a RuntimeException or an Error), or null. */
    private final Throwable[] thrown;

    Lanes(List<Check> checks, LintContext ctx, List<List<Finding>> out, List<Integer> beside) {
      this.checks = checks;
      this.ctx = ctx;
      this.out = out;
      this.beside = beside;
      this.thrown = new Throwable[checks.size()];
    }

    /** Runs beside checks until none is left. */
    @Override
    public void run() {
      for (int k; (k = next.getAndIncrement()) < beside.size(); ) {
        runCheck(beside.get(k));
      }
    }

    /** Runs check {@code i} into its own slot (the task's join publishes the other lane's). */
    void runCheck(int i) {
      try {
        out.set(i, checks.get(i).run(ctx));
      } catch (RuntimeException | Error e) {
        thrown[i] = e;
      }
    }

    /** What the first check, in the checks' order, threw; as it was thrown. */
    void rethrow() {
      for (Throwable t : thrown) {
        if (t instanceof Error e) {
          throw e;
        }
        if (t != null) {
          throw (RuntimeException) t;
        }
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
