package dev.makelint.bench;

import dev.makelint.buildmodel.BuildModel;
import dev.makelint.checks.Check;
import dev.makelint.checks.Finding;
import dev.makelint.checks.Checks;
import dev.makelint.checks.LintContext;
import dev.makelint.checks.LintSettings;
import dev.makelint.checks.Linter;
import dev.makelint.evaluation.EvalOptions;
import dev.makelint.evaluation.Evaluator;
import dev.makelint.evaluation.FileSystemView;
import dev.makelint.evaluation.Limits;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.Platform;
import dev.makelint.evaluation.SafeShellRunner;
import dev.makelint.rulegraph.RuleGraph;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.LongUnaryOperator;

/**
 * The stages of a full lint, callable one by one, as {@code makelint [-C DIR] [NAME=VALUE]} runs
 * them: read and evaluate, rule graph, build model, checks. Used by the JMH benchmarks, the
 * scale test, and {@link #main} (a per-stage timing of one run, for profiling).
 */
public final class Stages {
  private Stages() {}

  /** The evaluator options for {@code dir} as the command line would make them. */
  public static EvalOptions options(Path dir, List<String> variables) {
    return new EvalOptions(dir.toAbsolutePath().normalize(), List.of(), List.of(),
        List.copyOf(variables), new LinkedHashMap<>(System.getenv()), List.of(), false, false,
        false, Platform.host(), Limits.DEFAULT);
  }

  /** Reads and evaluates the makefiles (safe shell mode, the default). */
  public static MakeDatabase read(EvalOptions o) {
    return Evaluator.evaluate(o, new SafeShellRunner(o.platform()), FileSystemView.READ_ONLY);
  }

  public static RuleGraph graph(MakeDatabase db, EvalOptions o) {
    return RuleGraph.build(db, o.workDir(), o.goals());
  }

  public static BuildModel model(MakeDatabase db, RuleGraph graph) {
    return BuildModel.build(db, graph);
  }

  public static List<Finding> checks(MakeDatabase db, RuleGraph graph, BuildModel model,
      EvalOptions o) {
    LintSettings settings = LintSettings.defaults();
    LintContext ctx = new LintContext(db, graph, model, o.workDir(), settings);
    List<Finding> out = new ArrayList<>();
    for (Check c : Checks.all()) {
      if (settings.enabled(c.info())) {
        out.addAll(c.run(ctx));
      }
    }
    return out;
  }

  /** The full lint, as the command runs it. */
  public static List<Finding> lint(EvalOptions o) {
    MakeDatabase db = read(o);
    if (db.fatal() != null) {
      throw new IllegalStateException("fatal reading error: " + db.fatal().getMessage());
    }
    return Linter.lint(db, o.workDir(), o.goals());
  }

  /**
   * {@code Stages DIR [ROUNDS] [NAME=VALUE...]}: runs the stages ROUNDS times (default 5) and
   * prints the time of each: wall time, and the CPU time of every Java thread (the calling thread
   * and the common pool's workers that the rule graph, the build model and the checks use on
   * large trees; not the collector's or the compiler's threads), and the bytes those threads
   * allocated. On a VM whose speed drifts, the CPU time of a multi-threaded stage is the steadier
   * figure of the two times, and allocation steadier still.
   */
  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    int rounds = args.length > 1 && !args[1].contains("=") ? Integer.parseInt(args[1]) : 5;
    List<String> vars = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      if (args[i].contains("=")) {
        vars.add(args[i]);
      }
    }
    EvalOptions o = options(dir, vars);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
    for (int r = 0; r < rounds; r++) {
      long[] t = new long[5];
      long[] c = new long[5];
      long[] a = new long[5];
      t[0] = System.nanoTime();
      c[0] = javaThreadsCpu(cpu);
      a[0] = javaThreadsAllocated(cpu);
      MakeDatabase db = read(o);
      t[1] = System.nanoTime();
      c[1] = javaThreadsCpu(cpu);
      a[1] = javaThreadsAllocated(cpu);
      RuleGraph g = graph(db, o);
      t[2] = System.nanoTime();
      c[2] = javaThreadsCpu(cpu);
      a[2] = javaThreadsAllocated(cpu);
      BuildModel m = model(db, g);
      t[3] = System.nanoTime();
      c[3] = javaThreadsCpu(cpu);
      a[3] = javaThreadsAllocated(cpu);
      List<Finding> f = checks(db, g, m, o);
      t[4] = System.nanoTime();
      c[4] = javaThreadsCpu(cpu);
      a[4] = javaThreadsAllocated(cpu);
      System.out.printf(Locale.ROOT,
          "round %d (wall/cpu ms): read %s, graph %s (%d nodes), model %s (%d compiles,"
              + " %d links), checks %s (%d findings), total %s%n",
          r, span(t, c, 0, 1), span(t, c, 1, 2), g.nodes().size(), span(t, c, 2, 3),
          m.compiles().size(), m.links().size(), span(t, c, 3, 4), f.size(), span(t, c, 0, 4));
      System.out.printf(Locale.ROOT,
          "round %d allocated MB: read %.1f, graph %.1f, model %.1f, checks %.1f%n", r,
          (a[1] - a[0]) / 1e6, (a[2] - a[1]) / 1e6, (a[3] - a[2]) / 1e6, (a[4] - a[3]) / 1e6);
      for (int k = 0; k < 4; k++) {
        best[k] = Math.min(best[k], c[k + 1] - c[k]);
      }
    }
    System.out.printf(Locale.ROOT, "least cpu ms: read %.0f, graph %.0f, model %.0f, checks %.0f%n",
        best[0] / 1e6, best[1] / 1e6, best[2] / 1e6, best[3] / 1e6);
  }

  /**
   * The bytes the live Java threads have allocated, or 0 where the JVM does not count them. On a
   * machine whose speed drifts, a stage's allocation is the steady figure: the same round of the
   * same input allocates the same to within a megabyte from run to run.
   */
  private static long javaThreadsAllocated(ThreadMXBean threads) {
    if (!(threads instanceof com.sun.management.ThreadMXBean counting)
        || !counting.isThreadAllocatedMemorySupported()) {
      return 0;
    }
    return sumOverThreads(threads, counting::getThreadAllocatedBytes);
  }

  /** The CPU time of the live Java threads, in nanoseconds. */
  private static long javaThreadsCpu(ThreadMXBean threads) {
    return sumOverThreads(threads, threads::getThreadCpuTime);
  }

  /** The sum of {@code perThread} over the live Java threads. */
  private static long sumOverThreads(ThreadMXBean threads, LongUnaryOperator perThread) {
    long sum = 0;
    for (long id : threads.getAllThreadIds()) {
      long v = perThread.applyAsLong(id); // -1 for a thread that ended meanwhile
      if (v > 0) {
        sum += v;
      }
    }
    return sum;
  }

  private static String span(long[] wall, long[] cpu, int from, int to) {
    return String.format(Locale.ROOT, "%.0f/%.0f", (wall[to] - wall[from]) / 1e6,
        (cpu[to] - cpu[from]) / 1e6);
  }
}
