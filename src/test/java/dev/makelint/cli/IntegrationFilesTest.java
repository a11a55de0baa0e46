package dev.makelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files other tools read: .pre-commit-hooks.yaml and action.yml. */
class IntegrationFilesTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void preCommitHooksRunThePreCommitSubcommandOnMakefileNames() throws Exception {
    JsonNode hooks = YAML.readTree(Path.of(".pre-commit-hooks.yaml").toFile());
    assertThat(hooks.isArray()).isTrue();
    List<String> ids = new ArrayList<>();
    for (JsonNode h : hooks) {
      ids.add(h.get("id").asText());
      assertThat(h.get("entry").asText()).endsWith("makelint pre-commit");
      assertThat(h.get("require_serial").asBoolean()).isTrue();
      Pattern files = Pattern.compile(h.get("files").asText());
      for (String yes : List.of("Makefile", "Makefile.local", "mk/rules.mk", "sub/GNUmakefile",
          "a/b/makefile", "build.mak", "x.make")) {
        assertThat(files.matcher(yes).find()).as(yes).isTrue();
      }
      for (String no : List.of("main.c", "README.md", "mk/rules.mkx", "MyMakefile")) {
        assertThat(files.matcher(no).find()).as(no).isFalse();
      }
    }
    assertThat(ids).containsExactly("makelint", "makelint-system");
    assertThat(hooks.get(0).get("language").asText()).isEqualTo("script");
    assertThat(Path.of(hooks.get(0).get("entry").asText().split(" ")[0])).isExecutable();
  }

  @Test
  void theHookEntryWorksOnFilesAsPreCommitPassesThem(@TempDir Path repo) throws Exception {
    Files.createDirectories(repo.resolve(".git"));
    Files.writeString(repo.resolve("Makefile"), "all:\n-include Makefile.local\n");
    Files.writeString(repo.resolve("Makefile.local"), "all: stale.h\n");
    JsonNode hook = YAML.readTree(Path.of(".pre-commit-hooks.yaml").toFile()).get(0);
    List<String> args = new ArrayList<>(List.of(hook.get("entry").asText().split(" ")));
    args.remove(0); // the launcher; run in-process instead
    args.addAll(List.of("-C", repo.toString(), "Makefile.local"));
    CliRun r = CliRun.of(args.toArray(String[]::new));
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).startsWith("Makefile.local:1:");
  }

  @Test
  void theActionIsACompositeThatUploadsSarif() throws Exception {
    JsonNode action = YAML.readTree(Path.of("action.yml").toFile());
    assertThat(action.get("runs").get("using").asText()).isEqualTo("composite");
    String steps = action.get("runs").get("steps").toString();
    assertThat(steps).contains("github/codeql-action/upload-sarif")
        .contains("--format sarif").contains("bin/makelint");
    assertThat(action.get("inputs").has("args")).isTrue();
    assertThat(action.get("inputs").has("fail-on")).isTrue();
  }
}
