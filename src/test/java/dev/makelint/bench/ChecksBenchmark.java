package dev.makelint.bench;

import dev.makelint.buildmodel.BuildModel;
import dev.makelint.checks.Finding;
import dev.makelint.evaluation.EvalOptions;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.rulegraph.RuleGraph;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** All checks on the model of a generated project, and the full lint in one JVM. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class ChecksBenchmark {
  @Param({"small", "medium", "large"})
  public String size;

  private EvalOptions options;
  private MakeDatabase db;
  private RuleGraph graph;
  private BuildModel model;

  @Setup
  public void setUp() {
    options = Stages.options(BenchProjects.project(size), List.of());
    db = Stages.read(options);
    graph = Stages.graph(db, options);
    model = Stages.model(db, graph);
  }

  @Benchmark
  public List<Finding> checks() {
    return Stages.checks(db, graph, model, options);
  }

  @Benchmark
  public List<Finding> fullLint() {
    return Stages.lint(options);
  }
}
