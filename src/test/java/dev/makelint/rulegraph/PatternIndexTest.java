package dev.makelint.rulegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The index finds exactly what trying every pattern in order finds. */
class PatternIndexTest {
  private static final String[] PIECES = {"", "a", "b", "ab", ".o", ".c", "/", "x/", "src/", "%",
      "lib", ",v", "s.", "RCS/", "."};

  private static String random(Random r, int parts) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      b.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  private static int[] bruteForce(List<String> patterns, String name, boolean stripDirectory) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < patterns.size(); i++) {
      boolean m = stripDirectory ? Patterns.stemWithDir(patterns.get(i), name) != null
          : Patterns.stem(patterns.get(i), name) != null;
      if (m) {
        out.add(i);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void agreesWithTryingEveryPattern() {
    Random r = new Random(42);
    for (boolean strip : new boolean[] {true, false}) {
      for (int round = 0; round < 200; round++) {
        List<String> patterns = new ArrayList<>();
        PatternIndex index = new PatternIndex(strip);
        int count = 1 + r.nextInt(30);
        for (int i = 0; i < count; i++) {
          String p = random(r, 1 + r.nextInt(4));
          if (r.nextInt(4) > 0 && p.indexOf('%') < 0) {
            int at = r.nextInt(p.length() + 1);
            p = p.substring(0, at) + "%" + p.substring(at);
          }
          patterns.add(p);
          index.add(p);
        }
        for (int k = 0; k < 50; k++) {
          String name = random(r, r.nextInt(5)).replace("%", "");
          assertThat(index.matching(name)).as("%s against %s (strip %s)", name, patterns, strip)
              .containsExactly(bruteForce(patterns, name, strip));
        }
      }
    }
  }

  @Test
  void implicitRulePatternsWithoutSlashMatchTheFilePart() {
    PatternIndex index = new PatternIndex(true);
    index.add("build/%.o");
    index.add("%.o");
    index.add("s.%");
    index.add("%");
    assertThat(index.matching("build/x/a.o")).containsExactly(0, 1, 3);
    assertThat(index.matching("src/s.a.c")).containsExactly(2, 3);
    assertThat(index.matching("s.x")).containsExactly(2, 3);
  }

  @Test
  void patternVariablesMatchTheWholeName() {
    PatternIndex index = new PatternIndex(false);
    index.add("build/release/m1/%.o");
    index.add("build/release/m2/%.o");
    index.add("%.o");
    assertThat(index.matching("build/release/m2/x.o")).containsExactly(1, 2);
    assertThat(index.matching("m2/x.o")).containsExactly(2);
  }

  @Test
  void substituteBuildsWhatConcatenationBuilt() {
    String[] pieces = {"", "%", "/", "a", "x/", "RCS/", ",v", "s.", ".c", "/abs"};
    String[] stems = {"", "a", "/b", "c/d"};
    Random r = new Random(3);
    for (int i = 0; i < 20_000; i++) {
      String p = pieces[r.nextInt(pieces.length)] + pieces[r.nextInt(pieces.length)]
          + pieces[r.nextInt(pieces.length)];
      Patterns.DirStem ds = new Patterns.DirStem(stems[r.nextInt(stems.length)],
          stems[r.nextInt(stems.length)]);
      int pct = p.indexOf('%');
      String expected;
      if (pct < 0) {
        expected = p;
      } else {
        String filled = p.substring(0, pct) + ds.part() + p.substring(pct + 1);
        expected = ds.dir().isEmpty() || p.indexOf('/') >= 0 && filled.startsWith("/")
            ? filled : ds.dir() + filled;
      }
      assertThat(Patterns.substitute(p, ds)).as("%s %s", p, ds).isEqualTo(expected);
    }
  }
}
