package dev.makelint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the whole pipeline: reading (with includes split from the input at "#--- NAME" lines),
 * the rule graph, the build model, the checks and both database renderings. Seeds and crash
 * regressions are in {@code src/test/resources/dev/makelint/fuzz/EvaluatorFuzzTestInputs/}.
 */
class EvaluatorFuzzTest {
  static {
    FuzzSupport.seedFromFixtures(EvaluatorFuzzTest.class, "evaluate");
  }

  @FuzzTest(maxDuration = "10s")
  void evaluate(byte[] data) {
    FuzzSupport.evaluateAndLint(data);
  }
}
