package dev.makelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.makelint.checks.Linter;
import dev.makelint.evaluation.FileSystemView;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.MakeError;
import dev.makelint.evaluation.RealFilesView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * "In the default safe mode no process is started and no file is written", shown two ways:
 *
 * <ol>
 *   <li>structurally: in the main sources only {@code ProcessShellRunner} may start a process and
 *       no class writes, deletes or creates a file (the one write entry point, {@code
 *       FileSystemView.write}, refuses in the only implementation);
 *   <li>at run time: every fixture of the test suite is read and linted through the command's
 *       wiring ({@link Reading}) in safe mode, with a process-runner factory and a writable file
 *       system that count every use: neither is reached, and no file appears in the fixture's
 *       directory; with {@code --shell=run} both are (the control).
 * </ol>
 */
class NeverExecutesTest {
  private static final Path MAIN = Path.of("src/main/java");
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  private final java.util.function.Function<dev.makelint.evaluation.EvalOptions,
      dev.makelint.evaluation.ShellRunner> savedRunners = Reading.processRunners;
  private final FileSystemView savedFiles = Reading.files;

  @AfterEach
  void restore() {
    Reading.processRunners = savedRunners;
    Reading.files = savedFiles;
  }

  /** APIs that start processes, load native code or change the file system. */
  private static final Pattern EFFECTS = Pattern.compile(
      "ProcessBuilder|Runtime\\.getRuntime|\\.exec\\(|System\\.load|loadLibrary"
          + "|Files\\.(write|writeString|newOutputStream|newBufferedWriter|createFile"
          + "|createDirector|createTemp|createLink|createSymbolicLink|delete|move|copy"
          + "|setAttribute|setPosixFilePermissions|setLastModifiedTime)"
          + "|FileOutputStream|FileWriter|RandomAccessFile|StandardOpenOption\\.(WRITE|APPEND"
          + "|CREATE)");

  @Test
  void onlyTheProcessRunnerStartsProcessesAndNoClassWritesFiles() throws IOException {
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(MAIN)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(p);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          if (line.strip().startsWith("*") || line.strip().startsWith("//")) {
            continue; // comments
          }
          if (EFFECTS.matcher(line).find()) {
            offenders.add(MAIN.relativize(p) + ":" + (i + 1) + ": " + line.strip());
          }
        }
      }
    }
    // Two commands write because the user asks them to, never because of a makefile: the
    // build-time generator of the man page, completion and AppCDS archive (run by Maven's
    // package phase, not reachable from the command), and 'makelint hook install'.
    assertThat(offenders).allMatch(
        o -> o.startsWith("dev/makelint/evaluation/ProcessShellRunner.java:")
            || o.startsWith("dev/makelint/cli/BuildTools.java:")
            || o.startsWith("dev/makelint/cli/HookCommand.java:"),
        "only ProcessShellRunner may start a process; nothing reading a makefile may write");
    assertThat(offenders).isNotEmpty(); // the scan does find ProcessShellRunner
  }

  /** Counts what reached the process-runner factory and the write entry point. */
  private static final class Tripwires {
    final AtomicInteger processRunners = new AtomicInteger();
    final AtomicInteger writes = new AtomicInteger();

    Tripwires install() {
      Reading.processRunners = eval -> {
        processRunners.incrementAndGet();
        return (command, at) -> {
          throw new AssertionError("a command was run: " + command);
        };
      };
      Reading.files = new RealFilesView() {
        @Override
        public boolean writable() {
          return true;
        }

        @Override
        public boolean write(Path p, String text, boolean append) {
          writes.incrementAndGet();
          return false;
        }
      };
      return this;
    }
  }

  /** Reads and lints {@code dir} the way the command does, with {@code args}. */
  private static void readAndLint(CommandLine cl, Path dir, String... args) {
    List<String> words = new ArrayList<>(List.of(args));
    words.addAll(List.of("-C", dir.toString(), "--max-time", "20"));
    cl.parseArgs(words.toArray(String[]::new));
    MakeOptions make = ((MakelintCommand) cl.getCommand()).make;
    MakeDatabase db = Reading.read(make);
    if (db.fatal() == null) {
      try {
        Linter.lint(db, dir, List.of());
      } catch (MakeError e) {
        // a limit met while expanding recipes: reported by the command, fine here
      }
    }
  }

  @Test
  void safeModeNeverReachesTheProcessRunnerOrAWriteOnAnyFixture(@TempDir Path tmp)
      throws IOException {
    Tripwires t = new Tripwires().install();
    CommandLine cl = MakelintCommand.commandLine();
    List<Path> fixtures = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(FIXTURES)) {
      walk.filter(p -> p.toString().endsWith(".mk")
              || p.getFileName().toString().equals("Makefile"))
          .filter(p -> !p.getParent().getFileName().toString().equals("inc"))
          .filter(p -> !p.toString().contains("/hostile/")) // HostileInputTest runs those
          .sorted().forEach(fixtures::add);
    }
    int run = 0;
    List<String> problems = new ArrayList<>();
    for (Path mf : fixtures) {
      Path dir = tmp.resolve("f" + run++);
      copy(mf.getFileName().toString().equals("Makefile") ? mf.getParent() : mf, dir);
      List<String> before = listing(dir);
      readAndLint(cl, dir, "-f", mf.getFileName().toString());
      List<String> after = listing(dir);
      if (!after.equals(before)) {
        problems.add(mf + ": files changed: " + before + " -> " + after);
      }
    }
    assertThat(fixtures).hasSizeGreaterThan(300);
    assertThat(t.processRunners.get()).as("process runners made in safe mode").isZero();
    assertThat(t.writes.get()).as("writes in safe mode").isZero();
    assertThat(problems).isEmpty();
  }

  @Test
  void theTripwiresWorkInRunMode(@TempDir Path dir) throws IOException {
    // The control experiment: with --shell=run the same makefile reaches both.
    Files.writeString(dir.resolve("Makefile"), "$(file >out.txt,x)\nall: ; @true\n");
    Tripwires t = new Tripwires().install();
    readAndLint(MakelintCommand.commandLine(), dir, "--shell=run");
    assertThat(t.processRunners.get()).isEqualTo(1);
    assertThat(t.writes.get()).isEqualTo(1);
  }

  private static void copy(Path src, Path dir) throws IOException {
    Files.createDirectories(dir);
    if (Files.isDirectory(src)) {
      try (Stream<Path> walk = Files.walk(src)) {
        for (Path p : walk.toList()) {
          Path to = dir.resolve(src.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(to);
          } else {
            Files.copy(p, to);
          }
        }
      }
    } else {
      Files.copy(src, dir.resolve(src.getFileName().toString()));
    }
  }

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.map(p -> dir.relativize(p).toString()).sorted(Comparator.naturalOrder())
          .toList();
    }
  }
}
