package dev.makelint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installs the plain git hook into a scratch repository and commits through it. The hook runs
 * makelint from this test's class path (MAKELINT), so no jar from the package phase is needed.
 */
class GitHookTest {
  @TempDir Path tmp;
  Path repo;
  String makelint;

  private record Out(int status, String text) {}

  @BeforeEach
  void repository() throws Exception {
    assumeTrue(run(tmp, "git", "--version").status() == 0, "git is not installed");
    repo = tmp.resolve("scratch repo");
    Files.createDirectories(repo);
    git("init", "-q");
    git("config", "user.name", "Makelint Test");
    git("config", "user.email", "test@example.invalid");
    git("config", "commit.gpgsign", "false");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    makelint = HookCommand.quote(java) + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "
        + HookCommand.quote(System.getProperty("java.class.path")) + " dev.makelint.cli.Main";
  }

  private Out git(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("git"));
    cmd.addAll(List.of(args));
    return run(repo, cmd.toArray(String[]::new));
  }

  private Out run(Path dir, String... cmd) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("HOME", tmp.toString());
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("MAKELINT", makelint == null ? "makelint" : makelint);
    env.remove("GIT_DIR");
    env.remove("GIT_INDEX_FILE");
    env.remove("GIT_WORK_TREE");
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + String.join(" ", cmd));
    }
    return new Out(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  private void write(String name, String text) throws IOException {
    Path p = repo.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private int commits() throws Exception {
    Out o = git("rev-list", "--count", "HEAD");
    return o.status() == 0 ? Integer.parseInt(o.text().strip()) : 0;
  }

  @Test
  void theHookRefusesABrokenMakefileLocalAndAcceptsACleanOne() throws Exception {
    CliRun install = CliRun.of("hook", "install", "-C", repo.toString());
    assertThat(install.status()).as(install.err()).isZero();
    Path hook = repo.resolve(".git/hooks/pre-commit");
    assertThat(hook).isExecutable();
    assertThat(Files.readString(hook)).contains(HookCommand.MARKER)
        .contains("git -c core.quotePath=false diff --cached --name-only --diff-filter=ACM -z")
        .contains("pre-commit --fail-on error");

    write("Makefile", "-include Makefile.local\nall: prog\nprog: main.o\n\t$(CC) -o $@ $^\n");
    write("main.c", "int main(void) { return 0; }\n");
    write("Makefile.local", "CFLAGS += -g\n");
    git("add", "-A");
    Out first = git("commit", "-q", "-m", "clean start");
    assertThat(first.status()).as(first.text()).isZero();
    assertThat(commits()).isEqualTo(1);

    // a stale local rule adds a prerequisite that nothing can make
    write("Makefile.local", "CFLAGS += -g\nprog: old-config.h\n");
    git("add", "Makefile.local");
    Out refused = git("commit", "-q", "-m", "broken local");
    assertThat(refused.status()).as(refused.text()).isNotZero();
    assertThat(refused.text()).contains("Makefile.local:2:")
        .contains("error: No rule to make target 'old-config.h'")
        .contains("[missing-prerequisite]")
        .contains("commit refused");
    assertThat(commits()).isEqualTo(1);

    // fixed, with a new fragment and other staged files whose names need care
    write("Makefile.local", "CFLAGS += -O1\ninclude mk/ünï.mk\n");
    write("mk/ünï.mk", "all: docs\ndocs:\n\t@echo docs\n");
    write("notes/read me.txt", "hello\n");
    write("-n", "a file named like an option\n");
    git("add", "-A");
    Out fixed = git("commit", "-q", "-m", "fixed local");
    assertThat(fixed.status()).as(fixed.text()).isZero();
    assertThat(commits()).isEqualTo(2);

    // a broken fragment is reported through the Makefile that includes it
    write("mk/ünï.mk", "all: docs\ndocs: missing-docs.txt\n\t@echo docs\n");
    git("add", "-A");
    Out fragment = git("commit", "-q", "-m", "broken fragment");
    assertThat(fragment.status()).isNotZero();
    assertThat(fragment.text()).contains("mk/ünï.mk:2:").contains("missing-docs.txt")
        .contains("Makefile.local:2:1: note: mk/ünï.mk is read because of this include");
  }

  @Test
  void installRefusesToReplaceAnotherHookUnlessForced() throws Exception {
    Path hook = repo.resolve(".git/hooks/pre-commit");
    Files.createDirectories(hook.getParent());
    Files.writeString(hook, "#!/bin/sh\necho mine\n");
    CliRun refused = CliRun.of("hook", "install", "-C", repo.toString());
    assertThat(refused.status()).isEqualTo(2);
    assertThat(refused.err()).contains("already exists").contains("--force");
    assertThat(Files.readString(hook)).isEqualTo("#!/bin/sh\necho mine\n");
    CliRun notOurs = CliRun.of("hook", "uninstall", "-C", repo.toString());
    assertThat(notOurs.status()).isEqualTo(2);
    assertThat(hook).exists();

    assertThat(CliRun.of("hook", "install", "-C", repo.toString(), "--force").status()).isZero();
    assertThat(Files.readString(hook)).contains(HookCommand.MARKER);
    CliRun again = CliRun.of("hook", "install", "-C", repo.toString());
    assertThat(again.status()).isZero();
    assertThat(again.out()).contains("already installed");
    assertThat(CliRun.of("hook", "uninstall", "-C", repo.toString()).status()).isZero();
    assertThat(hook).doesNotExist();
  }

  @Test
  void installFollowsCoreHooksPathAndNeedsARepository() throws Exception {
    git("config", "core.hooksPath", ".githooks");
    assertThat(CliRun.of("hook", "install", "-C", repo.toString()).status()).isZero();
    assertThat(repo.resolve(".githooks/pre-commit")).exists();
    Path notRepo = Files.createDirectories(tmp.resolve("plain"));
    CliRun r = CliRun.of("hook", "install", "-C", notRepo.toString());
    if (run(notRepo, "git", "rev-parse", "--git-dir").status() != 0) {
      assertThat(r.status()).isEqualTo(2);
      assertThat(r.err()).contains("not in a git repository");
    }
  }

  @Test
  void theHookQuotesItsCommandForTheShell() {
    String s = HookCommand.script("'/opt/it'\\''s here/bin/makelint'", "warning");
    assertThat(s).contains("makelint=''\\''/opt/it'\\''\\'\\'''\\''s here/bin/makelint'\\'''\n");
    assertThat(s).startsWith("#!/bin/sh\n").contains("pre-commit --fail-on warning -- ");
  }
}
