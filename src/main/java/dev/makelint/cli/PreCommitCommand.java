package dev.makelint.cli;

import static dev.makelint.cli.FieldBinding.option;
import static dev.makelint.cli.FieldBinding.positional;

import dev.makelint.checks.FatalErrors;
import dev.makelint.checks.Finding;
import dev.makelint.checks.LintSettings;
import dev.makelint.checks.Linter;
import dev.makelint.checks.RelatedLocation;
import dev.makelint.evaluation.EvalOptions;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.MakefileRead;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code makelint pre-commit [FILE…]}: what a pre-commit hook runs with the changed files. A
 * changed file is never linted alone: for each one, the top-level makefiles ({@code GNUmakefile},
 * {@code makefile} or {@code Makefile}, the one make would pick, in the file's directory and each
 * directory above it up to the repository root) are read, and those whose reading reads the file
 * are linted, each once, in its own directory. Reported are the findings that involve a changed
 * file: the finding's own file or one of its related locations.
 */
final class PreCommitCommand implements Callable<Integer> {
  final HelpOptions help = new HelpOptions();

  final CheckSelection selection = new CheckSelection();

  final ReportOptions report = new ReportOptions();

  Path directory;

  List<String> includeDirs = new ArrayList<>();

  boolean noBuiltinRules;

  boolean noBuiltinVariables;

  String platform;

  MakeOptions.ShellMode shell = MakeOptions.ShellMode.safe;

  List<String> words = new ArrayList<>();

  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

  PreCommitCommand() {
    spec.name("pre-commit").usageMessage().description(
        "Lint the makefiles that read the given changed files, as a pre-commit hook.",
        "Each changed file is checked through the top-level makefile(s) that read it "
            + "(GNUmakefile, makefile or Makefile in its directory or one above it, up to the "
            + "repository root), never alone. Only findings that involve a changed file are "
            + "reported; file names are relative to the working directory.");
    help.declare(spec);
    selection.declare(spec);
    report.declare(spec);
    spec.addOption(option(this, "directory", "-C", "--directory").paramLabel("DIR")
        .description("Work in DIR: FILES are relative to it (default: the current directory, "
            + "where pre-commit and git run hooks).").build());
    MakeOptions.declareReading(this, spec);
    spec.addPositional(positional(this, "words").index("0..*").arity("0..1")
        .paramLabel("FILE|NAME=VALUE")
        .description("Changed files (as pre-commit passes them), and command-line variables "
            + "for every makefile read.").build());
  }

  CommandSpec spec() {
    return spec;
  }

  /** Names that are makefiles or fragments by convention: a note when none of them is read. */
  private static final Pattern MAKEFILE_NAME = Pattern.compile(
      "(?i)(?:gnu)?makefile(?:\\..*)?|.*\\.(?:mk|mak|make)");

  /** By file, line, column, check and message (written out, not combined: README, Start-up). */
  private static final Comparator<Finding> FILE_ORDER = new Comparator<>() {
    @Override
    public int compare(Finding a, Finding b) {
      int c = orEmpty(a.file()).compareTo(orEmpty(b.file()));
      if (c == 0) {
        c = Integer.compare(a.line(), b.line());
      }
      if (c == 0) {
        c = Integer.compare(a.column(), b.column());
      }
      if (c == 0) {
        c = orEmpty(a.check()).compareTo(orEmpty(b.check()));
      }
      return c != 0 ? c : a.message().compareTo(b.message());
    }
  };

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** One top-level makefile's reading. */
  private record Top(Path dir, MakeOptions options, MakeDatabase db, Set<Path> reads) {}

  @Override
  public Integer call() {
    report.validate();
    Path base = (directory == null ? Path.of("") : directory).toAbsolutePath().normalize();
    if (!Files.isDirectory(base)) {
      throw new UsageError("-C " + directory + ": no such directory");
    }
    Path root = repositoryRoot(base);
    List<String> vars = new ArrayList<>();
    Map<Path, Path> changed = new LinkedHashMap<>(); // canonical → as named from base
    for (String w : words) {
      Path p = base.resolve(w).normalize();
      if (w.indexOf('=') > 0 && !Files.exists(p)) {
        vars.add(w);
      } else if (Files.isRegularFile(p)) { // deleted files are not passed; ignore them anyway
        changed.putIfAbsent(canonical(p), p);
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    Map<Path, Top> tops = new LinkedHashMap<>(); // top makefile directory → its reading
    Set<Path> linted = new LinkedHashSet<>();
    for (Map.Entry<Path, Path> c : changed.entrySet()) {
      Path file = c.getValue();
      boolean read = false;
      Top stopped = null;
      for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
        if (!dir.startsWith(root) && !dir.equals(file.getParent())) {
          break;
        }
        if (topMakefile(dir) != null) {
          Top t = tops.get(dir);
          if (t == null) {
            tops.put(dir, t = read(dir, vars));
          }
          if (t.reads().contains(c.getKey())) {
            linted.add(dir);
            read = true;
          } else if (t.db().fatal() != null) {
            stopped = t;
          }
        }
        if (dir.equals(root)) {
          break;
        }
      }
      if (!read && MAKEFILE_NAME.matcher(file.getFileName().toString()).matches()) {
        String why = stopped == null ? "" : " (" + display(base, stopped.dir().resolve(
            topMakefile(stopped.dir()))) + " stops with an error before: "
            + stopped.db().fatal().getMessage() + ")";
        err.println("makelint: " + display(base, file) + ": not read by any makefile in its "
            + "directory or above it" + why + "; not checked");
      }
    }
    err.flush();

    Set<Path> changedFiles = changed.keySet();
    Set<Finding> findings = new LinkedHashSet<>();
    Set<Finding> errors = new LinkedHashSet<>();
    Set<Path> filesRead = new HashSet<>();
    LintSettings baseSettings = selection.settings(base);
    boolean makeStops = false;
    for (Path dir : linted) {
      Top t = tops.get(dir);
      makeStops |= t.db().fatal() != null;
      filesRead.addAll(t.reads());
      if (t.db().fatal() != null && !t.db().readCompletely()) {
        // the same located error, with its check id and column, as the lint command reports
        errors.add(rebase(base, dir, FatalErrors.of(t.db(), dir)));
        continue;
      }
      EvalOptions eval = t.options().toEvalOptions();
      LintSettings settings = selection.settings(dir);
      for (Finding f : Linter.lint(t.db(), dir, eval.goals(), settings)) {
        if (involves(f, dir, changedFiles)) {
          findings.add(rebase(base, dir, f));
        }
      }
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(FILE_ORDER);
    PrintWriter out = spec.commandLine().getOut();
    report.write(out, sorted, new ArrayList<>(errors), base, filesRead.size(), baseSettings);
    return makeStops ? 2 : report.status(sorted); // as the lint command: make would stop
  }

  /** Reads the top-level makefile of {@code dir} as {@code make -C dir VARS} would. */
  private Top read(Path dir, List<String> vars) {
    MakeOptions m = new MakeOptions();
    m.directory = dir;
    m.includeDirs = new ArrayList<>(includeDirs);
    m.noBuiltinRules = noBuiltinRules;
    m.noBuiltinVariables = noBuiltinVariables;
    m.platform = platform;
    m.shell = shell;
    m.words = new ArrayList<>(vars);
    MakeDatabase db = Reading.read(m);
    Set<Path> reads = new HashSet<>();
    for (MakefileRead r : db.makefiles()) {
      if (r.name() != null) {
        reads.add(canonical(dir.resolve(r.name()).normalize()));
      }
    }
    return new Top(dir, m, db, reads);
  }

  /** The makefile make would read in {@code dir} without -f, or null. */
  static String topMakefile(Path dir) {
    for (String name : new String[] {"GNUmakefile", "makefile", "Makefile"}) {
      if (Files.isRegularFile(dir.resolve(name))) {
        return name;
      }
    }
    return null;
  }

  /** The git working tree holding {@code dir} (the nearest directory with .git), else dir. */
  static Path repositoryRoot(Path dir) {
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(".git"))) {
        return d;
      }
    }
    return dir;
  }

  private static boolean involves(Finding f, Path dir, Set<Path> changed) {
    if (f.file() != null && changed.contains(canonical(dir.resolve(f.file()).normalize()))) {
      return true;
    }
    for (RelatedLocation r : f.related()) {
      if (r.file() != null && changed.contains(canonical(dir.resolve(r.file()).normalize()))) {
        return true;
      }
    }
    return false;
  }

  /** A finding made in {@code dir}, its file names made relative to {@code base}. */
  private static Finding rebase(Path base, Path dir, Finding f) {
    List<RelatedLocation> related = new ArrayList<>();
    for (RelatedLocation r : f.related()) {
      related.add(new RelatedLocation(rebase(base, dir, r.file()), r.line(), r.column(),
          r.message()));
    }
    return new Finding(f.check(), f.severity(), f.message(), rebase(base, dir, f.file()),
        f.line(), f.column(), related);
  }

  private static String rebase(Path base, Path dir, String file) {
    return file == null ? null : display(base, dir.resolve(file).normalize());
  }

  private static String display(Path base, Path p) {
    return p.startsWith(base) ? base.relativize(p).toString() : p.toString();
  }

  /** The real path when it can be had (symbolic links resolved), else the normalized one. */
  static Path canonical(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException | RuntimeException e) {
      return p.toAbsolutePath().normalize();
    }
  }
}
