package dev.makelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration file, checkmake.ini and the command-line overrides, seen through the command:
 * a project whose Makefile overrides one recipe in the same file (a warning) and includes a file
 * that overrides another (an error).
 */
class ConfigurationTest {
  @TempDir Path dir;
  private Path project;

  @BeforeEach
  void project() throws Exception {
    project = Files.createDirectories(dir.resolve("repo/project"));
    Files.writeString(project.resolve("Makefile"), """
        all: x y
        x:
        \t@echo one
        x:
        \t@echo two
        y:
        \t@echo y
        include vendor/y.mk
        .PHONY: all x y
        """);
    Files.createDirectories(project.resolve("vendor"));
    Files.writeString(project.resolve("vendor/y.mk"), "y:\n\t@echo vendored\n");
  }

  private CliRun lint(String... extra) {
    String[] args = new String[extra.length + 3];
    args[0] = "-C";
    args[1] = project.toString();
    args[2] = "--format=json";
    System.arraycopy(extra, 0, args, 3, extra.length);
    return CliRun.of(args);
  }

  private static JsonNode findings(CliRun r) throws Exception {
    return new ObjectMapper().readTree(r.out()).get("findings");
  }

  private static String keys(CliRun r) throws Exception {
    StringBuilder b = new StringBuilder();
    for (JsonNode f : new ObjectMapper().readTree(r.out()).get("findings")) {
      b.append(f.get("file").asText()).append(':').append(f.get("line").asInt()).append(' ')
          .append(f.get("severity").asText()).append(' ').append(f.get("check").asText())
          .append('\n');
    }
    return b.toString();
  }

  private void config(String name, String text) throws Exception {
    Files.writeString(dir.resolve("repo").resolve(name), text);
  }

  @Test
  void withoutConfigurationBothOverridesAreReported() throws Exception {
    CliRun r = lint();
    assertThat(r.status()).as(r.err()).isEqualTo(1);
    assertThat(keys(r)).isEqualTo("""
        Makefile:4 warning overriding-recipe
        vendor/y.mk:1 error overriding-recipe
        """);
  }

  @Test
  void yamlFoundWalkingUpIgnoresPathsAndChangesSeverity() throws Exception {
    config(".makelint.yaml", """
        checks:
          uniquetargets:          # checkmake's name works too
            severity: info
        ignore:
          - vendor/**
        """);
    CliRun r = lint();
    assertThat(keys(r)).isEqualTo("Makefile:4 info overriding-recipe\n");
    assertThat(r.status()).as("info is below --fail-on error").isZero();
    assertThat(lint("--fail-on=info").status()).isEqualTo(1);
    assertThat(keys(lint("--no-config"))).contains("vendor/y.mk:1 error");
  }

  @Test
  void commandLineWinsOverTheFile() throws Exception {
    config(".makelint.yaml", "checks:\n  overriding-recipe:\n    enabled: false\n");
    assertThat(keys(lint())).isEmpty();
    assertThat(lint().status()).isZero();
    CliRun r = lint("--enable", "overriding-recipe", "--severity", "overriding-recipe=warning");
    assertThat(keys(r)).isEqualTo("""
        Makefile:4 warning overriding-recipe
        vendor/y.mk:1 warning overriding-recipe
        """);
    assertThat(r.status()).isZero();
  }

  @Test
  void explicitConfigFileAndGroups() throws Exception {
    Path cfg = dir.resolve("other.yaml");
    Files.writeString(cfg, "checks:\n  make: false\n");
    assertThat(keys(lint("--config", cfg.toString()))).isEmpty();
  }

  @Test
  void mistakesInTheFileAreLocatedUsageErrors() throws Exception {
    config(".makelint.yaml", "checks:\n  overriding-recipe:\n    enabled: true\n"
        + "  overriding-recipes:\n    severity: info\n");
    CliRun r = lint();
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains(".makelint.yaml:4: unknown check 'overriding-recipes'; "
        + "did you mean 'overriding-recipe'?").doesNotContain("Exception");

    config(".makelint.yaml", "checks:\n  overriding-recipe:\n    severity: fatal\n");
    assertThat(lint().err()).contains(".makelint.yaml:2: overriding-recipe.severity: expected "
        + "error, warning or info, got 'fatal'");

    config(".makelint.yaml", "checks: [a\n");
    assertThat(lint().err()).contains(".makelint.yaml:").contains("not valid YAML");

    config(".makelint.yaml", "rules: {}\n");
    assertThat(lint().err()).contains(".makelint.yaml:1: unknown key 'rules'");

    config(".makelint.yaml", "checks:\n  overriding-recipe:\n    max: 3\n");
    assertThat(lint().err()).contains("overriding-recipe has no option 'max'");
  }

  @Test
  void badCommandLineSelectionsAreUsageErrors() {
    CliRun r = lint("--disable", "overriding-recip");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("unknown check 'overriding-recip'; did you mean "
        + "'overriding-recipe'?");
    assertThat(lint("--severity", "overriding-recipe").err()).contains("expected ID=LEVEL");
    assertThat(lint("--config", dir.resolve("none.yaml").toString()).err())
        .contains("--config: no such file");
  }

  @Test
  void checkmakeIniIsReadWhenThereIsNoYaml() throws Exception {
    config("checkmake.ini", """
        [default]
        format = json
        ; checkmake's own comment style
        [uniquetargets]
        disabled = true
        """);
    assertThat(keys(lint())).isEmpty();
    config(".makelint.yaml", "ignore: [vendor/**]\n");
    assertThat(keys(lint())).as(".makelint.yaml wins over checkmake.ini")
        .isEqualTo("Makefile:4 warning overriding-recipe\n");
  }

  @Test
  void checkOptionsFromYamlAndIni() throws Exception {
    config(".makelint.yaml", "checks:\n  overriding-recipe:\n    ignore: [x]\n");
    assertThat(keys(lint())).isEqualTo("vendor/y.mk:1 error overriding-recipe\n");
    Files.delete(dir.resolve("repo/.makelint.yaml"));
    config("checkmake.ini", "[uniquetargets]\nignore = x, y\n");
    assertThat(keys(lint())).isEmpty();
  }

  @Test
  void checkmakeIniMistakesAreLocated() throws Exception {
    config("checkmake.ini", "[uniquetargets]\ndisabled = true\n[nosuchrule]\n");
    CliRun r = lint();
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("checkmake.ini:3: unknown checkmake rule 'nosuchrule'");
  }

  @Test
  void rulesListsEveryCheckWithTheConfigurationInEffect() throws Exception {
    config(".makelint.yaml", "checks:\n  overriding-recipe: false\n");
    CliRun text = CliRun.of("rules", "-C", project.toString());
    assertThat(text.status()).isZero();
    assertThat(text.out()).containsPattern("overriding-recipe +warning +no +make")
        .containsPattern("duplicate-source-in-link +error +yes +build");
    JsonNode json = new ObjectMapper().readTree(
        CliRun.of("rules", "--format=json", "--no-config").out()).get("checks");
    assertThat(json.size()).isEqualTo(dev.makelint.checks.Checks.all().size());
    JsonNode first = json.get(0);
    assertThat(first.get("id").asText()).isEqualTo("duplicate-source-in-link");
    assertThat(first.get("enabled").asBoolean()).isTrue();
    assertThat(first.get("helpUri").asText()).endsWith("/docs/checks/duplicate-source-in-link.md");
  }

  @Test
  void explainPrintsTheDocumentationPage() throws Exception {
    CliRun r = CliRun.of("explain", "uniquetargets");
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo(Files.readString(Path.of("docs/checks/overriding-recipe.md")));
    CliRun bad = CliRun.of("explain", "duplicate-source-in-links");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("did you mean 'duplicate-source-in-link'?");
    assertThat(CliRun.of("explain", "build").err()).contains("is a group of checks");
  }
}
