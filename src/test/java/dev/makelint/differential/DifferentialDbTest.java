package dev.makelint.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * Differential test: every fixture under {@code src/test/resources/fixtures/db/} is read by GNU
 * make 4.3 ({@code make -p}) and by makelint ({@code makelint db --format json}); the two
 * databases must agree. One dynamic test per fixture. Fixtures listed in
 * {@code fixtures/db/known-differences.txt} are run and reported but do not fail. The full report
 * goes to {@code target/differential/db-report.txt}.
 *
 * <p>System properties: {@code differential.only=SUBSTRING} runs only matching fixtures,
 * {@code differential.keep=true} keeps the temporary directories,
 * {@code differential.subprocess=always} runs makelint as a child JVM for every fixture,
 * {@code differential.targetVariables=false} skips comparing target-specific variables,
 * {@code differential.fixtures=DIR} reads the fixtures from another directory,
 * {@code differential.reportOnly=true} reports every disagreement without failing (fixture
 * problems still fail).
 */
class DifferentialDbTest {
  private static final List<FixtureRunner.Result> RESULTS = Collections.synchronizedList(new ArrayList<>());
  private static Map<String, String> known = Map.of();

  static Path projectDir() {
    String basedir = System.getProperty("basedir");
    return Path.of(basedir != null ? basedir : System.getProperty("user.dir")).toAbsolutePath();
  }

  /** {@code src/test/resources/fixtures/db}, or the directory named by {@code differential.fixtures}. */
  static Path fixturesRoot() {
    String other = System.getProperty("differential.fixtures");
    return other != null && !other.isBlank()
        ? Path.of(other).toAbsolutePath()
        : projectDir().resolve("src/test/resources/fixtures/db");
  }

  /** Whether GNU make 4.3 is on PATH. */
  static String makeVersion() {
    try {
      Process p = new ProcessBuilder("make", "--version").redirectErrorStream(true).start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      return text.lines().findFirst().orElse("");
    } catch (IOException | InterruptedException e) {
      return null;
    }
  }

  @TestFactory
  Stream<DynamicTest> databaseAgreesWithGnuMake() throws IOException {
    String version = makeVersion();
    assumeTrue(version != null, "make is not on PATH: differential tests skipped");
    assumeTrue(version.startsWith("GNU Make 4.3"), "the oracle is GNU Make 4.3, found: " + version);
    known = KnownDifferences.load(fixturesRoot().resolve("known-differences.txt"));
    String only = System.getProperty("differential.only", "");
    FixtureRunner runner = new FixtureRunner(projectDir());
    List<Fixture> fixtures =
        Fixture.discover(fixturesRoot()).stream().filter(f -> f.id().contains(only)).toList();
    return fixtures.stream()
        .map(f -> DynamicTest.dynamicTest(f.id(), f.source().toUri(), () -> check(runner, f)));
  }

  private static void check(FixtureRunner runner, Fixture f) throws Exception {
    FixtureRunner.Result r = runner.run(f);
    RESULTS.add(r);
    String report = r.report();
    System.out.println(report);
    if (r.agrees()) {
      if (known.containsKey(f.id())) {
        System.out.println("  note: " + f.id() + " agrees now; remove it from known-differences.txt");
      }
      return;
    }
    if (r.fixtureProblems().isEmpty() && known.containsKey(f.id())) {
      System.out.println("  (known difference: " + known.get(f.id()) + ")");
      return;
    }
    if (r.fixtureProblems().isEmpty() && Boolean.getBoolean("differential.reportOnly")) {
      return;
    }
    throw new AssertionFailedError(report);
  }

  @AfterAll
  static void summary() throws IOException {
    if (RESULTS.isEmpty()) {
      return;
    }
    List<FixtureRunner.Result> results = new ArrayList<>(RESULTS);
    results.sort((a, b) -> a.fixture().id().compareTo(b.fixture().id()));
    long agree = results.stream().filter(FixtureRunner.Result::agrees).count();
    long knownDiffering =
        results.stream().filter(r -> !r.agrees() && known.containsKey(r.fixture().id())).count();
    String line =
        "db agreement: " + agree + "/" + results.size() + " fixtures agree with GNU make"
            + " (" + knownDiffering + " known differences, "
            + (results.size() - agree - knownDiffering) + " other disagreements)";
    System.out.println(line);
    StringBuilder report = new StringBuilder(line).append("\n\n");
    for (FixtureRunner.Result r : results) {
      report.append(r.report());
      if (!r.agrees() && known.containsKey(r.fixture().id())) {
        report.append("\n  (known difference: ").append(known.get(r.fixture().id())).append(')');
      }
      report.append("\n\n");
    }
    Path out = projectDir().resolve("target/differential/db-report.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
    assertThat(out).exists();
  }
}
