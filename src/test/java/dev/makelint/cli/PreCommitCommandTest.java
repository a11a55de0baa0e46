package dev.makelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code makelint pre-commit FILE…} run the way pre-commit runs a hook: in the repository root,
 * with the changed files' names relative to it.
 */
class PreCommitCommandTest {
  @TempDir Path repo;

  @BeforeEach
  void tree() throws Exception {
    Files.createDirectories(repo.resolve(".git"));
    write("Makefile", """
        all:
        -include Makefile.local
        include mk/rules.mk
        ifdef WITH_OPT
        include mk/opt.mk
        endif
        all: prog
        prog: main.o
        \t$(CC) -o $@ $^
        main.o: main.c
        \t$(CC) -c main.c
        .PHONY: all
        """);
    // a stale local copy of a rule: the Makefile's recipe overrides it (an error across files)
    write("Makefile.local", "main.o: main.c\n\t$(CC) -O0 -c main.c\n");
    write("mk/rules.mk", "all: extra\nextra: gone.h\n\t@echo $@\n");
    write("mk/opt.mk", "all: opt\nopt: also-gone.h\n\t@echo $@\n");
    write("mk/unused.mk", "x: y\n");
    write("main.c", "int main(void) { return 0; }\n");
    write("README", "hello\n");
    write("sub dir/Makefile", "include local rules.mk\n");
    write("sub dir/local", "all:\n\t@echo local\n");
    write("sub dir/rules.mk", "all: nothing.h\n");
    write("broken/Makefile", "include bad.mk\n");
    write("broken/bad.mk", "all:\n    echo spaces\n");
  }

  private void write(String name, String text) throws Exception {
    Path p = repo.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private CliRun preCommit(String... files) {
    List<String> args = new ArrayList<>(List.of("pre-commit", "-C", repo.toString()));
    args.addAll(List.of(files));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void aChangedFragmentIsLintedThroughTheMakefileThatIncludesIt() {
    CliRun r = preCommit("Makefile.local");
    assertThat(r.status()).as(r.out() + r.err()).isEqualTo(1);
    // the finding is in the unchanged Makefile but involves the changed Makefile.local
    assertThat(r.out()).containsPattern("(?m)^Makefile:10:1: error: .*\\[overriding-recipe\\]$");
    assertThat(r.out()).containsPattern("(?m)^Makefile\\.local:1:1: note: ");
    // findings that involve only unchanged files are not reported
    assertThat(r.out()).doesNotContain("gone.h");
  }

  @Test
  void onlyFindingsInvolvingChangedFilesAreReported() throws Exception {
    CliRun r = preCommit("--format", "json", "mk/rules.mk");
    assertThat(r.status()).isEqualTo(1);
    JsonNode findings = new ObjectMapper().readTree(r.out()).get("findings");
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).get("check").asText()).isEqualTo("missing-prerequisite");
    assertThat(findings.get(0).get("file").asText()).isEqualTo("mk/rules.mk");
  }

  @Test
  void allChangedFilesTogetherReportEachFindingOnce() throws Exception {
    CliRun r = preCommit("--format", "json", "Makefile", "Makefile.local", "mk/rules.mk",
        "main.c", "README");
    JsonNode findings = new ObjectMapper().readTree(r.out()).get("findings");
    List<String> checks = new ArrayList<>();
    findings.forEach(f -> checks.add(f.get("check").asText() + "@" + f.get("file").asText()));
    assertThat(checks).containsExactlyInAnyOrder("suspicious-include@Makefile",
        "overriding-recipe@Makefile", "missing-prerequisite@mk/rules.mk");
  }

  @Test
  void filesNoMakefileReadsAreNotCheckedAlone() {
    CliRun r = preCommit("main.c", "README");
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    CliRun unused = preCommit("mk/unused.mk");
    assertThat(unused.status()).isZero();
    assertThat(unused.out()).isEmpty();
    assertThat(unused.err()).contains("mk/unused.mk: not read by any makefile in its directory "
        + "or above it; not checked");
  }

  @Test
  void commandLineVariablesChooseWhatIsRead() {
    assertThat(preCommit("mk/opt.mk").status()).isZero();
    CliRun r = preCommit("WITH_OPT=1", "mk/opt.mk");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("mk/opt.mk:2:").contains("also-gone.h");
  }

  @Test
  void nestedMakefilesAreLintedInTheirOwnDirectoryAndNamedFromTheRoot() {
    CliRun r = preCommit("sub dir/rules.mk");
    assertThat(r.status()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains("sub dir/rules.mk:1:").contains("nothing.h");
    assertThat(r.out()).contains("sub dir/Makefile:1:1: note: rules.mk is read because");
  }

  @Test
  void aChangedFileMakeCannotReadStopsTheCommitWithExitTwo() {
    CliRun r = preCommit("broken/bad.mk");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).startsWith("broken/bad.mk:2:5: error: missing separator");
  }

  @Test
  void failOnAndFormatsApply() {
    assertThat(preCommit("--fail-on", "never", "Makefile.local").status()).isZero();
    CliRun gh = preCommit("--format", "github", "mk/rules.mk");
    assertThat(gh.out()).startsWith("::error file=mk/rules.mk,line=2,");
  }

  @Test
  void noFilesIsNothingToDo() {
    CliRun r = preCommit();
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
  }
}
