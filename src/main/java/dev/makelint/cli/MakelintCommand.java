package dev.makelint.cli;

import dev.makelint.checks.Finding;
import dev.makelint.checks.LintContext;
import dev.makelint.checks.Linter;
import dev.makelint.checks.LintSettings;
import dev.makelint.checks.Severity;
import dev.makelint.evaluation.EvalOptions;
import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.MakeDatabase;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import dev.makelint.evaluation.MakeError;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code makelint [OPTIONS] [NAME=VALUE...] [GOAL...]}: lint as make would build. */
@Command(name = "makelint", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Reads GNU Makefiles as GNU make 4.3 does and reports what will go wrong.",
    subcommands = {DbCommand.class, RulesCommand.class, ExplainCommand.class,
        PreCommitCommand.class, HookCommand.class})
final class MakelintCommand implements Callable<Integer> {
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
    MakeError fatal = db.fatal();
    List<Finding> findings = List.of();
    List<Finding> errors = new ArrayList<>();
    if (fatal != null) {
      LintContext names = new LintContext(db, null, null, eval.workDir(), LintSettings.defaults());
      Location at = fatal.location() == null ? Location.NONE : fatal.location();
      errors.add(new Finding(null, Severity.ERROR, fatal.getMessage(), names.display(at.file()),
          Math.max(1, at.line()), 1, List.of()));
    } else {
      findings = Linter.lint(db, eval.workDir(), eval.goals(), settings);
    }
    PrintWriter out = spec.commandLine().getOut();
    report.write(out, findings, errors, eval.workDir(),
        ReportOptions.filesRead(db, eval.workDir()), settings);
    if (fatal != null) {
      return 2;
    }
    return report.status(findings);
  }
}
