package dev.makelint.differential;

import dev.makelint.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs one fixture through GNU make and through makelint and compares the two databases.
 *
 * <p>Each run gets a fresh temporary directory: {@code work/} (the copied fixture, make's and
 * makelint's working directory), {@code home/} (an empty {@code HOME}) and {@code out/} (make's
 * captured streams, kept out of {@code work/} so that globbing sees only the fixture).
 *
 * <p>make runs as {@code env -i PATH=/usr/bin:/bin HOME=<home> [fixture env] make -p -q -f MAIN
 * [make-args] .DEFAULT}. makelint runs in-process ({@code Main.run}) unless the environment can
 * matter, in which case it runs as a child JVM with exactly make's environment: when the fixture
 * has {@code # env:} lines, when the JVM's environment holds a variable that make reads by itself
 * ({@code MAKEFLAGS}, {@code MAKEFILES}, ...), or when a name of the JVM's environment (PATH and
 * HOME included, which differ from make's) occurs as a word in the fixture's files. The
 * system property {@code differential.subprocess=always} forces the child JVM for every fixture.
 */
final class FixtureRunner {
  static final int MAKE_TIMEOUT_SECONDS = 20;
  static final int MAKELINT_TIMEOUT_SECONDS = 30;
  private static final Set<String> MAKE_READS_ITSELF =
      Set.of("MAKEFLAGS", "GNUMAKEFLAGS", "MFLAGS", "MAKEFILES", "MAKELEVEL", "MAKE_RESTARTS", "MAKEOVERRIDES");
  private static final ExecutorService IN_PROCESS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "makelint-in-process");
            t.setDaemon(true);
            return t;
          });

  /** What one program printed. */
  record Output(int exitCode, String stdout, String stderr, boolean timedOut, String how) {}

  /** The result of one fixture. */
  record Result(
      Fixture fixture,
      Output make,
      Output makelint,
      List<String> differences,
      List<String> fixtureProblems) {
    boolean agrees() {
      return differences.isEmpty() && fixtureProblems.isEmpty();
    }

    /** A readable report: the commands, then one line per difference. */
    String report() {
      StringBuilder b = new StringBuilder();
      b.append(fixture.id()).append(": ");
      if (agrees()) {
        return b.append("agrees with GNU make").toString();
      }
      b.append(fixtureProblems.isEmpty() ? differences.size() + " difference(s)" : "FIXTURE PROBLEM");
      if (make != null) {
        b.append("\n  make:     ").append(make.how());
      }
      if (makelint != null) {
        b.append("\n  makelint: ").append(makelint.how());
      }
      fixtureProblems.forEach(p -> b.append("\n  ! ").append(p));
      differences.forEach(d -> b.append("\n  - ").append(d));
      return b.toString();
    }
  }

  private final Path projectDir;
  private final boolean keepTemp;
  private final boolean compareTargetVariables;

  FixtureRunner(Path projectDir) {
    this.projectDir = projectDir;
    this.keepTemp = Boolean.getBoolean("differential.keep");
    this.compareTargetVariables =
        !"false".equals(System.getProperty("differential.targetVariables"));
  }

  Result run(Fixture f) throws IOException, InterruptedException {
    if (f.problem() != null) {
      return new Result(f, null, null, List.of(), List.of(f.problem()));
    }
    Path base = Files.createTempDirectory("makelint-diff-");
    try {
      Path work = Files.createDirectory(base.resolve("work"));
      Path home = Files.createDirectory(base.resolve("home"));
      Path out = Files.createDirectory(base.resolve("out"));
      f.copyTo(work);
      Map<String, String> env = new java.util.LinkedHashMap<>();
      env.put("PATH", "/usr/bin:/bin");
      env.put("HOME", home.toString());
      env.putAll(f.env());
      Output make = runMake(f, work, out, env);
      Output lint = runMakelint(f, work, out, env);
      return compare(f, make, lint);
    } finally {
      if (!keepTemp) {
        deleteTree(base);
      }
    }
  }

  private Result compare(Fixture f, Output make, Output lint) {
    List<String> problems = new ArrayList<>();
    List<String> diffs = new ArrayList<>();
    if (make.timedOut()) {
      problems.add("make did not finish within " + MAKE_TIMEOUT_SECONDS + " s");
      return new Result(f, make, lint, diffs, problems);
    }
    Db makeDb = MakeDbParser.parse(make.stdout(), make.stderr());
    saveArtifacts(f, make, makeDb, lint);
    if (f.expectFatal() != null) {
      Db.Message fatal =
          makeDb.fatalErrors.stream()
              .filter(m -> m.message().contains(f.expectFatal()))
              .findFirst()
              .orElse(null);
      if (fatal == null) {
        problems.add(
            "expect-fatal: make did not stop with an error containing "
                + DbComparator.quote(f.expectFatal()) + "; stderr: " + excerpt(make.stderr()));
        return new Result(f, make, lint, diffs, problems);
      }
      if (lint.timedOut()) {
        diffs.add("makelint did not finish within " + MAKELINT_TIMEOUT_SECONDS + " s");
      } else {
        if (lint.exitCode() != 2) {
          diffs.add("makelint exit status " + lint.exitCode() + ", want 2 (make: " + fatal + ")");
        }
        List<Db.Message> errors = MakelintJson.errors(lint.stdout());
        boolean found =
            errors.stream()
                .anyMatch(
                    // make names no place for some errors ("make: *** No rule ..."); makelint
                    // may point at the line responsible.
                    e -> (fatal.file() == null
                            || (Db.same(e.file(), fatal.file()) && Db.same(e.line(), fatal.line())))
                        && e.message() != null
                        && e.message().contains(f.expectFatal()));
        if (!found) {
          diffs.add(
              "fatal error: make " + DbComparator.quote(fatal.toString()) + ", makelint errors "
                  + (errors.isEmpty() ? "(none); stderr: " + excerpt(lint.stderr()) : errors.toString()));
        }
      }
      return new Result(f, make, lint, diffs, problems);
    }
    if (!makeDb.fatalErrors.isEmpty()) {
      problems.add(
          "make stopped with a fatal error (add '# expect-fatal:' if intended): " + makeDb.fatalErrors);
      return new Result(f, make, lint, diffs, problems);
    }
    if (!make.stderr().contains(MakeDbParser.NO_RULE_DEFAULT) || makeDb.databaseCount == 0) {
      problems.add("make did not print its database as expected (exit " + make.exitCode() + "); stderr: "
          + excerpt(make.stderr()));
      return new Result(f, make, lint, diffs, problems);
    }
    if (lint.timedOut()) {
      diffs.add("makelint did not finish within " + MAKELINT_TIMEOUT_SECONDS + " s");
    } else if (lint.exitCode() != 0 && lint.exitCode() != 1) {
      List<Db.Message> errors = MakelintJson.errors(lint.stdout());
      diffs.add(
          "makelint exit status " + lint.exitCode() + " (make read the makefiles fine)"
              + (errors.isEmpty() ? "" : "; errors: " + errors)
              + "; stderr: " + excerpt(lint.stderr()));
    } else {
      try {
        Db lintDb = MakelintJson.parse(lint.stdout());
        diffs.addAll(DbComparator.compare(makeDb, lintDb, compareTargetVariables));
      } catch (IOException e) {
        diffs.add("makelint's output is not the db JSON (" + e.getMessage() + "): " + excerpt(lint.stdout()));
      }
    }
    return new Result(f, make, lint, diffs, problems);
  }

  /**
   * Saves, under {@code target/differential/<area>/<name>.*}: make's raw streams, make's database
   * as makelint-shaped JSON ({@code .make.json}) and makelint's stdout ({@code .makelint.json}).
   */
  private void saveArtifacts(Fixture f, Output make, Db makeDb, Output lint) {
    try {
      Path dir = projectDir.resolve("target/differential").resolve(f.id()).getParent();
      Files.createDirectories(dir);
      String name = Path.of(f.id()).getFileName().toString();
      Files.writeString(dir.resolve(name + ".make.stdout"), make.stdout(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(name + ".make.stderr"), make.stderr(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(name + ".make.json"), DbJsonWriter.write(makeDb), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(name + ".makelint.json"), lint.stdout(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(name + ".makelint.stderr"), lint.stderr(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      // artifacts are a convenience; the comparison does not depend on them
    }
  }

  static String excerpt(String s) {
    String t = s.strip();
    if (t.isEmpty()) {
      return "(empty)";
    }
    t = t.length() > 400 ? t.substring(0, 400) + "..." : t;
    return DbComparator.quote(t);
  }

  // ---------------------------------------------------------------- make

  static List<String> makeCommand(Fixture f) {
    List<String> cmd = new ArrayList<>(List.of("make", "-p", "-q", "-f", f.mainFile()));
    cmd.addAll(f.makeArgs());
    cmd.add(".DEFAULT");
    return cmd;
  }

  private Output runMake(Fixture f, Path work, Path out, Map<String, String> env)
      throws IOException, InterruptedException {
    List<String> cmd = makeCommand(f);
    Output o = runProcess(cmd, work, out, "make", env, MAKE_TIMEOUT_SECONDS);
    return new Output(o.exitCode(), o.stdout(), o.stderr(), o.timedOut(), describe(env, cmd));
  }

  private static String describe(Map<String, String> env, List<String> cmd) {
    StringBuilder b = new StringBuilder();
    env.forEach((k, v) -> {
      if (!k.equals("PATH") && !k.equals("HOME")) {
        b.append(k).append('=').append(shellQuote(v)).append(' ');
      }
    });
    cmd.forEach(c -> b.append(shellQuote(c)).append(' '));
    return b.toString().strip();
  }

  private static String shellQuote(String s) {
    return s.matches("[A-Za-z0-9_./=:+%,@-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }

  private static Output runProcess(
      List<String> cmd, Path dir, Path out, String tag, Map<String, String> env, int timeout)
      throws IOException, InterruptedException {
    Path stdout = out.resolve(tag + ".stdout");
    Path stderr = out.resolve(tag + ".stderr");
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    pb.redirectOutput(stdout.toFile());
    pb.redirectError(stderr.toFile());
    Process p = pb.start();
    boolean done = p.waitFor(timeout, TimeUnit.SECONDS);
    if (!done) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      p.waitFor(5, TimeUnit.SECONDS);
    }
    return new Output(
        done ? p.exitValue() : -1, read(stdout), read(stderr), !done, String.join(" ", cmd));
  }

  private static String read(Path p) throws IOException {
    return Files.exists(p) ? new String(Files.readAllBytes(p), StandardCharsets.UTF_8) : "";
  }

  // ---------------------------------------------------------------- makelint

  static List<String> makelintArgs(Fixture f, Path work) {
    List<String> args =
        new ArrayList<>(List.of("db", "--format", "json", "--shell=run", "-C", work.toString(),
            "-f", f.mainFile()));
    // Same words as make gets, .DEFAULT goal included (it shows in MAKECMDGOALS). Commands run
    // as make runs them: the comparison is about reading, not about the safe shell policy.
    args.addAll(f.makeArgs());
    args.add(".DEFAULT");
    return args;
  }

  /** Whether makelint must run with make's environment instead of the JVM's (see class doc). */
  static boolean needsCleanEnvironment(Fixture f, Map<String, String> jvmEnv) {
    if (!f.env().isEmpty() || "always".equals(System.getProperty("differential.subprocess"))) {
      return true;
    }
    if (jvmEnv.keySet().stream().anyMatch(MAKE_READS_ITSELF::contains)) {
      return true;
    }
    String text = f.allText();
    for (String name : jvmEnv.keySet()) {
      if (!name.isEmpty()
          && text.contains(name)
          && Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(name) + "(?![A-Za-z0-9_])")
              .matcher(text)
              .find()) {
        return true;
      }
    }
    return false;
  }

  private Output runMakelint(Fixture f, Path work, Path out, Map<String, String> env)
      throws IOException, InterruptedException {
    List<String> args = makelintArgs(f, work);
    if (needsCleanEnvironment(f, System.getenv())) {
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.add("-cp");
      cmd.add(classPath());
      cmd.add(Main.class.getName());
      cmd.addAll(args);
      Output o = runProcess(cmd, work, out, "makelint", env, MAKELINT_TIMEOUT_SECONDS);
      return new Output(o.exitCode(), o.stdout(), o.stderr(), o.timedOut(),
          "(child JVM, make's environment) makelint " + String.join(" ", args));
    }
    return runInProcess(args);
  }

  private String classPath() {
    String cp = System.getProperty("surefire.test.class.path");
    if (cp == null || cp.isBlank()) {
      cp = System.getProperty("java.class.path");
    }
    return projectDir.resolve("target/classes") + java.io.File.pathSeparator + cp;
  }

  private static Output runInProcess(List<String> args) throws InterruptedException {
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    String how = "(in-process) makelint " + String.join(" ", args);
    Future<Integer> future = IN_PROCESS.submit(() -> Main.run(out, err, args.toArray(String[]::new)));
    int code;
    boolean timedOut = false;
    try {
      code = future.get(MAKELINT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      code = -1;
      timedOut = true;
    } catch (ExecutionException e) {
      StringWriter sw = new StringWriter();
      e.getCause().printStackTrace(new PrintWriter(sw));
      err.println("makelint threw: " + sw);
      code = -2;
    }
    return new Output(
        code,
        outBytes.toString(StandardCharsets.UTF_8),
        errBytes.toString(StandardCharsets.UTF_8),
        timedOut,
        how);
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
        q.toFile().setWritable(true);
        Files.deleteIfExists(q);
      }
    }
  }
}
