package dev.makelint.cli;

import dev.makelint.checks.Check;
import dev.makelint.checks.CheckDocs;
import dev.makelint.checks.Checks;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code makelint explain ID}: the check's documentation, as in docs/checks/ID.md. */
@Command(name = "explain",
    description = "Print a check's documentation: what it finds, why, an example and the fix.")
final class ExplainCommand implements Callable<Integer> {
  @Mixin HelpOptions help;

  @Parameters(paramLabel = "ID", description = "A check id or checkmake rule name.")
  String id;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Check c = Checks.find(id);
    if (c == null) {
      try {
        Checks.select(id); // a group, or an unknown name with a suggestion
      } catch (IllegalArgumentException e) {
        throw new UsageError(e.getMessage());
      }
      throw new UsageError("'" + id + "' is a group of checks; 'makelint rules' lists them");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(CheckDocs.render(c.info()));
    out.flush();
    return 0;
  }
}
