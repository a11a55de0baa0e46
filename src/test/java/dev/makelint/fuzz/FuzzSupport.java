package dev.makelint.fuzz;

import dev.makelint.checks.Linter;
import dev.makelint.evaluation.EvalOptions;
import dev.makelint.evaluation.Evaluator;
import dev.makelint.evaluation.FileSystemView;
import dev.makelint.evaluation.Limits;
import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.MakeError;
import dev.makelint.evaluation.Platform;
import dev.makelint.evaluation.SafeShellRunner;
import dev.makelint.evaluation.ShellRunner;
import dev.makelint.reading.SourceFile;
import dev.makelint.reporting.DatabaseJson;
import dev.makelint.reporting.DatabaseText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the fuzz tests share: small limits (so that every input finishes in well under a second or
 * stops with a located error), an in-memory file system that fails on any write, and a shell that
 * answers the platform probes without ever starting a process.
 */
final class FuzzSupport {
  private FuzzSupport() {}

  /** Small limits: a hostile input is stopped quickly, so the fuzzer keeps its pace. */
  static final Limits LIMITS = new Limits(200, 1 << 18, 20, 50, 300, 100, 20_000, 1 << 20);

  /** An empty scratch directory that relative globs and file tests look at. */
  private static final Path WORK_DIR;

  static {
    try {
      WORK_DIR = Files.createTempDirectory("makelint-fuzz");
      WORK_DIR.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Platform PLATFORM = Platform.parse("linux-x86_64");

  /**
   * Makefiles held in memory: the input is split at lines "#--- NAME" into files, so that the
   * fuzzer can build include trees (the first part is "Makefile").
   */
  static Map<String, String> files(byte[] data) {
    String text = SourceFile.decode(data);
    Map<String, String> files = new LinkedHashMap<>();
    String name = "Makefile";
    int start = 0;
    int at;
    while ((at = text.indexOf("\n#--- ", start)) >= 0) {
      files.put(name, text.substring(start, at + 1));
      int end = text.indexOf('\n', at + 6);
      if (end < 0) {
        end = text.length();
      }
      name = text.substring(at + 6, end).strip();
      if (name.isEmpty() || name.indexOf('\0') >= 0) {
        name = "empty.mk";
      }
      start = Math.min(text.length(), end + 1);
    }
    files.put(name, text.substring(start));
    return files;
  }

  /** A file system of {@code files} under the scratch directory; any write fails the test. */
  static FileSystemView memory(Map<String, String> files) {
    return new FileSystemView() {
      private String key(Path p) {
        Path rel = p.startsWith(WORK_DIR) ? WORK_DIR.relativize(p) : p;
        return rel.normalize().toString();
      }

      @Override
      public boolean exists(Path p) {
        return files.containsKey(key(p));
      }

      @Override
      public String read(Path p) throws IOException {
        String s = files.get(key(p));
        if (s == null) {
          throw new IOException("No such file or directory");
        }
        return s;
      }

      @Override
      public boolean write(Path p, String text, boolean append) {
        throw new AssertionError("the evaluator tried to write " + p + " in safe mode");
      }
    };
  }

  /** The safe shell, checked: it never reports having executed anything. */
  static ShellRunner safeShell() {
    SafeShellRunner safe = new SafeShellRunner(PLATFORM);
    return (command, at) -> {
      ShellRunner.Result r = safe.run(command, at);
      if (r.executed()) {
        throw new AssertionError("safe mode executed " + command);
      }
      return r;
    };
  }

  /**
   * Reads {@code data} as a makefile tree, lints it and renders every output. Any exception
   * other than a located {@link MakeError} is a bug.
   */
  static void evaluateAndLint(byte[] data) {
    Map<String, String> files = files(data);
    // make's built-in rules and variables cost ~4 ms per run (10x a small makefile): read them
    // for one input length in eight, which the fuzzer reaches easily.
    boolean noBuiltins = (data.length & 7) != 0;
    EvalOptions options = new EvalOptions(WORK_DIR, List.of("Makefile"), List.of(), List.of(),
        Map.of("PATH", "/usr/bin:/bin"), List.of(), noBuiltins, noBuiltins, false, PLATFORM,
        LIMITS);
    MakeDatabase db = Evaluator.evaluate(options, safeShell(), memory(files));
    MakeError fatal = db.fatal();
    if (fatal != null) {
      checkLocated(fatal);
    } else {
      try {
        Linter.lint(db, WORK_DIR, List.of());
      } catch (MakeError e) {
        checkLocated(e);
      }
    }
    StringWriter text = new StringWriter();
    DatabaseText.write(db, new PrintWriter(text));
    try {
      DatabaseJson.write(db, new ByteArrayOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * When Jazzer fuzzes (JAZZER_FUZZ set), copies the fixture makefiles into the corpus Jazzer
   * generates for {@code test}'s {@code method} ({@code .cifuzz-corpus/CLASS/METHOD}), so that
   * fuzzing starts from real makefiles. The fixtures cannot be passed as a corpus directory of
   * their own: libFuzzer writes new inputs into the first directory it is given.
   */
  static void seedFromFixtures(Class<?> test, String method) {
    String env = System.getenv("JAZZER_FUZZ");
    String prop = System.getProperty("JAZZER_FUZZ");
    boolean fuzzing = (env != null && !env.isEmpty() && !env.equals("0"))
        || (prop != null && !prop.isEmpty() && !prop.equals("0") && !prop.equals("false"));
    if (!fuzzing) {
      return;
    }
    Path fixtures = Path.of("src/test/resources/fixtures");
    Path corpus = Path.of(".cifuzz-corpus", test.getName(), method);
    try (var walk = Files.walk(fixtures)) {
      Files.createDirectories(corpus);
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String name = "fixture-" + fixtures.relativize(p).toString().replace('/', '_');
        Path to = corpus.resolve(name);
        if (!Files.exists(to)) {
          Files.copy(p, to);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void checkLocated(MakeError e) {
    Location at = e.location();
    if (at == null) {
      throw new AssertionError("error without a location: " + e.getMessage());
    }
    if (e.getMessage() == null || e.getMessage().isEmpty()) {
      throw new AssertionError("error without a message at " + at);
    }
  }
}
