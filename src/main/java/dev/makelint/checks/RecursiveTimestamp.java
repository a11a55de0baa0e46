package dev.makelint.checks;

import dev.makelint.evaluation.Flavor;
import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.Origin;
import dev.makelint.evaluation.PatternVariable;
import dev.makelint.evaluation.Target;
import dev.makelint.evaluation.Variable;
import dev.makelint.syntax.BuiltinFunction;
import dev.makelint.syntax.Expr;
import dev.makelint.syntax.ExprParser;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A recursive variable ({@code =} or {@code ?=}) whose value runs {@code date} through
 * {@code $(shell …)}: make runs the command again at every expansion, so two uses in one build
 * (a file name and the recipe that writes it, two recipe lines) can see different times.
 * Reported whatever the number of uses: a recipe line of a pattern rule or a variable used inside
 * another expands it many times from one textual use, and {@code :=} is never worse.
 */
public final class RecursiveTimestamp implements Check {
  public static final String ID = "recursive-timestamp";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.WARNING, CheckGroup.HYGIENE,
      "a recursive variable that runs date, so its value changes during the build")
      .withAliases("timestampexpanded");

  /** {@code date} as a command word (not {@code --date=} or {@code update}). */
  private static final Pattern DATE = Pattern.compile("(?<![\\w./=-])date(?![\\w.-])");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    Map<Variable, String> scopes = new IdentityHashMap<>();
    List<Variable> candidates = new ArrayList<>();
    for (Variable v : ctx.db().globals().all()) {
      candidates.add(v);
      scopes.put(v, null);
    }
    for (Target t : ctx.db().targets()) {
      if (t.variables() != null) {
        for (Variable v : t.variables().all()) {
          candidates.add(v);
          scopes.put(v, "for target '" + t.name() + "'");
        }
      }
    }
    for (PatternVariable pv : ctx.db().patternVariables()) {
      candidates.add(pv.variable());
      scopes.put(pv.variable(), "for targets matching '" + pv.pattern() + "'");
    }
    List<Finding> out = new ArrayList<>();
    for (Variable v : candidates) {
      if (v.flavor() != Flavor.RECURSIVE
          || (v.origin() != Origin.MAKEFILE && v.origin() != Origin.OVERRIDE)
          || v.location() == null || v.location().file() == null
          || !runsDate(ExprParser.parse(v.value()), v.value())) {
        continue;
      }
      LineSearch.Hit hit = LineSearch.inStatement(ctx, v.location(), RecursiveTimestamp::column);
      Location at = hit == null ? v.location() : hit.at();
      int column = hit == null ? Columns.firstNonBlank(ctx.physicalLine(at)) : hit.column();
      String scope = scopes.get(v);
      out.add(ctx.finding(this, "'" + v.name() + "'" + (scope == null ? "" : " (" + scope + ")")
          + " is a recursive variable that runs 'date': make runs it again at every use, so "
          + "the timestamp can change within one build; assign it with ':=' (for '?=', "
          + "'ifndef " + v.name() + "' then ':=')", at, column,
          ctx.includeChain(at.file())));
    }
    return out;
  }

  /** Whether {@code e} contains a $(shell …) whose command runs date. */
  private static boolean runsDate(Expr e, String text) {
    if (e instanceof Expr.FuncCall f) {
      if (f.function() == BuiltinFunction.SHELL && !f.args().isEmpty()) {
        Expr arg = f.args().get(0);
        String command = text.substring(arg.start(), arg.end());
        if (DATE.matcher(command).find()) {
          return true;
        }
      }
      for (Expr a : f.args()) {
        if (runsDate(a, text)) {
          return true;
        }
      }
    } else if (e instanceof Expr.Concat c) {
      for (Expr p : c.parts()) {
        if (runsDate(p, text)) {
          return true;
        }
      }
    } else if (e instanceof Expr.VarRef r) {
      return runsDate(r.name(), text);
    }
    return false;
  }

  /** The column of the {@code $(shell} that runs date on this line, else of {@code date}. */
  private static int column(String line) {
    var m = DATE.matcher(line);
    if (!m.find()) {
      return 0;
    }
    int shell = Math.max(line.lastIndexOf("$(shell", m.start()),
        line.lastIndexOf("${shell", m.start()));
    return (shell >= 0 ? shell : m.start()) + 1;
  }
}
