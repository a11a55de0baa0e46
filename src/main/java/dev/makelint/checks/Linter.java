package dev.makelint.checks;

import dev.makelint.buildmodel.BuildModel;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.rulegraph.RuleGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every check on an evaluated database and returns the findings in file order. */
public final class Linter {
  private Linter() {}

  /** All checks, in a stable order. */
  public static List<Check> checks() {
    return List.of(new DuplicateSourceInLink(), new DuplicateObjectInLink(),
        new OverridingRecipe(), new MissingPrerequisite());
  }

  /**
   * Lints {@code db} for {@code goals} (the default goal when empty).
   *
   * @param workDir the directory make would run in
   */
  public static List<Finding> lint(MakeDatabase db, Path workDir, List<String> goals) {
    RuleGraph graph = RuleGraph.build(db, workDir, goals);
    BuildModel model = BuildModel.build(db, graph);
    LintContext ctx = new LintContext(db, graph, model, workDir);
    List<Finding> out = new ArrayList<>();
    for (Check c : checks()) {
      out.addAll(c.run(ctx));
    }
    out.sort(Comparator.comparing((Finding f) -> f.file() == null ? "" : f.file())
        .thenComparingInt(Finding::line).thenComparing(Finding::check));
    return out;
  }
}
