package dev.makelint.syntax;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses make text into an {@link Expr} tree the way GNU make 4.3's expander reads it, without
 * evaluating anything. The ANTLR grammar {@code grammars/MakeExpr.g4} finds the '$' constructs of one
 * string and their nesting; {@link ExprTreeBuilder} applies make's flat-scan rules on top of it and
 * runs the grammar again on every variable name and function argument, which make also expands as
 * separate strings. Behaviour (each point checked with make 4.3):
 *
 * <ul>
 *   <li>{@code $$} is a literal {@code $}; a {@code $} at the end of the string is a literal
 *       {@code $} too ({@code $(info a$)} prints {@code a$}).
 *   <li>{@code $X} for any other character X, whitespace and {@code )} included, refers to the
 *       variable named X ({@code $ } refers to the variable {@code ' '}); {@code $xyz} is {@code $x}
 *       then {@code yz}.
 *   <li>{@code $(NAME ...} / <code>${NAME ...</code> is a function call when NAME is exactly a
 *       built-in name followed by whitespace (space, tab, newline, CR, FF, VT) or by the end of the
 *       string; all the whitespace after the name is skipped. {@code $(info)} is a variable.
 *   <li>A call extends to the matching bracket, counting only the opening bracket's kind, bare ones
 *       included. Commas outside nested brackets of that kind split arguments until the function's
 *       maximum is reached; the last argument then keeps the remaining commas. No closing bracket:
 *       {@link Expr.Malformed} "unterminated call to function 'NAME': missing ')'" (or '}').
 *   <li>A variable reference with no '$' before the first closing bracket of its kind ends at that
 *       bracket ({@code $(a(b)c)} is the variable {@code a(b} then {@code c)}). Otherwise it ends at
 *       the matching bracket and its name is parsed as a nested expression. If the counting never
 *       closes, make uses the raw text up to the first closing bracket as the name and drops the rest
 *       of the string: the {@link Expr.VarRef} then holds that raw text as a literal name and extends
 *       to the end. No closing bracket at all: "unterminated variable reference".
 *   <li>Substitution references are not split: {@code $(v:a=b)} is a VarRef whose name is the whole
 *       inner text.
 *   <li>A {@link Expr.Malformed} node extends to the end of the string being expanded (the whole
 *       text, or the enclosing name or argument), since make stops there.
 * </ul>
 *
 * <p>Literals merge adjacent text, so their {@code text} can be shorter than their source span when
 * {@code $$} was reduced. Offsets are into {@code text}, end exclusive.
 *
 * <p>Known divergences from make 4.3:
 *
 * <ul>
 *   <li>make works on bytes: {@code $é} refers to the variable named by the first UTF-8 byte. Here
 *       the name is the first code point.
 *   <li>make is a C program and stops at a NUL character; here NUL is ordinary text.
 *   <li>The grammar recurses once per nesting level. Past about a thousand levels the parse is
 *       retried on a thread with a 512 MB stack (enough for hundreds of thousands of levels); if
 *       that overflows too, the result is a Malformed node "expression too deeply nested" for the
 *       whole text, where make would cope.
 *   <li>Cost grows with the square of the nesting depth of references and calls, because each
 *       name or argument is parsed again as its own string (make's scan is similar): a few ms at
 *       depth 300, about 2 s at depth 1000. Real makefiles nest a handful of levels.
 * </ul>
 *
 * <p>Well-formed texts are parsed by {@link ExprScanner}, a hand-written scan that builds the
 * same trees as the grammar; the grammar parses the rest. Results are cached by text (bounded;
 * the cache is cleared when full). Trees are immutable.
 */
public final class ExprParser {

  private static final long BIG_STACK = 512L * 1024 * 1024;
  private static final int CACHE_LIMIT = 20_000;
  private static final int CACHE_MAX_TEXT = 8_192;
  private static final ConcurrentHashMap<String, Expr> CACHE = new ConcurrentHashMap<>();

  private ExprParser() {}

  /** Parses {@code text}; never throws (a null text is treated as empty). */
  public static Expr parse(String text) {
    if (text == null) {
      text = "";
    }
    if (text.indexOf('$') < 0) {
      return new Expr.Literal(text, 0, text.length());
    }
    Expr cached = CACHE.get(text);
    if (cached != null) {
      return cached;
    }
    Expr result = scan(text);
    if (result == null) {
      result = parseUncached(text);
    }
    if (text.length() <= CACHE_MAX_TEXT) {
      if (CACHE.size() >= CACHE_LIMIT) {
        CACHE.clear();
      }
      CACHE.put(text, result);
    }
    return result;
  }

  /** Whether {@code text} has more than {@code limit} '$' characters ({@code $$} counts once). */
  public static boolean referencesExceed(String text, int limit) {
    int count = 0;
    for (int i = text.indexOf('$'); i >= 0; i = text.indexOf('$', i + 2)) {
      if (++count > limit) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code text} nests variable references or function calls ({@code $(} or
   * <code>${</code>) more than {@code limit} levels deep. Parsing costs grow with the square of
   * that depth, so callers check it first. Brackets are counted the simple way (every bracket
   * opens or closes a level, bare ones included), which can only overestimate make's nesting.
   */
  public static boolean nestingExceeds(String text, int limit) {
    int opens = 0;
    int n = text.length();
    for (int i = text.indexOf('$'); i >= 0 && i + 1 < n; i = text.indexOf('$', i + 1)) {
      char c = text.charAt(i + 1);
      if (c == '(' || c == '{') {
        opens++;
      } else if (c == '$') {
        i++;
      }
    }
    if (opens <= limit) {
      return false;
    }
    // stack of open brackets: true when opened by '$'
    boolean[] dollar = new boolean[64];
    int top = 0;
    int depth = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '$' && i + 1 < n) {
        char next = text.charAt(i + 1);
        if (next == '$') {
          i++;
          continue;
        }
        if (next == '(' || next == '{') {
          if (top == dollar.length) {
            dollar = java.util.Arrays.copyOf(dollar, top * 2);
          }
          dollar[top++] = true;
          if (++depth > limit) {
            return true;
          }
          i++;
        }
      } else if (c == '(' || c == '{') {
        if (top == dollar.length) {
          dollar = java.util.Arrays.copyOf(dollar, top * 2);
        }
        dollar[top++] = false;
      } else if ((c == ')' || c == '}') && top > 0) {
        if (dollar[--top]) {
          depth--;
        }
      }
    }
    return false;
  }

  /** The hand-written scan for well-formed text, or null (see {@link ExprScanner}). */
  private static Expr scan(String text) {
    try {
      return ExprScanner.parse(text);
    } catch (RuntimeException | StackOverflowError e) {
      return null; // the grammar decides
    }
  }

  /** Parses with the grammar, without consulting or filling the cache. */
  static Expr parseUncached(String text) {
    try {
      return new ExprTreeBuilder(text).build();
    } catch (StackOverflowError e) {
      // Bracket nesting in the thousands: the grammar recurses once per level. Retry on a thread
      // with a large stack before giving up.
      return parseOnBigStack(text);
    } catch (RuntimeException e) {
      // Not expected: the grammar accepts every input. Keep the promise never to throw.
      return new Expr.Malformed("internal parser error: " + e, 0, text.length());
    }
  }

  private static Expr parseOnBigStack(String text) {
    Expr[] result = new Expr[1];
    Thread worker = new Thread(null, () -> {
      try {
        result[0] = new ExprTreeBuilder(text).build();
      } catch (StackOverflowError | RuntimeException e) {
        result[0] = new Expr.Malformed("expression too deeply nested", 0, text.length());
      }
    }, "makelint-expr-deep", BIG_STACK);
    worker.setDaemon(true);
    worker.start();
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return result[0] != null ? result[0]
        : new Expr.Malformed("expression too deeply nested", 0, text.length());
  }

  /** Number of cached texts (for tests). */
  static int cacheSize() {
    return CACHE.size();
  }
}
