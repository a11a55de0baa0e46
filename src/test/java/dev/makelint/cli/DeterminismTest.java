package dev.makelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives byte-identical output in any locale, time zone and default charset, and
 * whatever order identity hashes (and so {@code Set.of}/{@code Map.of} and identity maps) give:
 * the lint and database outputs of the check fixtures and the database of a third of the reader
 * fixtures, here and in a JVM set up as differently as possible.
 */
class DeterminismTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  @Test
  void outputsAreIdenticalAcrossLocalesTimeZonesCharsetsAndHashOrders(@TempDir Path tmp)
      throws Exception {
    List<String> fixtures = prepare(tmp);
    assertThat(fixtures).hasSizeGreaterThan(140);
    Path list = tmp.resolve("fixtures.txt");
    Files.write(list, fixtures);

    ByteArrayOutputStream here = new ByteArrayOutputStream();
    DeterminismRunner.run(fixtures, here);

    Path there = tmp.resolve("there.txt");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Chatham",
        "-Dfile.encoding=ISO-8859-1", "-Dsun.jnu.encoding=ISO-8859-1",
        "-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2",
        "-cp", System.getProperty("java.class.path"),
        DeterminismRunner.class.getName(), there.toString(), list.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("child.log").toFile()).start();
    assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("child finished").isTrue();
    assertThat(p.exitValue()).as(Files.readString(tmp.resolve("child.log"))).isZero();

    String a = here.toString(StandardCharsets.UTF_8);
    String b = Files.readString(there, StandardCharsets.UTF_8);
    if (!a.equals(b)) {
      int i = 0;
      while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
        i++;
      }
      int from = Math.max(0, a.lastIndexOf("=== ", i));
      assertThat(b.substring(from, Math.min(b.length(), i + 300)))
          .as("first difference, at character %d", i)
          .isEqualTo(a.substring(from, Math.min(a.length(), i + 300)));
    }
    assertThat(here.toByteArray()).isEqualTo(Files.readAllBytes(there));
  }

  /** Copies every fixture to {@code tmp}; returns "DIR<TAB>MAKEFILE" lines. */
  private static List<String> prepare(Path tmp) throws IOException {
    List<Path> makefiles;
    try (Stream<Path> walk = Files.walk(FIXTURES)) {
      makefiles = walk.filter(p -> p.toString().endsWith(".mk")
              || p.getFileName().toString().equals("Makefile"))
          .filter(p -> !p.getParent().getFileName().toString().equals("inc"))
          .filter(p -> !p.toString().contains("/hostile/"))
          .sorted().toList();
    }
    List<String> out = new ArrayList<>();
    int n = 0;
    int readers = 0;
    for (Path mf : makefiles) {
      boolean checks = mf.startsWith(FIXTURES.resolve("checks"));
      if (!checks && readers++ % 3 != 0) {
        continue; // a third of the reader fixtures: they share the output code
      }
      Path dir = tmp.resolve("f" + n++);
      Path src = mf.getFileName().toString().equals("Makefile") ? mf.getParent() : mf;
      Files.createDirectories(dir);
      if (Files.isDirectory(src)) {
        try (Stream<Path> walk = Files.walk(src)) {
          for (Path p : walk.toList()) {
            Path to = dir.resolve(src.relativize(p).toString());
            if (Files.isDirectory(p)) {
              Files.createDirectories(to);
            } else {
              Files.copy(p, to);
            }
          }
        }
      } else {
        Files.copy(src, dir.resolve(src.getFileName().toString()));
      }
      out.add(dir + "\t" + mf.getFileName() + (checks ? "\tall" : ""));
    }
    return out;
  }
}
