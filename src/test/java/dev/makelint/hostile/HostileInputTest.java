package dev.makelint.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The adversarial fixtures of {@code src/test/resources/fixtures/hostile/}: each must give a result
 * or a located error, within its time bound, in a JVM whose heap is {@value #HEAP}, without a
 * stack trace, and without creating a file.
 *
 * <p>A fixture is {@code NAME.mk} (run as {@code Makefile}) or a directory with a {@code Makefile}.
 * Its header comments say what to expect:
 *
 * <ul>
 *   <li>{@code # expect-status: N} the exit status (required);
 *   <li>{@code # expect-error: TEXT} text the error output must contain (repeatable);
 *   <li>{@code # expect-at: FILE:LINE} where the error must be located;
 *   <li>{@code # max-seconds: N} the time bound (default {@value #DEFAULT_SECONDS});
 *   <li>{@code # args: ...} more makelint arguments;
 *   <li>{@code # generate: NAME} the rest of the makefile is generated here (huge inputs are not
 *       committed);
 *   <li>{@code # setup: symlink NAME TARGET | mkdir NAME | chmod000 NAME} prepared before the run.
 * </ul>
 *
 * <p>All fixtures run in one child JVM ({@link HostileRunner}), one after the other.
 */
class HostileInputTest {
  static final String HEAP = "320m";
  static final int DEFAULT_SECONDS = 10;
  private static final Path ROOT = Path.of("src/test/resources/fixtures/hostile");

  private static Path scratch;
  private static final Map<String, Fixture> FIXTURES = new LinkedHashMap<>();
  private static final Map<String, JsonNode> RESULTS = new LinkedHashMap<>();
  private static String childFailure;

  record Fixture(String name, Path dir, Map<String, List<String>> header, boolean skip) {
    String one(String key) {
      List<String> v = header.getOrDefault(key, List.of());
      return v.isEmpty() ? null : v.get(0);
    }
  }

  @BeforeAll
  static void runAllInOneChildJvm() throws Exception {
    scratch = Files.createTempDirectory("makelint-hostile");
    List<Path> sources;
    try (Stream<Path> s = Files.list(ROOT)) {
      sources = s.sorted().toList();
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + HEAP, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        HostileRunner.class.getName(), scratch.resolve("results.json").toString(),
        scratch.resolve("fixtures.txt").toString()));
    List<String> manifest = new ArrayList<>();
    for (Path src : sources) {
      Fixture f = prepare(src);
      FIXTURES.put(f.name(), f);
      if (!f.skip()) {
        String args = f.one("args");
        manifest.add(f.dir() + (args == null ? "" : "\t" + String.join("\t", args.split("\\s+"))));
      }
    }
    Files.write(scratch.resolve("fixtures.txt"), manifest);
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(scratch.resolve("child.log").toFile()).start();
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      childFailure = "the child JVM did not finish within 300 s";
    } else if (p.exitValue() != 0) {
      childFailure = "the child JVM failed (" + p.exitValue() + "): "
          + Files.readString(scratch.resolve("child.log"));
    }
    Path results = scratch.resolve("results.json");
    if (Files.exists(results)) {
      for (JsonNode r : new ObjectMapper().readTree(results.toFile())) {
        RESULTS.put(Path.of(r.get("dir").asText()).getFileName().toString(), r);
      }
    }
  }

  @AfterAll
  static void cleanUp() throws IOException {
    for (Map.Entry<String, JsonNode> e : RESULTS.entrySet()) {
      JsonNode r = e.getValue();
      System.out.printf("hostile %-28s status %d %6d ms  peak heap %4d MB%n", e.getKey(),
          r.get("status").asInt(), r.get("millis").asLong(), r.get("peakHeapMb").asLong());
    }
    if (scratch == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(scratch)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        if (!Files.isSymbolicLink(p)) {
          p.toFile().setReadable(true);
        }
        Files.deleteIfExists(p);
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> everyFixtureIsAnsweredWithinItsBounds() {
    return FIXTURES.values().stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> check(f)));
  }

  private static void check(Fixture f) {
    Assumptions.assumeFalse(f.skip(), "file permissions do not stop this user (root)");
    JsonNode r = RESULTS.get(f.name());
    assertThat(r).as("result of %s (%s)", f.name(), childFailure).isNotNull();
    String err = r.get("stderr").asText();
    String out = r.get("stdout").asText();
    String both = out + err;
    String what = f.name() + ": status " + r.get("status").asInt() + ", " + r.get("millis").asLong()
        + " ms, peak heap " + r.get("peakHeapMb").asLong() + " MB\nstdout: " + out + "\nstderr: "
        + err;
    assertThat(r.get("status").asInt()).as(what)
        .isEqualTo(Integer.parseInt(f.one("expect-status")));
    // a located error is part of the report (standard output); a crash of makelint itself
    // goes to standard error
    for (String text : f.header().getOrDefault("expect-error", List.of())) {
      assertThat(both).as(what).contains(text);
    }
    String at = f.one("expect-at");
    if (at != null) {
      assertThat(both).as(what).containsPattern("(?m)^" + java.util.regex.Pattern.quote(at)
          + ":\\d+: error: ");
    }
    if (r.get("status").asInt() == 2) {
      assertThat(both).as(what).containsPattern("(?m)^[^\\n]*(:\\d+:\\d+|makelint): error: ");
    }
    assertThat(both).as(what).doesNotContain("\tat ", "Exception", "internal error",
        "out of memory");
    String max = f.one("max-seconds");
    long bound = (max == null ? DEFAULT_SECONDS : Integer.parseInt(max)) * 1000L;
    assertThat(r.get("millis").asLong()).as(what).isLessThanOrEqualTo(bound);
    assertThat(r.get("newFiles")).as(what + "\nfiles created").isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // preparing fixtures

  private static Fixture prepare(Path src) throws IOException {
    String name = src.getFileName().toString().replaceFirst("\\.mk$", "");
    Path dir = scratch.resolve(name);
    Files.createDirectories(dir);
    Path makefile;
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
      makefile = dir.resolve("Makefile");
    } else {
      makefile = dir.resolve("Makefile");
      Files.copy(src, makefile);
    }
    Map<String, List<String>> header = header(Files.readAllBytes(makefile));
    boolean skip = false;
    for (String setup : header.getOrDefault("setup", List.of())) {
      String[] w = setup.split("\\s+");
      switch (w[0]) {
        case "symlink" -> Files.createSymbolicLink(dir.resolve(w[1]), Path.of(w[2]));
        case "mkdir" -> Files.createDirectories(dir.resolve(w[1]));
        case "chmod000" -> {
          Files.setPosixFilePermissions(dir.resolve(w[1]), PosixFilePermissions.fromString(
              "---------"));
          skip = Files.isReadable(dir.resolve(w[1])); // root reads anyway
        }
        default -> throw new IllegalArgumentException(name + ": unknown setup " + setup);
      }
    }
    String generator = header.getOrDefault("generate", List.of()).stream().findFirst()
        .orElse(null);
    if (generator != null) {
      try (OutputStream o = Files.newOutputStream(makefile,
          java.nio.file.StandardOpenOption.APPEND)) {
        Generated.write(generator, dir, o);
      }
    }
    return new Fixture(name, dir, header, skip);
  }

  /** The {@code # key: value} comments at the start of a makefile (lines end at LF or CR). */
  static Map<String, List<String>> header(byte[] bytes) {
    Map<String, List<String>> h = new LinkedHashMap<>();
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    for (String line : text.split("[\r\n]")) {
      if (!line.startsWith("#")) {
        break;
      }
      String body = line.substring(1).strip();
      int colon = body.indexOf(':');
      if (colon > 0 && body.substring(0, colon).matches("[a-z-]+")) {
        h.computeIfAbsent(body.substring(0, colon), k -> new ArrayList<>())
            .add(body.substring(colon + 1).strip());
      }
    }
    return h;
  }

  /** Inputs too large to commit, written after the fixture's header. */
  static final class Generated {
    private Generated() {}

    static void write(String name, Path dir, OutputStream o) throws IOException {
      switch (name) {
        case "nested-calls" -> {
          // line 7 after the five header lines and this blank one
          o.write(("\nX := " + "$(strip ".repeat(10_000) + "a" + ")".repeat(10_000)
              + "\nall: ; @true\n").getBytes(StandardCharsets.US_ASCII));
        }
        case "nested-parentheses" -> {
          String parens = "(".repeat(10_000) + "a" + ")".repeat(10_000);
          o.write(("X = " + parens + "\nY := " + parens + "\nall: ; @true\nz: " + parens + "\n")
              .getBytes(StandardCharsets.US_ASCII));
        }
        case "nested-conditionals" -> {
          StringBuilder sb = new StringBuilder();
          sb.append("ifeq (1,1)\nA += x\n".repeat(10_000));
          sb.append("endif\n".repeat(10_000));
          sb.append("ifneq ($(words $(A)),10000)\n$(error $(words $(A)))\nendif\nall: ; @true\n");
          o.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
        }
        case "line-50mb-recursive", "line-50mb-simple" -> {
          boolean simple = name.endsWith("simple");
          o.write(("\nall: ; @true\nX " + (simple ? ":=" : "=") + " ")
              .getBytes(StandardCharsets.US_ASCII));
          byte[] chunk = "abcdefghij".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
          for (int i = 0; i < 50; i++) {
            o.write(chunk);
          }
          o.write('\n');
        }
        case "many-references" -> {
          o.write(("\nall: ; @true\na := 1\nX := " + "$a".repeat(1_000_000) + "\n")
              .getBytes(StandardCharsets.US_ASCII));
        }
        case "binary-garbage" -> {
          byte[] b = new byte[64 * 1024];
          new Random(7).nextBytes(b);
          o.write(b);
        }
        case "include-chain" -> {
          o.write("include inc1.mk\nall: ; @true\n".getBytes(StandardCharsets.US_ASCII));
          for (int i = 1; i <= 300; i++) {
            Files.writeString(dir.resolve("inc" + i + ".mk"), "include inc" + (i + 1) + ".mk\n");
          }
          Files.writeString(dir.resolve("inc301.mk"), "X = 1\n");
        }
        default -> throw new IllegalArgumentException("no generator " + name);
      }
    }
  }
}
