package dev.makelint.checks;

import dev.makelint.buildmodel.BuildModel;
import dev.makelint.evaluation.ShellCall;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every other error that stops GNU make: while it reads the makefiles ({@code $(error …)}, a
 * missing {@code endif} or {@code endef}, a recursive variable that references itself, an
 * unterminated variable reference, a static pattern rule without a pattern, a missing include
 * with no rule to make it, and the like), and while it expands the recipe of a target the goals
 * reach. The message is make's own.
 */
public final class FatalMakeError implements Check {
  public static final String ID = "make-error";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.ERROR, CheckGroup.MAKE,
      "an error that stops make, while it reads the makefiles or expands a recipe");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    // A whole database with a fatal error means a missing include: missing-include reports it.
    List<Finding> out = new ArrayList<>(ctx.db().readCompletely() ? List.of()
        : FatalErrors.findings(ctx, INFO));
    if (ctx.model() == null) {
      return out;
    }
    Set<String> seen = new HashSet<>();
    for (BuildModel.ExpansionError e : ctx.model().expansionErrors()) {
      if (dependsOnShellNotRun(ctx, e)) {
        continue; // e.g. $(if $(shell which cc),,$(error …)): safe mode ran nothing
      }
      Finding f = FatalErrors.of(e.error(), ctx);
      if (f.file() == null || !seen.add(f.file() + ":" + f.line() + ":" + f.message())) {
        continue;
      }
      List<RelatedLocation> related = new ArrayList<>();
      String recipeFile = ctx.display(e.recipeLine().file());
      if (!(f.file().equals(recipeFile) && f.line() == e.recipeLine().line())) {
        related.add(ctx.related(e.recipeLine(), "make stops here when it runs the recipe of '"
            + e.node().name() + "'"));
      }
      related.addAll(f.related());
      out.add(new Finding(ID, INFO.severity(), f.message(), f.file(), f.line(), f.column(),
          related));
    }
    return out;
  }

  /** Whether a $(shell) that safe mode did not run was expanded on the same recipe line. */
  private static boolean dependsOnShellNotRun(LintContext ctx, BuildModel.ExpansionError e) {
    for (ShellCall call : ctx.db().shellCalls()) {
      if (!call.executed() && e.recipeLine().equals(call.location())) {
        return true;
      }
    }
    return false;
  }
}
