package dev.makelint.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Micro-check: parsing 100,000 distinct short expressions should take under a second. The build
 * machine is shared, so the bound is on this thread's CPU time (wall time is printed too), and the
 * best of up to five rounds after a warm-up counts.
 */
class ExprParserPerformanceTest {

  private static List<String> expressions(String tag, int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(switch (i % 5) {
        case 0 -> "$(CC" + tag + i + ") -c $< -o $@";
        case 1 -> "$(patsubst %.c,%.o,$(SRC" + tag + i + "))";
        case 2 -> "${prefix}/lib" + tag + i + " $$HOME";
        case 3 -> "$(if $(V" + tag + i + "),@,)echo";
        default -> "$(foreach f,$(L" + tag + i + "),$(f).d)";
      });
    }
    return out;
  }

  @Test
  void hundredThousandDistinctExpressionsInUnderOneSecond() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    boolean cpu = mx.isCurrentThreadCpuTimeSupported();
    for (String s : expressions("warm", 100_000)) {
      ExprParser.parse(s);
    }
    long best = Long.MAX_VALUE;
    for (int round = 0; round < 5 && best >= 1_000_000_000L; round++) {
      List<String> inputs = expressions("r" + round + "_", 100_000);
      long c0 = cpu ? mx.getCurrentThreadCpuTime() : 0;
      long t0 = System.nanoTime();
      int funcs = 0;
      for (String s : inputs) {
        if (ExprParser.parse(s) instanceof Expr.FuncCall) {
          funcs++;
        }
      }
      long wall = System.nanoTime() - t0;
      long used = cpu ? mx.getCurrentThreadCpuTime() - c0 : wall;
      assertThat(funcs).isEqualTo(40_000);
      best = Math.min(best, used);
      System.out.printf("ExprParser: 100000 distinct expressions: %d ms CPU, %d ms wall%n",
          used / 1_000_000, wall / 1_000_000);
    }
    assertThat(best).isLessThan(1_000_000_000L);
  }
}
