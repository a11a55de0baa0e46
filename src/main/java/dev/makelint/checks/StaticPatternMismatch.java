package dev.makelint.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A target of a static pattern rule ({@code TARGETS: PATTERN: PREREQS}) that the pattern does not
 * match. GNU make says "target 'x' doesn't match the target pattern" and gives that target no
 * prerequisites from the rule, so {@code $<} is empty in its recipe.
 */
public final class StaticPatternMismatch implements Check {
  public static final String ID = "static-pattern-mismatch";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.ERROR, CheckGroup.MAKE,
      "a target of a static pattern rule that its pattern does not match");

  private static final Pattern MESSAGE =
      Pattern.compile("target '(.*)' doesn't match the target pattern");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (DiagnosticFindings.Match m : DiagnosticFindings.matching(ctx, MESSAGE)) {
      String name = m.matcher().group(1);
      String line = ctx.physicalLine(m.diagnostic().location());
      out.add(ctx.finding(this, "target '" + name + "' doesn't match the target pattern: make "
          + "gives it none of the rule's prerequisites, so $< is empty in its recipe",
          m.diagnostic().location(), Columns.wordOrStart(line, name),
          ctx.includeChain(m.diagnostic().location().file())));
    }
    return out;
  }
}
