package dev.makelint.cli;

import dev.makelint.evaluation.MakeDatabase;
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
    MakeDatabase db = Reading.read(make);
    MakeError fatal = db.fatal();
    if (fatal != null) {
      ErrorReport.print(spec.commandLine().getErr(), fatal);
      return 2;
    }
    return 0;
  }
}
