package dev.makelint.checks;

import dev.makelint.evaluation.ReadLine;
import dev.makelint.syntax.AssignOp;
import dev.makelint.syntax.Directive;
import dev.makelint.syntax.Expr;
import dev.makelint.syntax.ExprParser;
import dev.makelint.syntax.Modifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The GNU make constructs in the lines make read (branches not taken and {@code $(eval)} text
 * left out), for the portability checks: one scan per lint run, each check keeping its kind.
 * What POSIX.1-2024 added ({@code ::=}, {@code ?=}, {@code +=}, {@code !=}, {@code -include},
 * {@code $^}/{@code $+} in its text but not in BSD make, {@code .PHONY}, {@code $(v:%.c=%.o)}) is
 * not a construct here, except where BSD make lacks it.
 */
final class GnuConstructs {
  enum Kind {
    CONDITIONAL,
    FUNCTION,
    PATTERN_RULE,
    DEFINE,
    DIRECTIVE,
    TARGET_VARIABLE,
    ORDER_ONLY,
    SPECIAL_TARGET,
    AUTOMATIC_VARIABLE,
    SIMPLE_ASSIGNMENT
  }

  /** One construct: on which line read, at which character of its text, shown as {@code what}. */
  record Construct(Kind kind, ReadLine line, int offset, String what) {}

  /** Special targets GNU make knows and POSIX make does not define. */
  static final Set<String> GNU_SPECIAL_TARGETS = Set.of(
      ".ONESHELL", ".SECONDEXPANSION", ".DELETE_ON_ERROR", ".EXPORT_ALL_VARIABLES",
      ".INTERMEDIATE", ".SECONDARY", ".NOTINTERMEDIATE", ".LOW_RESOLUTION_TIME");

  /** Automatic variables POSIX make (before 2024) and BSD make do not have. */
  private static final Set<String> GNU_AUTOMATIC = Set.of(
      "^", "+", "|", "^D", "^F", "+D", "+F", "|D", "|F");

  /** Automatic variables POSIX defines for inference rules only. */
  private static final Set<String> INFERENCE_ONLY = Set.of("<", "*", "<D", "<F", "*D", "*F");

  private static final Pattern SUFFIX_RULE =
      Pattern.compile("\\s*\\.[^.%/\\s:]+(\\.[^.%/\\s:]+)?\\s*");

  private final List<Construct> found = new ArrayList<>();

  static List<Construct> of(LintContext ctx) {
    GnuConstructs g = ctx.shared(GnuConstructs.class);
    return (g != null ? g : ctx.share(GnuConstructs.class, scan(ctx))).found;
  }

  private static GnuConstructs scan(LintContext ctx) {
    GnuConstructs g = new GnuConstructs();
    boolean explicitRule = false;
    for (ReadLine l : LineTrace.of(ctx).lines()) {
      if (l.fromEval()) {
        continue;
      }
      switch (l.kind()) {
        case RECIPE -> g.expressions(l, 1, explicitRule);
        case RULE -> explicitRule = g.rule(l);
        case CONDITIONAL -> g.conditional(l);
        case DEFINE -> {
          g.add(Kind.DEFINE, l, l.text().indexOf("define"), "define");
          if (LineTrace.directive(l) instanceof Directive.Define d) {
            g.modifiers(l, d.modifiers());
          }
        }
        case ASSIGNMENT -> g.assignment(l);
        case EXPORT -> {
          String t = LineTrace.logical(l);
          String word = t.startsWith("unexport") ? "unexport" : "export";
          g.add(Kind.DIRECTIVE, l, l.text().indexOf(word), word);
          g.expressions(l, 0, false);
        }
        case UNDEFINE -> {
          g.add(Kind.DIRECTIVE, l, l.text().indexOf("undefine"), "undefine");
          if (LineTrace.directive(l) instanceof Directive.Undefine u) {
            g.modifiers(l, u.modifiers());
          }
        }
        case VPATH -> g.add(Kind.DIRECTIVE, l, l.text().indexOf("vpath"), "vpath");
        case LOAD -> g.add(Kind.DIRECTIVE, l, l.text().indexOf("load"), "load");
        case INCLUDE -> {
          if (LineTrace.logical(l).startsWith("sinclude")) {
            g.add(Kind.DIRECTIVE, l, l.text().indexOf("sinclude"), "sinclude");
          }
          g.expressions(l, 0, false);
        }
        case TARGET_VARIABLE -> {
          g.add(Kind.TARGET_VARIABLE, l, firstNonBlank(l.text()), "target-specific variable");
          g.expressions(l, 0, false);
        }
        case OTHER -> g.expressions(l, 0, false);
        default -> { }
      }
    }
    return g;
  }

  private void add(Kind kind, ReadLine line, int offset, String what) {
    found.add(new Construct(kind, line, Math.max(0, offset), what));
  }

  private void modifiers(ReadLine l, Modifiers m) {
    for (String word : List.of("override", "export", "unexport", "private")) {
      boolean has = switch (word) {
        case "override" -> m.override();
        case "export" -> m.export();
        case "unexport" -> m.unexport();
        default -> m.isPrivate();
      };
      if (has) {
        add(Kind.DIRECTIVE, l, LineTrace.wordOffset(l.text(), word, 0), word);
      }
    }
  }

  private void assignment(ReadLine l) {
    if (LineTrace.directive(l) instanceof Directive.Assign a) {
      modifiers(l, a.modifiers());
      if (a.op() == AssignOp.SIMPLE) {
        int op = l.text().indexOf(":=");
        while (op > 0 && l.text().charAt(op - 1) == ':') {
          op = l.text().indexOf(":=", op + 2); // '::=' is POSIX
        }
        add(Kind.SIMPLE_ASSIGNMENT, l, op, ":=");
      }
    }
    expressions(l, 0, false);
  }

  private void conditional(ReadLine l) {
    if (!(LineTrace.directive(l) instanceof Directive.Conditional c)) {
      return;
    }
    Directive.Conditional shown = c.kind() == Directive.ConditionalKind.ELSE ? c.elseIf() : c;
    if (shown == null || shown.kind() == Directive.ConditionalKind.ENDIF
        || shown.kind() == Directive.ConditionalKind.ELSE) {
      return;
    }
    String word = shown.kind().name().toLowerCase(java.util.Locale.ROOT);
    add(Kind.CONDITIONAL, l, LineTrace.wordOffset(l.text(), word, 0), word);
    expressions(l, 0, false);
  }

  /** Scans a rule line; returns whether its recipe is an explicit (not inference) rule's. */
  private boolean rule(ReadLine l) {
    String text = l.text();
    int colon = LineTrace.ruleColon(text);
    if (colon < 0) {
      expressions(l, 0, false);
      return true;
    }
    int semicolon = topLevel(text, ';', colon + 1);
    int end = semicolon < 0 ? text.length() : semicolon;
    String targets = text.substring(0, colon);
    boolean pattern = targets.indexOf('%') >= 0;
    if (pattern) {
      add(Kind.PATTERN_RULE, l, firstNonBlank(text), "pattern rule");
    }
    int after = colon + 1;
    if (after < text.length() && (text.charAt(after) == ':')) {
      after++;
    }
    int second = topLevel(text.substring(0, end), ':', after);
    if (second >= 0 && text.substring(after, second).indexOf('%') >= 0) {
      pattern = true;
      add(Kind.PATTERN_RULE, l, after + firstNonBlank(text.substring(after)),
          "static pattern rule");
    }
    int bar = topLevel(text.substring(0, end), '|', after);
    if (bar >= 0) {
      add(Kind.ORDER_ONLY, l, bar, "order-only prerequisites");
    }
    for (String t : targets.strip().split("\\s+")) {
      if (GNU_SPECIAL_TARGETS.contains(t)) {
        add(Kind.SPECIAL_TARGET, l, LineTrace.wordOffset(text, t, 0), t);
      }
    }
    expressions(l, 0, false);
    if (semicolon >= 0) {
      automatic(l, ExprParser.parse(text.substring(semicolon + 1)), semicolon + 1,
          !pattern && !SUFFIX_RULE.matcher(targets).matches());
    }
    return !pattern && !SUFFIX_RULE.matcher(targets).matches();
  }

  /** Functions and GNU automatic variables in the line's text from {@code from}. */
  private void expressions(ReadLine l, int from, boolean explicitRecipe) {
    String text = l.text().substring(Math.min(from, l.text().length()));
    if (text.indexOf('$') < 0) {
      return;
    }
    Expr e = ExprParser.parse(text);
    functions(l, e, from);
    if (from > 0 || l.kind() != ReadLine.Kind.RULE) {
      automatic(l, e, from, explicitRecipe);
    }
  }

  private void functions(ReadLine l, Expr e, int base) {
    if (e instanceof Expr.FuncCall f) {
      add(Kind.FUNCTION, l, base + f.start(), "$(" + f.function().makeName() + ")");
      for (Expr a : f.args()) {
        functions(l, a, base);
      }
    } else if (e instanceof Expr.Concat c) {
      for (Expr p : c.parts()) {
        functions(l, p, base);
      }
    } else if (e instanceof Expr.VarRef r) {
      functions(l, r.name(), base);
    }
  }

  private void automatic(ReadLine l, Expr e, int base, boolean explicitRecipe) {
    if (e instanceof Expr.VarRef r) {
      if (r.name() instanceof Expr.Literal n) {
        String name = n.text();
        if (GNU_AUTOMATIC.contains(name)
            || explicitRecipe && INFERENCE_ONLY.contains(name)) {
          add(Kind.AUTOMATIC_VARIABLE, l, base + r.start(),
              name.length() == 1 ? "$" + name : "$(" + name + ")");
        }
      } else {
        automatic(l, r.name(), base, explicitRecipe);
      }
    } else if (e instanceof Expr.Concat c) {
      for (Expr p : c.parts()) {
        automatic(l, p, base, explicitRecipe);
      }
    } else if (e instanceof Expr.FuncCall f) {
      for (Expr a : f.args()) {
        automatic(l, a, base, explicitRecipe);
      }
    }
  }

  /** First {@code c} at or after {@code from} outside variable references, or -1. */
  private static int topLevel(String text, char c, int from) {
    int depth = 0;
    for (int i = Math.max(0, from); i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '$' && i + 1 < text.length()) {
        char n = text.charAt(i + 1);
        if (n == '(' || n == '{') {
          depth++;
        }
        i++;
      } else if ((ch == ')' || ch == '}') && depth > 0) {
        depth--;
      } else if (ch == c && depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static int firstNonBlank(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
