package dev.makelint.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.makelint.checks.Finding;
import dev.makelint.checks.Severity;
import dev.makelint.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every SARIF makelint writes validates against the official SARIF 2.1.0 JSON schema (a copy in
 * src/test/resources/sarif, from OASIS), and carries what GitHub code scanning needs.
 */
class SarifSchemaTest {
  private static JsonSchema schema;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = SarifSchemaTest.class.getResourceAsStream(
        "/sarif/sarif-schema-2.1.0.json")) {
      assertThat(in).as("schema resource").isNotNull();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
          .getSchema(JSON.readTree(in));
    }
  }

  static JsonNode valid(String sarif) throws Exception {
    JsonNode doc = JSON.readTree(sarif);
    Set<ValidationMessage> problems = schema.validate(doc);
    assertThat(problems).as("schema violations").isEmpty();
    return doc;
  }

  private static String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), args);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theSchemaCatchesMistakes() throws Exception {
    JsonNode bad = JSON.readTree("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}");
    assertThat(schema.validate(bad)).isNotEmpty(); // a run needs its tool
  }

  @Test
  void seedCaseSarifIsValid() throws Exception {
    JsonNode doc = valid(run("-C", "examples/seed-case", "--format", "sarif", "LLAMA_METAL=1"));
    JsonNode results = doc.get("runs").get(0).get("results");
    assertThat(results.size()).isGreaterThanOrEqualTo(1);
    for (JsonNode r : results) {
      assertThat(r.get("ruleId").asText()).isNotEmpty();
      assertThat(r.get("locations").get(0).get("physicalLocation").get("artifactLocation")
          .get("uri").asText()).startsWith("examples/seed-case/");
    }
  }

  @Test
  void syntheticFindingsWithOddPathsAreValid(@TempDir Path tmp) throws Exception {
    ReportFixture fx = new ReportFixture(tmp);
    valid(SarifReport.render(fx.data()));
    valid(SarifReport.render(fx.data(List.of(), List.of())));
  }

  @Test
  void fatalErrorsAreValid(@TempDir Path tmp) throws Exception {
    ReportFixture fx = new ReportFixture(tmp);
    valid(SarifReport.render(fx.data(List.of(), List.of(
        new Finding(null, Severity.ERROR, "missing separator", "Makefile", 4, 1, List.of()),
        new Finding(null, Severity.ERROR, "no makefile found", null, 1, 1, List.of()),
        new Finding("missing-prerequisite", Severity.ERROR, "as a result", "Makefile", 2, 1,
            List.of())))));
  }

  @Test
  void cliRunsAreValid(@TempDir Path dir) throws Exception {
    Path d = dir.resolve("a dir with spaces/ünïcode");
    Files.createDirectories(d);
    Files.writeString(d.resolve("Makefile"), "all: x\nx:\n\t@echo one\nx:\n\t@echo two\n"
        + "y: missing.h\n\ttouch $@\nall: y\n");
    valid(run("-C", d.toString(), "--format", "sarif"));
    Files.writeString(d.resolve("Makefile"), "all:\n    echo spaces\n");
    valid(run("-C", d.toString(), "--format", "sarif"));
    valid(run("-C", dir.toString(), "--format", "sarif")); // no makefile at all
  }
}
