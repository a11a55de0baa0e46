package dev.makelint.buildmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** normalize's shortcut for already-normal names gives what the segment walk gives. */
class PathNamesNormalizeTest {
  /** The segment walk, as normalize did it for every name before the shortcut. */
  private static String reference(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean absolute = path.startsWith("/");
    Deque<String> parts = new ArrayDeque<>();
    for (String seg : path.split("/+")) {
      if (seg.isEmpty() || seg.equals(".")) {
        continue;
      }
      if (seg.equals("..")) {
        if (!parts.isEmpty() && !parts.peekLast().equals("..")) {
          parts.removeLast();
        } else if (!absolute) {
          parts.addLast("..");
        }
        continue;
      }
      parts.addLast(seg);
    }
    String joined = String.join("/", parts);
    if (absolute) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }

  @Test
  void agreesWithTheSegmentWalk() {
    String[] pieces = {"a", "bc", ".", "..", "", "/", "//", ".x", "x.", "...", "a.o"};
    Random r = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(6);
      for (int k = 0; k < n; k++) {
        b.append(pieces[r.nextInt(pieces.length)]);
        if (r.nextBoolean()) {
          b.append('/');
        }
      }
      String p = b.toString();
      assertThat(PathNames.normalize(p)).as(p).isEqualTo(reference(p));
    }
  }
}
