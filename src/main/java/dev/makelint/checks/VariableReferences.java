package dev.makelint.checks;

import dev.makelint.syntax.BuiltinFunction;
import dev.makelint.syntax.Expr;
import dev.makelint.syntax.ExprParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The variable names make text refers to, found by walking its parse tree without expanding it:
 * {@code $(X)}, {@code ${X}}, {@code $X}, {@code $(X:a=b)}, and names given to {@code $(call)},
 * {@code $(value)}, {@code $(origin)} and {@code $(flavor)}. A computed name such as
 * {@code $($(p)_CFLAGS)} becomes a pattern ({@code .*_CFLAGS}); one with no fixed part at all
 * makes every name possibly referenced. Escaped references ({@code $$(X)}, as in text meant for
 * {@code $(eval)}) count too, so that the answer errs on the side of "referenced".
 */
final class VariableReferences {
  private static final int MAX_ESCAPE_DEPTH = 3;

  private final Set<String> names = new HashSet<>();
  private final List<Pattern> computed = new ArrayList<>();
  private boolean anyName;

  /** Adds the references in {@code text}, except direct ones to {@code exclude} (may be null). */
  void addText(String text, String exclude) {
    if (text != null && text.indexOf('$') >= 0) {
      walk(ExprParser.parse(text), exclude, 0);
      // text for $(eval) escapes its references ($$($(1)_SRCS)): read it once more as the
      // expansion would leave it, where $(1) makes the name a pattern
      String once = text;
      for (int i = 0; i < MAX_ESCAPE_DEPTH && once.contains("$$"); i++) {
        once = once.replace("$$", "$");
        walk(ExprParser.parse(once), exclude, MAX_ESCAPE_DEPTH);
      }
    }
  }

  /** Adds a name used directly (e.g. by {@code ifdef NAME}); text with references is walked. */
  void addName(String name) {
    String n = name.strip();
    if (n.indexOf('$') >= 0) {
      nameOf(ExprParser.parse(n), null, 0);
    } else if (!n.isEmpty()) {
      names.add(n);
    }
  }

  /** Whether some reference found may name {@code name}. */
  boolean mayReference(String name) {
    if (anyName || names.contains(name) || names.contains(".VARIABLES")) {
      return true;
    }
    for (Pattern p : computed) {
      if (p.matcher(name).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a reference's name could not be narrowed at all ({@code $($(x))}). */
  boolean unbounded() {
    return anyName || names.contains(".VARIABLES");
  }

  private void walk(Expr e, String exclude, int depth) {
    if (e instanceof Expr.Literal l) {
      if (depth < MAX_ESCAPE_DEPTH && l.text().indexOf('$') >= 0) {
        walk(ExprParser.parse(l.text()), exclude, depth + 1);
      }
    } else if (e instanceof Expr.Concat c) {
      for (Expr part : c.parts()) {
        walk(part, exclude, depth);
      }
    } else if (e instanceof Expr.VarRef r) {
      nameOf(r.name(), exclude, depth);
    } else if (e instanceof Expr.FuncCall f) {
      BuiltinFunction fn = f.function();
      boolean namesVariable = fn == BuiltinFunction.CALL || fn == BuiltinFunction.VALUE
          || fn == BuiltinFunction.ORIGIN || fn == BuiltinFunction.FLAVOR;
      for (int i = 0; i < f.args().size(); i++) {
        if (i == 0 && namesVariable) {
          nameOf(f.args().get(0), null, depth);
        } else {
          walk(f.args().get(i), exclude, depth);
        }
      }
    }
  }

  /** Records the variable {@code name} (a reference's name, unexpanded) refers to. */
  private void nameOf(Expr name, String exclude, int depth) {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    boolean fixed = true;
    boolean anyLiteral = false;
    List<Expr> parts = name instanceof Expr.Concat c ? c.parts() : List.of(name);
    for (Expr part : parts) {
      if (part instanceof Expr.Literal l) {
        String t = l.text();
        int colon = t.indexOf(':');
        if (colon >= 0) {
          t = t.substring(0, colon); // a substitution reference: the name ends at ':'
        }
        literal.append(t);
        regex.append(Pattern.quote(t));
        anyLiteral |= !t.isBlank();
        if (colon >= 0) {
          break;
        }
      } else {
        fixed = false;
        regex.append(".*");
      }
    }
    for (Expr part : parts) {
      if (!(part instanceof Expr.Literal)) {
        walk(part, exclude, depth);
      }
    }
    if (fixed) {
      String n = literal.toString().strip();
      if (!n.isEmpty() && !n.equals(exclude)) {
        names.add(n);
      }
    } else if (anyLiteral) {
      computed.add(Pattern.compile("\\s*" + regex + "\\s*", Pattern.DOTALL));
    } else {
      anyName = true;
    }
  }
}
