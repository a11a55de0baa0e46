package dev.makelint.bench;

import dev.makelint.evaluation.EvalOptions;
import dev.makelint.evaluation.MakeDatabase;
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

/** Reading and evaluating the makefiles of a generated project (what make -q does). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class ReadBenchmark {
  @Param({"small", "medium", "large"})
  public String size;

  private EvalOptions options;

  @Setup
  public void setUp() {
    options = Stages.options(BenchProjects.project(size), List.of());
  }

  @Benchmark
  public MakeDatabase read() {
    return Stages.read(options);
  }
}
