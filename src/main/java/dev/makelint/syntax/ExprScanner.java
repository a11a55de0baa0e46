package dev.makelint.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the same {@link Expr} tree as {@link ExprTreeBuilder} with one left-to-right scan of the
 * characters instead of the MakeExpr grammar, for every text that is well formed: each reference
 * and call closed, nesting at most {@value #MAX_DEPTH} levels, or one reference or call left open
 * at the top level that takes the rest of the text (a recipe line cut short, a check reading a
 * piece of text). For anything else (an unterminated reference or call inside another, the
 * "counting never closes" case, characters outside the Basic Multilingual Plane after a '$') it
 * gives up and {@link ExprParser} runs the grammar, which remains the definition of the rules (see
 * {@link ExprParser}); ExprScannerTest compares the two. Not loading the grammar at all matters
 * for start-up: its ATN is built on first use.
 *
 * <p>It exists for speed: expressions are parsed once per distinct text, and a large tree has
 * hundreds of thousands of distinct texts (every line a template instantiates is new). The
 * grammar costs several microseconds per text when warm and much more while the JVM starts.
 */
final class ExprScanner {
  private static final int MAX_DEPTH = 200;

  /** Thrown when the text needs the grammar. */
  private static final class GiveUp extends RuntimeException {
    GiveUp() {
      super(null, null, false, false);
    }
  }

  private final String text;
  private int depth;

  private ExprScanner(String text) {
    this.text = text;
  }

  /** The tree for {@code text}, or null when the grammar must build it. */
  static Expr parse(String text) {
    try {
      return new ExprScanner(text).range(0, text.length());
    } catch (GiveUp e) {
      return null;
    }
  }

  /** The expression for text[from, to), parsed as a string of its own (a name or argument). */
  private Expr range(int from, int to) {
    if (++depth > MAX_DEPTH) {
      throw new GiveUp();
    }
    try {
      return ExprTreeBuilder.combine(parts(from, to), from, to);
    } finally {
      depth--;
    }
  }

  private List<Expr> parts(int from, int to) {
    List<Expr> parts = new ArrayList<>();
    int literalStart = from;
    int i = from;
    while (i < to) {
      if (text.charAt(i) != '$') {
        i++;
        continue;
      }
      if (i > literalStart) {
        parts.add(new Expr.Literal(text.substring(literalStart, i), literalStart, i));
      }
      int start = i;
      if (i + 1 >= to) {
        parts.add(new Expr.Literal("$", start, start + 1)); // a '$' at the end is a '$'
        i = start + 1;
      } else {
        char d = text.charAt(i + 1);
        if (d == '$') {
          parts.add(new Expr.Literal("$", start, start + 2));
          i = start + 2;
        } else if (d == '(' || d == '{') {
          i = bracket(start, d == '(' ? '(' : '{', d == '(' ? ')' : '}', to, parts);
        } else if (Character.isSurrogate(d)) {
          throw new GiveUp();
        } else {
          // $X: the variable named by the one character X
          parts.add(new Expr.VarRef(new Expr.Literal(String.valueOf(d), start + 1, start + 2),
              start, start + 2));
          i = start + 2;
        }
      }
      literalStart = i;
    }
    if (to > literalStart) {
      parts.add(new Expr.Literal(text.substring(literalStart, to), literalStart, to));
    }
    return parts;
  }

  /** {@code $(...)} or <code>${...}</code> at {@code start}; returns where scanning goes on. */
  private int bracket(int start, char open, char close, int to, List<Expr> parts) {
    int bodyStart = start + 2;
    int nameEnd = bodyStart;
    while (nameEnd < to && isNameChar(text.charAt(nameEnd))) {
      nameEnd++;
    }
    BuiltinFunction function = nameEnd > bodyStart
        ? BuiltinFunction.byName(text.substring(bodyStart, nameEnd)) : null;
    if (function != null) {
      if (nameEnd >= to) {
        return unterminatedCall(function, start, close, to, parts);
      }
      if (isSpace(text.charAt(nameEnd))) {
        return call(function, start, nameEnd, open, close, to, parts);
      }
    }
    int firstClose = text.indexOf(close, bodyStart);
    if (firstClose < 0 && atTopLevel(to)) {
      // nothing after it can close it: the rest of the text is the malformed reference
      parts.add(new Expr.Malformed("unterminated variable reference", start, to));
      return to;
    }
    if (firstClose < 0 || firstClose >= to) {
      throw new GiveUp(); // unterminated variable reference
    }
    if (text.indexOf('$', bodyStart) < 0 || text.indexOf('$', bodyStart) >= firstClose) {
      // No '$' before the first closing bracket: the name ends there, nesting or not.
      parts.add(new Expr.VarRef(new Expr.Literal(text.substring(bodyStart, firstClose),
          bodyStart, firstClose), start, firstClose + 1));
      return firstClose + 1;
    }
    int matching = matchingClose(bodyStart, open, close, to);
    if (matching < 0) {
      throw new GiveUp(); // counting never closes
    }
    parts.add(new Expr.VarRef(range(bodyStart, matching), start, matching + 1));
    return matching + 1;
  }

  /**
   * Whether {@code to} ends the whole text and the scan is not inside a reference or call: where
   * an unterminated reference or call takes the rest of the text, as the grammar makes it. (Inside
   * one, the grammar's reading of an unclosed bracket is left to the grammar.)
   */
  private boolean atTopLevel(int to) {
    return depth == 1 && to == text.length();
  }

  /** A call of {@code function} at {@code start} that nothing closes, at the top level. */
  private int unterminatedCall(BuiltinFunction function, int start, char close, int to,
      List<Expr> parts) {
    if (!atTopLevel(to)) {
      throw new GiveUp(); // unterminated call
    }
    parts.add(new Expr.Malformed("unterminated call to function '" + function.makeName()
        + "': missing '" + close + "'", start, to));
    return to;
  }

  /** A call of {@code function}, whose name ends at {@code nameEnd} (whitespace follows). */
  private int call(BuiltinFunction function, int start, int nameEnd, char open, char close,
      int to, List<Expr> parts) {
    int end = matchingClose(start + 2, open, close, to);
    if (end < 0) {
      return unterminatedCall(function, start, close, to, parts);
    }
    int argStart = nameEnd;
    while (argStart < end && isSpace(text.charAt(argStart))) {
      argStart++;
    }
    int max = function.maxArgs();
    List<Expr> args = new ArrayList<>();
    int level = 0;
    for (int i = argStart; i < end; i++) {
      char c = text.charAt(i);
      if (c == open) {
        level++;
      } else if (c == close) {
        level--;
      } else if (c == ',' && level == 0 && (max == 0 || args.size() + 1 < max)) {
        args.add(range(argStart, i));
        argStart = i + 1;
      }
    }
    args.add(range(argStart, end));
    parts.add(new Expr.FuncCall(function, List.copyOf(args), start, end + 1));
    return end + 1;
  }

  /**
   * The bracket closing the one opened just before {@code from}, counting only brackets of its
   * own kind; -1 when the text ends first.
   */
  private int matchingClose(int from, char open, char close, int to) {
    int level = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == open) {
        level++;
      } else if (c == close) {
        if (level == 0) {
          return i;
        }
        level--;
      }
    }
    return -1;
  }

  /** Characters of the grammar's TEXT token: a function name is one such run. */
  private static boolean isNameChar(char c) {
    return c != '$' && c != '(' && c != ')' && c != '{' && c != '}' && c != ',' && !isSpace(c);
  }

  /** C isspace() in the C locale, as the grammar's WS token. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
