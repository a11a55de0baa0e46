package dev.makelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * With {@code -Dmakelint.timeline=true} a lint marks its phases on standard error, in order and
 * with a clock that does not go back (bench/compare.sh -p reads them); without it, nothing.
 */
class TimelineTest {
  @Test
  void marksEveryPhaseInOrderWhenAsked() throws Exception {
    List<String> marks = new ArrayList<>();
    List<Long> times = new ArrayList<>();
    for (String line : stderr("-Dmakelint.timeline=true").lines().toList()) {
      if (line.startsWith("makelint-timeline: ")) {
        String[] words = line.split(" ");
        marks.add(words[1]);
        times.add(Long.parseLong(words[2]));
      }
    }
    assertThat(marks).containsExactly("main", "read", "lint", "report", "done", "exit");
    assertThat(times).isSorted();
    long now = System.currentTimeMillis() * 1000;
    assertThat(times.get(0)).isBetween(now - 120_000_000L, now);
  }

  @Test
  void marksNothingOtherwise() throws Exception {
    assertThat(stderr("-Dmakelint.other=true")).doesNotContain("makelint-timeline");
  }

  /** Standard error of a lint of the seed case in a JVM with {@code property}. */
  private static String stderr(String property) throws Exception {
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), property,
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "-C", "examples/seed-case", "LLAMA_METAL=1");
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isEqualTo(1);
    return err;
  }
}
