package dev.makelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --format, --color and --fail-on through the command line, on trees with odd names. */
class OutputFormatsCliTest {
  @TempDir Path tmp;
  Path warn;   // one warning (overriding-recipe) with a related location
  Path error;  // one error (missing-prerequisite)
  Path clean;
  Path fatal;  // missing separator

  @BeforeEach
  void trees() throws Exception {
    warn = dir("warn dir/ünï");
    Files.writeString(warn.resolve("Makefile"), "all: x\nx:\n\t@echo one\nx:\n\t@echo two\n");
    error = dir("error/..dots..");
    Files.writeString(error.resolve("Makefile"), "include rules.mk\n");
    Files.writeString(error.resolve("rules.mk"), "all: gone.h\n\t@echo $@\n");
    clean = dir("clean");
    Files.writeString(clean.resolve("Makefile"), "all:\n\t@echo ok\n");
    fatal = dir("fatal");
    Files.writeString(fatal.resolve("Makefile"), "all:\n    echo spaces\n");
  }

  private Path dir(String name) throws Exception {
    return Files.createDirectories(tmp.resolve(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github", "checkstyle"})
  void exitStatusesAreTheSameInEveryFormat(String format) {
    assertThat(CliRun.of("-C", clean.toString(), "--format", format).status()).isZero();
    assertThat(CliRun.of("-C", warn.toString(), "--format", format).status()).isZero();
    assertThat(CliRun.of("-C", warn.toString(), "--format", format, "--fail-on", "warning")
        .status()).isEqualTo(1);
    assertThat(CliRun.of("-C", warn.toString(), "--format", format, "--fail-on", "info")
        .status()).isEqualTo(1);
    assertThat(CliRun.of("-C", error.toString(), "--format", format).status()).isEqualTo(1);
    assertThat(CliRun.of("-C", error.toString(), "--format", format, "--fail-on", "never")
        .status()).isZero();
    assertThat(CliRun.of("-C", fatal.toString(), "--format", format).status()).isEqualTo(2);
    assertThat(CliRun.of("-C", fatal.toString(), "--format", format, "--fail-on", "never")
        .status()).isEqualTo(2);
    CliRun bad = CliRun.of("-C", clean.toString(), "--format", format, "--fail-on", "fatal");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("--fail-on: expected error, warning, info or never");
  }

  @Test
  void unknownFormatOrColourIsAUsageError() {
    CliRun r = CliRun.of("-C", clean.toString(), "--format", "xml");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--format: expected text, json, sarif, github or checkstyle, "
        + "got 'xml'");
    CliRun c = CliRun.of("-C", clean.toString(), "--color=sometimes");
    assertThat(c.status()).isEqualTo(2);
    assertThat(c.err()).contains("--color: expected auto, always or never");
  }

  @Test
  void textNamesFilesFromTheWorkingDirectoryWithExcerpts() {
    CliRun r = CliRun.of("-C", error.toString());
    assertThat(r.out()).containsPattern("^rules\\.mk:1:\\d+: error: No rule to make target "
        + "'gone\\.h'.* \\[missing-prerequisite\\]\n    1 \\| all: gone\\.h\n      \\| +\\^\n");
    assertThat(r.out()).contains("Makefile:1:1: note: rules.mk is read because of this include\n"
        + "    1 | include rules.mk\n");
    assertThat(r.out()).endsWith("makelint: 1 error, 0 warnings, 0 info (2 makefiles read)\n");
  }

  @Test
  void fatalErrorInTextGoesToStandardOutputWithItsLine() {
    CliRun r = CliRun.of("-C", fatal.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).startsWith("Makefile:2:5: error: missing separator");
    assertThat(r.out()).contains("    2 |     echo spaces\n");
  }

  @Test
  void colourIsOffWhenNotATerminalAndOnWhenAskedFor() {
    assertThat(CliRun.of("-C", warn.toString()).out()).doesNotContain("\u001b[");
    assertThat(CliRun.of("-C", warn.toString(), "--color=never").out()).doesNotContain("\u001b[");
    assertThat(CliRun.of("-C", warn.toString(), "--color=always").out())
        .contains("\u001b[1;35mwarning:\u001b[0m");
    assertThat(CliRun.of("-C", warn.toString(), "--color").out()).contains("\u001b[");
    assertThat(CliRun.of("-C", warn.toString(), "--colour", "always").out()).contains("\u001b[");
    // colour is for text only
    assertThat(CliRun.of("-C", warn.toString(), "--color=always", "--format", "json").out())
        .doesNotContain("\u001b[");
  }

  @Test
  void autoColourFollowsTheTerminalNoColorAndDumbTerminals() {
    PrintWriter notStdout = new PrintWriter(new StringWriter());
    assertThat(ReportOptions.color("auto", notStdout, Map.of())).isFalse();
    assertThat(ReportOptions.color("always", notStdout, Map.of("NO_COLOR", "1"))).isTrue();
    assertThat(ReportOptions.color("never", notStdout, Map.of())).isFalse();
    String old = System.getProperty(StdoutWriter.TTY_PROPERTY);
    System.setProperty(StdoutWriter.TTY_PROPERTY, "true");
    try {
      StdoutWriter tty = new StdoutWriter(System.out);
      assertThat(tty.terminal()).isTrue();
      assertThat(ReportOptions.color("auto", tty, Map.of())).isTrue();
      assertThat(ReportOptions.color("auto", tty, Map.of("NO_COLOR", "1"))).isFalse();
      assertThat(ReportOptions.color("auto", tty, Map.of("NO_COLOR", ""))).isTrue();
      assertThat(ReportOptions.color("auto", tty, Map.of("TERM", "dumb"))).isFalse();
      assertThat(new StdoutWriter(new java.io.PrintStream(new java.io.ByteArrayOutputStream()))
          .terminal()).isFalse();
      System.setProperty(StdoutWriter.TTY_PROPERTY, "false");
      assertThat(ReportOptions.color("auto", new StdoutWriter(System.out), Map.of())).isFalse();
    } finally {
      if (old == null) {
        System.clearProperty(StdoutWriter.TTY_PROPERTY);
      } else {
        System.setProperty(StdoutWriter.TTY_PROPERTY, old);
      }
    }
  }

  @Test
  void jsonCarriesUnicodeFileNamesVerbatim() throws Exception {
    Path odd = dir("odd dir");
    Files.createDirectories(odd.resolve("sub"));
    Files.writeString(odd.resolve("Makefile"), "include sub/../ünï-côdé.mk\n");
    Files.writeString(odd.resolve("ünï-côdé.mk"), "all: gone.h\n\t@echo $@\n");
    CliRun r = CliRun.of("-C", odd.toString(), "--format", "json");
    assertThat(r.status()).as(r.err()).isEqualTo(1);
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("findings").get(0).get("file").asText()).isEqualTo("ünï-côdé.mk");
  }

  @Test
  void githubAndCheckstyleNameFilesFromTheRepositoryRoot() throws Exception {
    Files.createDirectories(tmp.resolve(".git"));
    CliRun gh = CliRun.of("-C", error.toString(), "--format", "github");
    assertThat(gh.out()).containsPattern("^::error file=error/\\.\\.dots\\.\\./rules\\.mk,line=1,"
        + "col=\\d+,title=makelint%3A missing-prerequisite::No rule to make target 'gone\\.h'");
    assertThat(gh.out()).contains("%0Aerror/..dots../Makefile:1:1: note: rules.mk is read");
    CliRun cs = CliRun.of("-C", warn.toString(), "--format", "checkstyle", "--fail-on", "never");
    assertThat(cs.out()).contains("<file name=\"warn dir/ünï/Makefile\">")
        .contains("source=\"makelint.overriding-recipe\"");
  }
}
