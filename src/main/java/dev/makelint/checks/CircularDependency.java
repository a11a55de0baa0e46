package dev.makelint.checks;

import dev.makelint.evaluation.Location;
import dev.makelint.rulegraph.Cycle;
import dev.makelint.rulegraph.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A dependency cycle among the targets the goals reach. GNU make breaks it by dropping the edge
 * that closes it ("Circular b <- a dependency dropped."), so the dropped prerequisite is not
 * brought up to date before its target.
 */
public final class CircularDependency implements Check {
  public static final String ID = "circular-dependency";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.WARNING, CheckGroup.MAKE,
      "a dependency cycle; make drops the edge that closes it");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Cycle c : ctx.graph().cycles()) {
      List<String> path = c.path();
      if (path.size() <= 2) {
        continue; // a target that lists itself: self-dependency reports it
      }
      if (path.size() < 2 || c.location() == null || c.location().file() == null) {
        continue;
      }
      String from = path.get(path.size() - 2);
      String to = path.get(path.size() - 1);
      List<RelatedLocation> related = new ArrayList<>();
      for (int i = 0; i + 1 < path.size(); i++) {
        Location edge = edgeLocation(ctx, path.get(i), path.get(i + 1));
        if (edge != null && edge.file() != null) {
          related.add(ctx.related(edge, "'" + path.get(i) + "' depends on '" + path.get(i + 1)
              + "' here"));
        }
      }
      related.addAll(ctx.includeChain(c.location().file()));
      String cycle = String.join(" -> ", path);
      String message = (path.size() == 2
          ? "'" + from + "' depends on itself"
          : "circular dependency " + cycle)
          + "; make drops the prerequisite '" + to + "' of '" + from + "' (\"Circular " + from
          + " <- " + to + " dependency dropped.\")";
      String line = ctx.physicalLine(c.location());
      out.add(ctx.finding(this, message, c.location(), Columns.wordOrStart(line, to), related));
    }
    return out;
  }

  /** The rule line where {@code from} names {@code to} as a prerequisite. */
  private static Location edgeLocation(LintContext ctx, String from, String to) {
    Node n = ctx.graph().node(from);
    if (n == null) {
      return null;
    }
    for (Node.Rule r : n.rules()) {
      for (Node.Edge e : r.prerequisites()) {
        if (e.name().equals(to)) {
          return e.location();
        }
      }
    }
    return null;
  }
}
