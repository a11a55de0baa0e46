package dev.makelint.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof that findings are true: small trees with real C code are built with GNU make and the
 * system compiler; the link must fail exactly where makelint reports a duplicate, and succeed where
 * makelint is silent.
 */
class RealBuildTest {
  @TempDir Path dir;

  private static boolean haveTools() {
    return Files.isExecutable(Path.of("/usr/bin/make")) && Files.isExecutable(Path.of("/usr/bin/cc"));
  }

  private void tree(String makefile, String local) throws Exception {
    Files.writeString(dir.resolve("backend.c"), "int backend(void) { return 1; }\n");
    Files.writeString(dir.resolve("main.c"),
        "int backend(void);\nint main(void) { return backend() - 1; }\n");
    Files.writeString(dir.resolve("Makefile"), makefile);
    if (local != null) {
      Files.writeString(dir.resolve("Makefile.local"), local);
    }
  }

  private int make() throws Exception {
    Process p = new ProcessBuilder("make", "-s", "all").directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return p.exitValue();
  }

  private static final String MAIN = "-include Makefile.local\nall: app\n"
      + "backend_default.o: backend.c\n\t$(CC) -c $< -o $@\n"
      + "main.o: main.c\n\t$(CC) -c $< -o $@\n"
      + "app: main.o backend_default.o\n\t$(CC) $^ -o $@\n.PHONY: all\n";

  @Test
  void staleLocalCopyFailsTheLinkWhereMakelintSaysSo() throws Exception {
    assumeTrue(haveTools());
    tree(MAIN, "backend.o: backend.c\n\t$(CC) -c $< -o $@\napp: main.o backend.o\n");
    List<Finding> findings = LintFixtures.lint(dir, List.of("all"));
    assertThat(findings).filteredOn(f -> f.check().equals(DuplicateSourceInLink.ID))
        .singleElement().satisfies(f -> assertThat(f.message()).contains("backend.c", "app"));
    assertThat(make()).as(Files.readString(dir.resolve("build.log"))).isNotZero();
    assertThat(Files.readString(dir.resolve("build.log"))).contains("backend");
  }

  @Test
  void localFileWithOptionsOnlyBuildsAndMakelintIsSilent() throws Exception {
    assumeTrue(haveTools());
    tree(MAIN, "CFLAGS = -O1\n");
    assertThat(LintFixtures.lint(dir, List.of("all"))).isEmpty();
    assertThat(make()).as(Files.readString(dir.resolve("build.log"))).isZero();
  }

  @Test
  void dollarPlusRepeatFailsAndDollarCaretBuilds() throws Exception {
    assumeTrue(haveTools());
    tree(".PHONY: all\nall: app\napp: main.o backend.o backend.o\n\t$(CC) $+ -o $@\n", null);
    assertThat(LintFixtures.lint(dir, List.of())).extracting(Finding::check)
        .containsExactly(DuplicateObjectInLink.ID);
    assertThat(make()).isNotZero();
    Files.writeString(dir.resolve("Makefile"),
        ".PHONY: all\nall: app\napp: main.o backend.o backend.o\n\t$(CC) $^ -o $@\n");
    // nothing reaches the link twice; only the repeated name itself is noted
    assertThat(LintFixtures.lint(dir, List.of())).extracting(Finding::check)
        .containsExactly(DuplicatePrerequisite.ID);
    assertThat(make()).as(Files.readString(dir.resolve("build.log"))).isZero();
  }
}
