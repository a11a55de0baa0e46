package dev.makelint.bench;

import dev.makelint.buildmodel.BuildModel;
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

/** The rule graph (walk from the goals, implicit rule search) and the build model. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class GraphModelBenchmark {
  @Param({"small", "medium", "large"})
  public String size;

  private EvalOptions options;
  private MakeDatabase db;
  private RuleGraph graph;

  @Setup
  public void setUp() {
    options = Stages.options(BenchProjects.project(size), List.of());
    db = Stages.read(options);
    graph = Stages.graph(db, options);
  }

  @Benchmark
  public RuleGraph graph() {
    return Stages.graph(db, options);
  }

  @Benchmark
  public BuildModel model() {
    return Stages.model(db, graph);
  }
}
