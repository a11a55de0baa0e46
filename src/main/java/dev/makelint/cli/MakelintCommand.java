package dev.makelint.cli;

import dev.makelint.checks.FatalErrors;
import dev.makelint.checks.Finding;
import dev.makelint.checks.LintContext;
import dev.makelint.checks.LintSettings;
import dev.makelint.checks.Linter;
import dev.makelint.checks.MissingInclude;
import dev.makelint.checks.Severity;
import dev.makelint.evaluation.EvalOptions;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.MakeError;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code makelint [OPTIONS] [NAME=VALUE...] [GOAL...]}: lint as make would build. */
final class MakelintCommand implements Callable<Integer> {

  static {
    // picocli registers converters for java.sql and java.time types by reflection for every
    // command line it builds. makelint has no option of those types, and loading them
    // (java.time.MonthDay's initialiser builds a date formatter) cost about 8 ms of CPU per start.
    // picocli's documented switch leaves them out; a value the user set is kept. picocli compiles
    // it once per name (String.matches, 18 names), so it is short: the earlier alternation of the
    // 18 names took 2.7 ms of a seed-case run, and \w is a class the model's own patterns
    // already use.
    if (System.getProperty("picocli.converters.excludes") == null) {
      System.setProperty("picocli.converters.excludes", "java\\.(sql|time)\\.\\w+");
    }
    // picocli looks for Groovy's Closure class (to run closures given in annotations) the first
    // time it makes an object; the failed class lookup cost 2.9 ms of a seed-case run, and
    // makelint has no annotations. picocli's documented switch turns the lookup off.
    if (System.getProperty("picocli.disable.closures") == null) {
      System.setProperty("picocli.disable.closures", "true");
    }
  }

  /** The subcommands' names, in the order help lists them. */
  static final List<String> SUBCOMMANDS = List.of("db", "rules", "explain", "pre-commit", "hook");

  final HelpOptions help = new HelpOptions();

  final MakeOptions make = new MakeOptions();

  final CheckSelection selection = new CheckSelection();

  final ReportOptions report = new ReportOptions();

  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

  MakelintCommand() {
    spec.name("makelint").versionProvider(new VersionProvider());
    spec.usageMessage().description(
        "Reads GNU Makefiles as GNU make 4.3 does and reports what will go wrong.");
    help.declare(spec);
    make.declare(spec);
    selection.declare(spec);
    report.declare(spec);
  }

  /** The command line for {@code args}, with the subcommands {@code args} may need. */
  static CommandLine commandLine(String... args) {
    CommandLine cl = new CommandLine(new MakelintCommand().spec);
    if (args == null || needsEverySubcommand(args)) {
      addSubcommands(cl);
    } else {
      // Only the subcommands named: each is a model to build, and plain linting (the CI case)
      // needs none of them, the pre-commit hook one.
      for (String a : args) {
        CommandSpec sub = a == null || cl.getSubcommands().containsKey(a) ? null : subcommand(a);
        if (sub != null) {
          cl.addSubcommand(sub);
        }
      }
    }
    // As make takes them: "-k -n" (two of the flags make has and makelint ignores) or "-j4 -j8"
    // is no error, and the last value given wins.
    cl.setOverwrittenOptionsAllowed(true);
    return cl;
  }

  /** Registers every subcommand (help, man page and completion need them all). */
  static CommandLine addSubcommands(CommandLine cl) {
    for (String name : SUBCOMMANDS) {
      cl.addSubcommand(subcommand(name));
    }
    return cl;
  }

  /** The subcommand called {@code name}, or null. */
  private static CommandSpec subcommand(String name) {
    return switch (name) {
      case "db" -> new DbCommand().spec();
      case "rules" -> new RulesCommand().spec();
      case "explain" -> new ExplainCommand().spec();
      case "pre-commit" -> new PreCommitCommand().spec();
      case "hook" -> new HookCommand().spec();
      default -> null;
    };
  }

  /** Conservative: true for any word that may ask for help (which lists every subcommand). */
  static boolean needsEverySubcommand(String[] args) {
    for (String a : args) {
      if (a != null && (a.equals("--help") || a.equals("--")
          || (a.startsWith("-") && !a.startsWith("--") && a.indexOf('h') > 0))) {
        return true;
      }
    }
    return false;
  }

  /** This command's model. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    report.validate();
    EvalOptions eval = make.toEvalOptions();
    LintSettings settings = selection.settings(eval.workDir());
    Timeline.mark("read");
    MakeDatabase db = Reading.read(make);
    Timeline.mark("lint");
    Finding fatal = FatalErrors.of(db, eval.workDir());
    List<Finding> findings = List.of();
    List<Finding> errors = new ArrayList<>();
    // A missing include stops make only after every makefile was read: the database is whole,
    // so lint it; the missing-include finding then stands for the fatal error.
    boolean lintable = db.fatal() == null || db.readCompletely();
    MakeError stopped = db.fatal();
    if (lintable) {
      try {
        findings = Linter.lint(db, eval.workDir(), eval.goals(), settings);
      } catch (MakeError e) {
        // a resource limit met while expanding recipes for the checks: reported, exit 2
        stopped = e;
        fatal = FatalErrors.of(e, new LintContext(db, null, null, eval.workDir(), settings));
        findings = List.of();
      }
    }
    boolean fatalReported = db.fatal() != null
        && findings.stream().anyMatch(f -> MissingInclude.ID.equals(f.check()));
    if (fatal != null && !fatalReported) {
      errors.add(fatal);
    }
    PrintWriter out = spec.commandLine().getOut();
    Timeline.mark("report");
    report.write(out, findings, errors, eval.workDir(),
        ReportOptions.filesRead(db, eval.workDir()), settings);
    Timeline.mark("done");
    if (stopped != null) {
      // make would stop here: the input cannot be built as it stands
      return 2;
    }
    return report.status(findings);
  }
}
