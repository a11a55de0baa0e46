package dev.makelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * makelint's own code links no lambda or method reference on the paths a hook or a terminal run
 * takes: each call site's first use costs a bootstrap on every start (7 ms in all for the 43 sites
 * a realworld lint linked; see README, Start-up). A lint runs in a fresh JVM that logs every class
 * it loads, and no {@code dev.makelint} lambda class may be among them.
 */
class StartupPathLambdaTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "-C bench/realworld",
      "-C examples/seed-case LLAMA_METAL=1",
      "-C examples/seed-case LLAMA_METAL=1 --format sarif",
      "-C examples/seed-case LLAMA_METAL=1 --format json",
      "pre-commit -C examples/seed-case Makefile",
      "--version"})
  void noLambdaOfOursIsLinked(String args, @TempDir Path tmp) throws Exception {
    Path classes = tmp.resolve("classes.log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info:file=" + classes,
        "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    command.addAll(List.of(args.split(" ")));
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("out.txt").toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    String out = Files.readString(tmp.resolve("out.txt"));
    assertThat(p.exitValue()).as(out).isIn(0, 1);

    List<String> loaded = Files.readAllLines(classes);
    assertThat(loaded).as("the class-load log").anyMatch(l -> l.contains(" dev.makelint.cli."));
    assertThat(loaded).as("lambda classes of makelint's own code")
        .noneMatch(l -> l.contains(" dev.makelint.") && l.contains("$$Lambda$"));
  }
}
