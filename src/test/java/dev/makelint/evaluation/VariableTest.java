package dev.makelint.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A value made by += reads as the concatenation, whenever and however often it is read. */
class VariableTest {
  private static Variable plain(String value) {
    return new Variable("V", Flavor.RECURSIVE, Origin.MAKEFILE, value, Location.NONE, null, false,
        false);
  }

  private static Variable append(Variable before, String addition) {
    return Variable.appended("V", before.flavor(), Origin.MAKEFILE, before, addition,
        Location.NONE, before.export(), false);
  }

  @Test
  void appendsJoinWithSpacesAndNotAfterAnEmptyValue() {
    Variable v = append(append(append(plain(""), "a"), "b c"), "d");
    assertThat(v.isEmpty()).isFalse();
    assertThat(v.value()).isEqualTo("a b c d");
    assertThat(append(plain(""), "x").value()).isEqualTo("x");
    assertThat(plain("").isEmpty()).isTrue();
  }

  @Test
  void readsBetweenAppendsSeeEachStep() {
    Random r = new Random(5);
    for (int trial = 0; trial < 200; trial++) {
      Variable v = plain(r.nextBoolean() ? "" : "start");
      String expected = v.value();
      List<Variable> steps = new ArrayList<>();
      List<String> values = new ArrayList<>();
      for (int i = 0; i < r.nextInt(30); i++) {
        String addition = "w" + i;
        v = append(v, addition);
        expected = expected.isEmpty() ? addition : expected + " " + addition;
        steps.add(v);
        values.add(expected);
        if (r.nextInt(4) == 0) {
          assertThat(v.value()).isEqualTo(expected);
        }
      }
      // earlier steps keep their own values, read in any order after later ones were joined
      for (int i = steps.size() - 1; i >= 0; i--) {
        assertThat(steps.get(i).value()).isEqualTo(values.get(i));
        assertThat(steps.get(i).withExport(Boolean.TRUE).value()).isEqualTo(values.get(i));
      }
    }
  }

  @Test
  void threadsReadingOneChainAgree() throws Exception {
    for (int trial = 0; trial < 20; trial++) {
      Variable v = plain("x");
      List<Variable> steps = new ArrayList<>();
      StringBuilder expected = new StringBuilder("x");
      List<String> values = new ArrayList<>();
      for (int i = 0; i < 2_000; i++) {
        v = append(v, "o" + i);
        expected.append(" o").append(i);
        steps.add(v);
        values.add(expected.toString());
      }
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Callable<Boolean>> readers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          int stride = t + 1;
          readers.add(() -> {
            for (int i = steps.size() - 1; i >= 0; i -= stride) {
              if (!steps.get(i).value().equals(values.get(i))) {
                return false;
              }
            }
            return true;
          });
        }
        for (Future<Boolean> f : pool.invokeAll(readers)) {
          assertThat(f.get()).isTrue();
        }
      } finally {
        pool.shutdown();
      }
    }
  }
}
