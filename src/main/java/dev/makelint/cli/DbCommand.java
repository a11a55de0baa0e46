package dev.makelint.cli;

import dev.makelint.checks.FatalErrors;
import dev.makelint.checks.Finding;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.reporting.DatabaseJson;
import dev.makelint.reporting.DatabaseText;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code makelint db}: what GNU make would hold after reading the makefiles (like make -p). */
@Command(name = "db",
    description = "Print the evaluated make database (the equivalent of make -p) as JSON or text.")
final class DbCommand implements Callable<Integer> {
  @Mixin HelpOptions help;

  @Mixin MakeOptions make;

  @Option(names = "--format", paramLabel = "FORMAT", description = "json or text (default).")
  String format = "text";

  @Spec CommandSpec spec;

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
