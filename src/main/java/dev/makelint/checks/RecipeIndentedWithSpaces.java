package dev.makelint.checks;

import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.ReadLine;
import dev.makelint.syntax.Directive;
import java.util.ArrayList;
import java.util.List;

/**
 * A line right after a rule or its recipe, indented like a recipe line but not with the recipe
 * prefix (a tab), that make reads without complaint as something else: {@code CFLAGS=-O2
 * ./configure} becomes an assignment, {@code cp a b: c} a rule. (Lines make cannot read at all stop
 * it with "missing separator", which missing-separator reports.)
 */
public final class RecipeIndentedWithSpaces implements Check {
  public static final String ID = "recipe-indented-with-spaces";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.ERROR, CheckGroup.HYGIENE,
      "a recipe line indented with spaces is read as an assignment or a rule");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    List<Finding> out = new ArrayList<>();
    List<ReadLine> lines = LineTrace.of(ctx).lines();
    ReadLine rule = null;
    for (int i = 1; i < lines.size(); i++) {
      ReadLine prev = lines.get(i - 1);
      if (prev.kind() == ReadLine.Kind.RULE) {
        rule = prev;
      }
      ReadLine l = lines.get(i);
      boolean readAsOther = l.kind() == ReadLine.Kind.ASSIGNMENT
          || l.kind() == ReadLine.Kind.RULE || l.kind() == ReadLine.Kind.TARGET_VARIABLE;
      if (!readAsOther || l.fromEval() || prev.fromEval() || l.text().isEmpty()
          || (l.text().charAt(0) != ' ' && l.text().charAt(0) != '\t')
          || (prev.kind() != ReadLine.Kind.RULE && prev.kind() != ReadLine.Kind.RECIPE)
          || !adjacent(prev, l) || rule == null) {
        continue;
      }
      int indent = 0;
      while (indent < l.text().length() && Character.isWhitespace(l.text().charAt(indent))) {
        indent++;
      }
      String prefix = l.text().charAt(0) == '\t'
          ? "the recipe prefix is not a tab here (.RECIPEPREFIX)" : "it is indented with spaces";
      String became;
      if (l.kind() == ReadLine.Kind.ASSIGNMENT
          && LineTrace.directive(l) instanceof Directive.Assign a) {
        became = "an assignment to the variable '" + a.name().strip() + "'";
      } else if (l.kind() == ReadLine.Kind.TARGET_VARIABLE) {
        became = "a target-specific variable assignment";
      } else {
        int colon = LineTrace.ruleColon(l.text());
        String targets = colon < 0 ? "" : l.text().substring(indent, colon).strip();
        became = "a rule for '" + targets + "'";
      }
      Location ruleAt = rule.location();
      out.add(ctx.finding(this, "this line follows the rule at line " + ruleAt.line()
          + " like a recipe line, but " + prefix + ", so make reads it as " + became
          + " and never runs it", l.location(), LineTrace.column(l, indent),
          List.of(ctx.related(ruleAt, "the rule it was meant for"))));
    }
    return out;
  }

  /** {@code next} starts on the physical line right after {@code prev} ends. */
  private static boolean adjacent(ReadLine prev, ReadLine next) {
    Location a = prev.location();
    Location b = next.location();
    return a.file() != null && a.file().equals(b.file())
        && a.line() + prev.lineCount() == b.line();
  }
}
