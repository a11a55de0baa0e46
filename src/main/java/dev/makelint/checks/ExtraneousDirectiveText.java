package dev.makelint.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text after a directive that takes none, or after the arguments of one that does: {@code endif
 * DEBUG}, {@code else junk}, {@code ifeq (a,b) c}, {@code define X junk}, {@code endef x}. GNU
 * make warns "extraneous text after 'endif' directive" and ignores the text, which is often a
 * condition the author meant make to test.
 */
public final class ExtraneousDirectiveText implements Check {
  public static final String ID = "extraneous-directive-text";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.WARNING, CheckGroup.MAKE,
      "text after a directive, which make ignores");

  private static final Pattern MESSAGE =
      Pattern.compile("(?:warning: )?extraneous text after '(\\w+)' directive");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (DiagnosticFindings.Match m : DiagnosticFindings.matching(ctx, MESSAGE)) {
      String directive = m.matcher().group(1);
      String line = ctx.physicalLine(m.diagnostic().location());
      out.add(ctx.finding(this, "extraneous text after '" + directive + "' directive: make "
          + "ignores it" + (directive.equals("else") ? " (for another condition write 'else "
          + "ifeq (…)' or 'else ifdef …')" : ""), m.diagnostic().location(),
          Columns.wordOrStart(line, directive),
          ctx.includeChain(m.diagnostic().location().file())));
    }
    return out;
  }
}
