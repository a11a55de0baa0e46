package dev.makelint.cli;

import dev.makelint.checks.Finding;
import dev.makelint.checks.LintContext;
import dev.makelint.checks.Linter;
import dev.makelint.checks.Severity;
import dev.makelint.evaluation.EvalOptions;
import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.reporting.FindingsReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import dev.makelint.evaluation.MakeError;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code makelint [OPTIONS] [NAME=VALUE...] [GOAL...]}: lint as make would build. */
@Command(name = "makelint", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Reads GNU Makefiles as GNU make 4.3 does and reports what will go wrong.",
    subcommands = {DbCommand.class})
final class MakelintCommand implements Callable<Integer> {
  @Mixin MakeOptions make;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text (default), json, sarif, github, checkstyle.")
  String format = "text";

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "error (default), warning, info, never.")
  String failOn = "error";

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Severity threshold = null;
    if (!failOn.equals("never")) {
      try {
        threshold = Severity.parse(failOn);
      } catch (IllegalArgumentException e) {
        throw new UsageError("--fail-on: expected error, warning, info or never, got '"
            + failOn + "'");
      }
    }
    if (!format.equals("text") && !format.equals("json")) {
      throw new UsageError("--format: expected text or json, got '" + format + "'");
    }
    EvalOptions eval = make.toEvalOptions();
    MakeDatabase db = Reading.read(make);
    MakeError fatal = db.fatal();
    List<Finding> findings = List.of();
    List<Finding> errors = new ArrayList<>();
    if (fatal == null) {
      try {
        findings = Linter.lint(db, eval.workDir(), eval.goals());
      } catch (MakeError e) {
        // a resource limit (or make's own error) met while expanding recipes for the checks
        fatal = e;
        findings = List.of();
      }
    }
    if (fatal != null) {
      LintContext names = new LintContext(db, null, null, eval.workDir());
      Location at = fatal.location() == null ? Location.NONE : fatal.location();
      errors.add(new Finding(null, Severity.ERROR, fatal.fullMessage(), names.display(at.file()),
          Math.max(1, at.line()), 1, List.of()));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      String v = MakelintCommand.class.getPackage().getImplementationVersion();
      out.println(FindingsReport.json(findings, errors, v == null ? "0.1.0" : v));
      out.flush();
    } else if (fatal != null) {
      ErrorReport.print(spec.commandLine().getErr(), fatal);
    } else {
      FindingsReport.text(findings, errors, out);
    }
    if (fatal != null) {
      return 2;
    }
    for (Finding f : findings) {
      if (threshold != null && f.severity().atLeast(threshold)) {
        return 1;
      }
    }
    return 0;
  }
}
