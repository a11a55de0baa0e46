package dev.makelint.checks;

import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.Origin;
import dev.makelint.evaluation.PatternRule;
import dev.makelint.evaluation.ReadLine;
import dev.makelint.evaluation.Recipe;
import dev.makelint.evaluation.RuleEntry;
import dev.makelint.evaluation.Target;
import dev.makelint.evaluation.Variable;
import dev.makelint.syntax.AssignOp;
import dev.makelint.syntax.BuiltinFunction;
import dev.makelint.syntax.Directive;
import dev.makelint.syntax.Expr;
import dev.makelint.syntax.ExprParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code VAR = $(shell ...)}: a recursive variable runs its command again every time it is
 * expanded. Reported when the variable is expanded more than once: referenced from several places,
 * from a recipe shared by several targets or a pattern rule, from another recursive variable used
 * several times, or exported (make expands exported variables for every recipe it runs). A
 * {@code date} command is left to recursive-timestamp.
 */
public final class ShellInRecursiveVariable implements Check {
  public static final String ID = "shell-in-recursive-variable";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.WARNING, CheckGroup.HYGIENE,
      "$(shell) in a recursive variable runs again at every expansion");

  /** Stands for "every recipe make runs": more than any count that matters here. */
  private static final int MANY = 1000;
  private static final Pattern DATE = Pattern.compile("\\bdate\\b");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    List<Finding> out = new ArrayList<>();
    Map<String, String> candidates = new LinkedHashMap<>();
    for (Variable v : ctx.db().globals().all()) {
      if (!v.recursive() || (v.origin() != Origin.MAKEFILE && v.origin() != Origin.OVERRIDE)) {
        continue;
      }
      String command = shellCommand(ExprParser.parse(v.value()));
      if (command != null && !DATE.matcher(command).find()) {
        candidates.put(v.name(), command);
      }
    }
    if (candidates.isEmpty()) {
      return out;
    }
    Uses uses = new Uses(ctx);
    for (Map.Entry<String, String> c : candidates.entrySet()) {
      String name = c.getKey();
      Variable v = ctx.db().variable(name);
      boolean exported = Boolean.TRUE.equals(v.export()) || uses.exportAll;
      int n = exported && uses.anyRecipe ? MANY : uses.of(name);
      if (n < 2) {
        continue;
      }
      ReadLine line = assignmentWithShell(ctx, name);
      Location at = line == null ? v.location() : line.location();
      int column = 1;
      if (line != null) {
        int offset = Math.max(line.text().indexOf("$(shell"), line.text().indexOf("${shell"));
        at = LineTrace.location(line, Math.max(0, offset));
        column = LineTrace.column(line, Math.max(0, offset));
      }
      String command = c.getValue().strip();
      if (command.length() > 40) {
        command = command.substring(0, 37) + "...";
      }
      String why = n >= MANY
          ? "it is exported, so make expands it again for every recipe it runs"
          : "it is expanded at least " + n + " times";
      out.add(ctx.finding(this, "'" + name + "' is a recursive (=) variable whose value runs"
          + " $(shell " + command + "); " + why + ", running the command each time: assign it"
          + " with := to run it once", at, column, ctx.includeChain(at.file())));
    }
    return out;
  }

  /** The command of the first $(shell) in {@code e}, unexpanded, or null. */
  private static String shellCommand(Expr e) {
    if (e instanceof Expr.FuncCall f) {
      if (f.function() == BuiltinFunction.SHELL) {
        return f.args().isEmpty() ? "" : source(f.args().get(0));
      }
      for (Expr a : f.args()) {
        String s = shellCommand(a);
        if (s != null) {
          return s;
        }
      }
    } else if (e instanceof Expr.Concat c) {
      for (Expr p : c.parts()) {
        String s = shellCommand(p);
        if (s != null) {
          return s;
        }
      }
    } else if (e instanceof Expr.VarRef r) {
      return shellCommand(r.name());
    }
    return null;
  }

  private static String source(Expr e) {
    if (e instanceof Expr.Literal l) {
      return l.text();
    }
    if (e instanceof Expr.Concat c) {
      StringBuilder b = new StringBuilder();
      for (Expr p : c.parts()) {
        b.append(source(p));
      }
      return b.toString();
    }
    if (e instanceof Expr.VarRef r) {
      return "$(" + source(r.name()) + ")";
    }
    if (e instanceof Expr.FuncCall f) {
      List<String> args = new ArrayList<>();
      for (Expr a : f.args()) {
        args.add(source(a));
      }
      return "$(" + f.function().makeName() + " " + String.join(",", args) + ")";
    }
    return "";
  }

  /** The first assignment line of {@code name} that contains a $(shell). */
  private static ReadLine assignmentWithShell(LintContext ctx, String name) {
    for (ReadLine l : LineTrace.of(ctx).lines()) {
      if (l.fromEval() || (l.kind() != ReadLine.Kind.ASSIGNMENT
          && l.kind() != ReadLine.Kind.DEFINE)) {
        continue;
      }
      Directive d = LineTrace.directive(l);
      String assigned = d instanceof Directive.Assign a ? a.name().strip()
          : d instanceof Directive.Define def ? def.name().strip() : null;
      if (name.equals(assigned) && (l.text().contains("$(shell") || l.text().contains("${shell"))) {
        return l;
      }
    }
    return null;
  }

  /**
   * How many times a variable is expanded, counted over the text read: each reference counts as
   * often as the text holding it is expanded (once for rule lines, conditionals and := values;
   * once per target for a recipe, more than once for a pattern rule's; as often as the holder
   * for the value of a recursive variable).
   */
  private static final class Uses {
    private final LintContext ctx;
    /** Per line read: the references it holds, and whose value it belongs to (or null). */
    private final List<LineRefs> lines = new ArrayList<>();
    private final Map<String, Integer> memo = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();
    boolean exportAll;
    boolean anyRecipe;

    private record LineRefs(Map<String, Integer> counts, String valueOf, int times) {}

    Uses(LintContext ctx) {
      this.ctx = ctx;
      LineTrace trace = LineTrace.of(ctx);
      Map<ReadLine, Integer> recipeTimes = recipeTimes(ctx, trace);
      anyRecipe = !recipeTimes.isEmpty();
      exportAll = ctx.db().target(".EXPORT_ALL_VARIABLES") != null;
      String define = null;
      for (ReadLine l : trace.lines()) {
        switch (l.kind()) {
          case SKIPPED -> { }
          case RECIPE -> add(l.text(), null, recipeTimes.getOrDefault(l, 0));
          case DEFINE_BODY -> add(l.text(), define, 1);
          case DEFINE -> {
            Directive d = LineTrace.directive(l);
            define = d instanceof Directive.Define def ? flavoured(def.name().strip(), def.op())
                : null;
          }
          case ASSIGNMENT -> {
            if (LineTrace.directive(l) instanceof Directive.Assign a) {
              add(a.name(), null, 1);
              add(a.value(), flavoured(a.name().strip(), a.op()), 1);
            }
          }
          case EXPORT -> {
            if (LineTrace.directive(l) instanceof Directive.Export e && e.export()
                && e.names().isBlank()) {
              exportAll = true;
            }
            add(l.text(), null, 1);
          }
          default -> add(l.text(), null, 1);
        }
      }
    }

    /** The variable whose later expansions expand this text, or null when it is expanded now. */
    private String flavoured(String name, AssignOp op) {
      if (name.indexOf('$') >= 0) {
        return null;
      }
      boolean deferred = switch (op) {
        case RECURSIVE, CONDITIONAL -> true;
        case APPEND -> {
          Variable v = ctx.db().variable(name);
          yield v == null || v.recursive();
        }
        default -> false;
      };
      return deferred ? name : null;
    }

    private void add(String text, String valueOf, int times) {
      if (text == null || text.indexOf('$') < 0 || times == 0) {
        return;
      }
      Map<String, Integer> counts = new HashMap<>();
      count(ExprParser.parse(text), counts);
      if (!counts.isEmpty()) {
        lines.add(new LineRefs(counts, valueOf, times));
      }
    }

    private static void count(Expr e, Map<String, Integer> counts) {
      if (e instanceof Expr.Concat c) {
        for (Expr p : c.parts()) {
          count(p, counts);
        }
      } else if (e instanceof Expr.VarRef r) {
        if (r.name() instanceof Expr.Literal l) {
          String n = l.text();
          int colon = n.indexOf(':');
          counts.merge((colon >= 0 ? n.substring(0, colon) : n).strip(), 1, Integer::sum);
        } else {
          count(r.name(), counts);
        }
      } else if (e instanceof Expr.FuncCall f) {
        for (int i = 0; i < f.args().size(); i++) {
          Expr a = f.args().get(i);
          if (i == 0 && f.function() == BuiltinFunction.CALL && a instanceof Expr.Literal l) {
            counts.merge(l.text().strip(), 1, Integer::sum);
          } else {
            count(a, counts);
          }
        }
      }
    }

    int of(String name) {
      Integer known = memo.get(name);
      if (known != null) {
        return known;
      }
      if (!inProgress.add(name)) {
        return 0; // a cycle: make itself would stop on it
      }
      long total = 0;
      for (LineRefs l : lines) {
        Integer c = l.counts().get(name);
        if (c == null || name.equals(l.valueOf())) {
          continue;
        }
        long each = l.valueOf() == null ? l.times() : of(l.valueOf());
        total += (long) c * each;
      }
      inProgress.remove(name);
      int n = (int) Math.min(total, MANY);
      memo.put(name, n);
      return n;
    }

    /** For each recipe line read: how many times the recipe runs at most (targets using it). */
    private static Map<ReadLine, Integer> recipeTimes(LintContext ctx, LineTrace trace) {
      Map<Recipe, Integer> targets = new IdentityHashMap<>();
      for (Target t : ctx.db().targets()) {
        for (RuleEntry e : t.entries()) {
          if (e.recipe() != null && t.isTarget()) {
            targets.merge(e.recipe(), 1, Integer::sum);
          }
        }
      }
      for (PatternRule r : ctx.db().patternRules()) {
        if (r.recipe() != null && !r.builtin()) {
          targets.put(r.recipe(), 2); // a pattern rule builds every file that matches
        }
      }
      Map<ReadLine, Integer> out = new IdentityHashMap<>();
      for (Map.Entry<Recipe, Integer> e : targets.entrySet()) {
        for (LineTrace.RecipeLine line : trace.recipe(e.getKey())) {
          if (line.source() != null && line.source().kind() == ReadLine.Kind.RECIPE) {
            out.merge(line.source(), e.getValue(), Integer::sum);
          }
        }
      }
      return out;
    }
  }
}
