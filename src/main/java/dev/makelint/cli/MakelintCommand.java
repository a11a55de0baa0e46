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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code makelint [OPTIONS] [NAME=VALUE...] [GOAL...]}: lint as make would build. */
@Command(name = "makelint",
    versionProvider = VersionProvider.class,
    description = "Reads GNU Makefiles as GNU make 4.3 does and reports what will go wrong.")
final class MakelintCommand implements Callable<Integer> {
  @Mixin HelpOptions help;

  static {
    // picocli registers converters for java.sql and java.time types by reflection for every
    // command line it builds. makelint has no option of those types, and loading them
    // (java.time.MonthDay's initialiser builds a date formatter) cost about 8 ms of CPU per start.
    // picocli's documented switch leaves them out; a value the user set is kept. picocli matches
    // each name against it with String.matches, so it names the classes rather than using ".*",
    // whose first use in a regex bootstraps lambdas (wall-clock profile, 6 runs on
    // bench/realworld: the command thread's samples 1,190 -> 986).
    if (System.getProperty("picocli.converters.excludes") == null) {
      System.setProperty("picocli.converters.excludes", "java\\.(sql\\.(Connection|Driver|Time"
          + "|Timestamp)|time\\.(Duration|Instant|LocalDate|LocalDateTime|LocalTime|MonthDay"
          + "|OffsetDateTime|OffsetTime|Period|Year|YearMonth|ZoneId|ZoneOffset|ZonedDateTime))");
    }
  }

  /** The subcommands' names, in the order help lists them. */
  static final List<String> SUBCOMMANDS = List.of("db", "rules", "explain", "pre-commit", "hook");

  /**
   * The command line for {@code args}. Subcommands are registered only when an argument may name
   * one or asks for help: picocli builds every registered command's model by reflection, which
   * is a large part of start-up, and plain linting (the hook's and CI's case) needs none of them.
   */
  static CommandLine commandLine(String... args) {
    CommandLine cl = new CommandLine(new MakelintCommand());
    if (args == null || mayNameSubcommand(args)) {
      addSubcommands(cl);
    }
    return cl;
  }

  /** Registers every subcommand (help, man page and completion need them all). */
  static CommandLine addSubcommands(CommandLine cl) {
    cl.addSubcommand(new DbCommand());
    cl.addSubcommand(new RulesCommand());
    cl.addSubcommand(new ExplainCommand());
    cl.addSubcommand(new PreCommitCommand());
    cl.addSubcommand(new HookCommand());
    return cl;
  }

  /** Conservative: true for any word that is a subcommand's name or may ask for help. */
  static boolean mayNameSubcommand(String[] args) {
    for (String a : args) {
      if (a == null) {
        continue;
      }
      if (SUBCOMMANDS.contains(a) || a.equals("--help") || a.equals("--")
          || (a.startsWith("-") && !a.startsWith("--") && a.indexOf('h') > 0)) {
        return true;
      }
    }
    return false;
  }

  @Mixin MakeOptions make;

  @Mixin CheckSelection selection;

  @Mixin ReportOptions report;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    report.validate();
    EvalOptions eval = make.toEvalOptions();
    LintSettings settings = selection.settings(eval.workDir());
    MakeDatabase db = Reading.read(make);
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
    report.write(out, findings, errors, eval.workDir(),
        ReportOptions.filesRead(db, eval.workDir()), settings);
    if (stopped != null) {
      // make would stop here: the input cannot be built as it stands
      return 2;
    }
    return report.status(findings);
  }
}
