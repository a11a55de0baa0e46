package dev.makelint.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.makelint.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the makelint command as a user would, on the seed-case example and on small trees. */
class LintCommandEndToEndTest {
  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void seedCaseJsonNamesTheDuplicateBackendAndTheInclude() throws Exception {
    Run r = run("-C", "examples/seed-case", "--format", "json", "LLAMA_METAL=1");
    assertThat(r.status()).as(r.err()).isEqualTo(1);
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("tool").asText()).isEqualTo("makelint");
    assertThat(doc.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(doc.get("errors")).isEmpty();
    JsonNode dup = null;
    int overriding = 0;
    for (JsonNode f : doc.get("findings")) {
      if (f.get("check").asText().equals("duplicate-source-in-link")) {
        assertThat(dup).as("only one duplicate-source finding").isNull();
        dup = f;
      }
      if (f.get("check").asText().equals("overriding-recipe")) {
        overriding++;
      }
    }
    assertThat(overriding).as("overrides reported once, as a group").isEqualTo(1);
    assertThat(dup).isNotNull();
    assertThat(dup.get("severity").asText()).isEqualTo("error");
    assertThat(dup.get("message").asText())
        .contains("ggml-backend.c", "ggml-backend_default.o", "ggml-backend.o",
            "koboldcpp_default");
    assertThat(dup.get("file").asText()).isEqualTo("Makefile.local");
    List<String> related = new ArrayList<>();
    for (JsonNode rel : dup.get("related")) {
      related.add(rel.get("file").asText() + ":" + rel.get("line").asInt() + " "
          + rel.get("message").asText());
    }
    assertThat(related).anyMatch(s -> s.startsWith("Makefile:2 ") && s.contains("include"));
    assertThat(related).anyMatch(s -> s.startsWith("Makefile.local:")
        && s.contains("ggml-backend.o is compiled from ggml-backend.c"));
    assertThat(related).anyMatch(s -> s.startsWith("Makefile:")
        && s.contains("ggml-backend_default.o is compiled from ggml-backend.c"));
    assertThat(related).anyMatch(s -> s.contains("koboldcpp_default is linked here"));
  }

  @Test
  void seedCaseTextIsGccStyleWithNotes() {
    Run r = run("-C", "examples/seed-case", "LLAMA_METAL=1");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).containsPattern(
        "(?m)^Makefile\\.local:\\d+:1: error: ggml-backend\\.c is compiled into .*"
            + "\\[duplicate-source-in-link\\]$");
    assertThat(r.out()).containsPattern(
        "(?m)^Makefile:2:1: note: Makefile\\.local is read because of this include$");
  }

  @Test
  void failOnDecidesTheExitStatus(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("Makefile"),
        "all: x\nx:\n\t@echo one\nx:\n\t@echo two\n");
    assertThat(run("-C", dir.toString()).status()).isEqualTo(0);
    assertThat(run("-C", dir.toString(), "--fail-on", "warning").status()).isEqualTo(1);
    assertThat(run("-C", dir.toString(), "--fail-on", "never").status()).isEqualTo(0);
    Run text = run("-C", dir.toString());
    assertThat(text.out()).contains("Makefile:4:1: warning: ").contains("[overriding-recipe]")
        .contains("Makefile:2:1: note: ");
  }

  @Test
  void fatalReadingErrorExitsTwoAndIsListedInJsonErrors(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("Makefile"), "all:\n    echo spaces\n");
    Run r = run("-C", dir.toString(), "--format", "json");
    assertThat(r.status()).isEqualTo(2);
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("errors")).hasSize(1);
    assertThat(doc.get("errors").get(0).get("file").asText()).isEqualTo("Makefile");
    assertThat(doc.get("errors").get(0).get("line").asInt()).isEqualTo(2);
    assertThat(doc.get("errors").get(0).get("column").asInt()).isEqualTo(5);
    assertThat(doc.get("errors").get(0).get("check").asText()).isEqualTo("missing-separator");
    Run text = run("-C", dir.toString());
    assertThat(text.status()).isEqualTo(2);
    assertThat(text.out()).startsWith("Makefile:2:5: error: missing separator")
        .contains("[missing-separator]");
  }

  @Test
  void missingIncludeIsAFindingNotAReadingError(@TempDir Path dir) throws Exception {
    // make reads every makefile before it stops on the include: the rest is linted too
    Files.writeString(dir.resolve("Makefile"),
        "include config.mk\nall: a\na: b b\n\t@echo $^\nb:\n\t@:\n");
    Run r = run("-C", dir.toString(), "--format", "json");
    assertThat(r.status()).as("make would stop: exit 2, as for every fatal make error")
        .isEqualTo(2);
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("errors")).as("the finding stands for the error").isEmpty();
    List<String> checks = new ArrayList<>();
    for (JsonNode f : doc.get("findings")) {
      checks.add(f.get("check").asText() + "@" + f.get("line").asInt() + ":"
          + f.get("column").asInt());
    }
    assertThat(checks).containsExactly("missing-include@1:9", "duplicate-prerequisite@3:6");
    Run db = run("db", "-C", dir.toString());
    assertThat(db.status()).as("make stops, and so does the database command").isEqualTo(2);
  }

  @Test
  void cleanTreeExitsZeroWithNoOutput(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.c"), "int main(void){return 0;}\n");
    Files.writeString(dir.resolve("Makefile"), "prog: a.o\n\t$(CC) $^ -o $@\n");
    Run r = run("-C", dir.toString());
    assertThat(r.status()).as(r.out() + r.err()).isEqualTo(0);
    assertThat(r.out()).isEmpty();
  }
}
