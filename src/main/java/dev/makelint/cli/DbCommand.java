package dev.makelint.cli;

import static dev.makelint.cli.FieldBinding.option;

import dev.makelint.checks.FatalErrors;
import dev.makelint.checks.Finding;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.reporting.DatabaseJson;
import dev.makelint.reporting.DatabaseText;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code makelint db}: what GNU make would hold after reading the makefiles (like make -p). */
final class DbCommand implements Callable<Integer> {
  final HelpOptions help = new HelpOptions();

  final MakeOptions make = new MakeOptions();

  String format = "text";

  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

  DbCommand() {
    spec.name("db").usageMessage().description(
        "Print the evaluated make database (the equivalent of make -p) as JSON or text.");
    help.declare(spec);
    make.declare(spec);
    spec.addOption(option(this, "format", "--format").paramLabel("FORMAT")
        .description("json or text (default).").build());
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws Exception {
    MakeDatabase db = Reading.read(make);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "json" -> {
        out.flush();
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        DatabaseJson.write(db, buf);
        out.print(buf.toString(java.nio.charset.StandardCharsets.UTF_8));
        out.println();
        out.flush();
      }
      case "text" -> DatabaseText.write(db, out);
      default -> throw new UsageError("--format: expected json or text, got '" + format + "'");
    }
    Finding fatal = FatalErrors.of(db, make.toEvalOptions().workDir());
    if (fatal != null) {
      ErrorReport.print(spec.commandLine().getErr(), fatal);
      return 2;
    }
    return 0;
  }
}
