package dev.makelint.cli;

import static dev.makelint.cli.FieldBinding.positional;

import dev.makelint.checks.Check;
import dev.makelint.checks.CheckDocs;
import dev.makelint.checks.Checks;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code makelint explain ID}: the check's documentation, as in docs/checks/ID.md. */
final class ExplainCommand implements Callable<Integer> {
  final HelpOptions help = new HelpOptions();

  String id;

  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

  ExplainCommand() {
    spec.name("explain").usageMessage().description(
        "Print a check's documentation: what it finds, why, an example and the fix.");
    help.declare(spec);
    spec.addPositional(positional(this, "id").index("0").arity("1").required(true)
        .paramLabel("ID").description("A check id or checkmake rule name.").build());
  }

  CommandSpec spec() {
    return spec;
  }

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
