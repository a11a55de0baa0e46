package dev.makelint.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Lints every fixture and asserts exactly the findings marked with {@code # expect:}. */
class FixtureTest {
  @TestFactory
  Stream<DynamicTest> fixtures() throws Exception {
    return LintFixtures.all().stream().map(f -> DynamicTest.dynamicTest(
        LintFixtures.ROOT.relativize(f).toString(), () -> check(f)));
  }

  private static void check(Path fixture) throws Exception {
    Path scratch = Files.createTempDirectory("makelint-fixture");
    try {
      LintFixtures.Prepared p = LintFixtures.prepare(fixture, scratch);
      List<Finding> findings = LintFixtures.lint(p.workDir(), p.args(), p.settings());
      assertThat(LintFixtures.keys(findings))
          .as("findings of %s: %s", fixture, findings)
          .containsExactlyElementsOf(p.expected());
    } finally {
      LintFixtures.delete(scratch);
    }
  }

  @Test
  void everyCheckHasAFixtureThatExpectsIt() throws Exception {
    for (Check c : Checks.all()) {
      Path dir = LintFixtures.ROOT.resolve(c.info().id());
      assertThat(dir).as("fixtures for %s", c.info().id()).isDirectory();
      boolean expects;
      try (Stream<Path> walk = Files.walk(dir)) {
        expects = walk.filter(Files::isRegularFile).anyMatch(p -> {
          try {
            return Files.readString(p).contains("# expect: " + c.info().id());
          } catch (java.io.IOException e) {
            return false;
          }
        });
      }
      assertThat(expects).as("a fixture expecting %s", c.info().id()).isTrue();
    }
  }

  @Test
  void seedCaseExampleReportsTheDuplicateBackend() throws Exception {
    Path scratch = Files.createTempDirectory("makelint-seed");
    try {
      LintFixtures.Prepared p = LintFixtures.prepare(Path.of("examples/seed-case"), scratch);
      List<Finding> findings = LintFixtures.lint(p.workDir(), List.of("LLAMA_METAL=1"));
      assertThat(findings).filteredOn(f -> f.check().equals(DuplicateSourceInLink.ID))
          .singleElement()
          .satisfies(f -> {
            assertThat(f.message()).contains("ggml-backend.c", "ggml-backend.o",
                "ggml-backend_default.o", "koboldcpp_default");
            assertThat(f.file()).isEqualTo("Makefile.local");
          });
      assertThat(findings).filteredOn(f -> f.check().equals(OverridingRecipe.ID)).hasSize(1);
    } finally {
      LintFixtures.delete(scratch);
    }
  }
}
