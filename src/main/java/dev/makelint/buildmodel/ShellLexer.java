package dev.makelint.buildmodel;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits shell text into tokens following the POSIX token recognition rules closely enough for
 * recipe lines: quoting, backslash escapes, line continuations, operators, comments, expansions and
 * here-document bodies. It exists as its own step so that {@link ShellWords} can reason about
 * command structure without caring about characters. It never throws: malformed input (an
 * unterminated quote, say) yields a token that carries a {@code problem}.
 */
final class ShellLexer {

  enum Kind {
    WORD,
    OP,
    NEWLINE,
    IO_NUMBER
  }

  /** A piece of a word. */
  sealed interface Part permits Lit, Param, Subst {}

  /** Literal characters; {@code quoted} when they came from quotes or a backslash escape. */
  record Lit(String text, boolean quoted) implements Part {}

  /**
   * A parameter expansion. {@code simple} when it is {@code $NAME} or {@code ${NAME}}; otherwise
   * (special parameters, {@code ${x:-y}} and friends) it cannot be resolved here.
   */
  record Param(String name, String raw, boolean quoted, boolean simple) implements Part {}

  /** A command substitution or arithmetic expansion, kept as written. */
  record Subst(String raw, boolean quoted, String reason) implements Part {}

  /**
   * A token. For words {@code parts} holds the pieces; for operators {@code text} is the operator.
   * {@code problem} is non-null when the token is malformed.
   */
  record Token(Kind kind, String text, List<Part> parts, int start, int end, String problem) {
    boolean isOp(String op) {
      return kind == Kind.OP && text.equals(op);
    }

    /** The word's text when it is a single unquoted literal (how reserved words must look). */
    String plainWord() {
      if (kind != Kind.WORD || parts.size() != 1) {
        return null;
      }
      return parts.get(0) instanceof Lit l && !l.quoted() ? l.text() : null;
    }
  }

  private static final String[] OPERATORS = {
    "&&", "||", ";;", "|&", "&>>", "&>", "<<-", "<<<", "<<", ">>", "<&", ">&", "<>", ">|", "&", "|",
    ";", "<", ">", "(", ")"
  };

  private final String s;
  private int pos;
  private final List<Token> tokens = new ArrayList<>();
  private final List<String[]> pendingHeredocs = new ArrayList<>(); // {delimiter, stripTabs}
  private int expectHeredocDelimiter; // 0 none, 1 plain, 2 strip tabs

  private ShellLexer(String s, int start) {
    this.s = s;
    this.pos = start;
  }

  static List<Token> lex(String text, int start) {
    ShellLexer lx = new ShellLexer(text == null ? "" : text, Math.max(0, start));
    lx.run();
    return lx.tokens;
  }

  private void run() {
    int n = s.length();
    while (pos < n) {
      char c = s.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
        pos++;
      } else if (c == '\\' && pos + 1 < n && s.charAt(pos + 1) == '\n') {
        pos += 2; // line continuation between words
      } else if (c == '\n') {
        tokens.add(new Token(Kind.NEWLINE, "\n", List.of(), pos, pos + 1, null));
        pos++;
        readHeredocBodies();
      } else if (c == '#') {
        while (pos < n && s.charAt(pos) != '\n') {
          pos++;
        }
      } else if (isOperatorStart(c)) {
        String op = matchOperator();
        tokens.add(new Token(Kind.OP, op, List.of(), pos, pos + op.length(), null));
        pos += op.length();
        if (op.equals("<<")) {
          expectHeredocDelimiter = 1;
        } else if (op.equals("<<-")) {
          expectHeredocDelimiter = 2;
        }
      } else {
        readWord();
      }
    }
  }

  private static boolean isOperatorStart(char c) {
    return c == '&' || c == '|' || c == ';' || c == '<' || c == '>' || c == '(' || c == ')';
  }

  private String matchOperator() {
    for (String op : OPERATORS) {
      if (s.startsWith(op, pos)) {
        return op;
      }
    }
    return String.valueOf(s.charAt(pos));
  }

  /**
   * The ASCII characters that do not stand for themselves inside a word: blanks, quoting,
   * expansions and operators. Looked up in a table: this runs for every character of every
   * recipe command.
   */
  private static final boolean[] SPECIAL = new boolean[128];

  static {
    for (char c : " \t\n\r\f\\'\"$`&|;<>()".toCharArray()) {
      SPECIAL[c] = true;
    }
  }

  /** The end of the run of ordinary characters starting at {@code from}. */
  private int ordinaryRunEnd(int from) {
    int n = s.length();
    int i = from;
    while (i < n) {
      char c = s.charAt(i);
      if (c < 128 && SPECIAL[c]) {
        break;
      }
      i++;
    }
    return i;
  }

  private void readWord() {
    int start = pos;
    int n = s.length();
    // Most words in recipes (flags, file names) are one unquoted run: take them in one piece.
    // Measured: lexing was a third of the build model's time on a 500-module tree.
    int run = ordinaryRunEnd(pos);
    if (run > pos && (run == n || isWordBoundary(s.charAt(run)))) {
      String text = s.substring(start, run);
      pos = run;
      addWord(start, text, List.of(new Lit(text, false)), null);
      return;
    }
    List<Part> parts = new ArrayList<>();
    StringBuilder lit = new StringBuilder();
    boolean litQuoted = false;
    String problem = null;
    while (pos < n) {
      char c = s.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || isOperatorStart(c)) {
        break;
      }
      if (c == '\\') {
        if (pos + 1 >= n) {
          flush(parts, lit, litQuoted);
          lit.append('\\');
          litQuoted = true;
          pos++;
          continue;
        }
        char d = s.charAt(pos + 1);
        pos += 2;
        if (d == '\n') {
          continue;
        }
        if (!litQuoted) {
          flush(parts, lit, false);
        }
        litQuoted = true;
        lit.append(d);
        continue;
      }
      if (c == '\'') {
        flush(parts, lit, litQuoted);
        litQuoted = true;
        int close = s.indexOf('\'', pos + 1);
        if (close < 0) {
          problem = "unterminated single quote";
          lit.append(s, pos + 1, n);
          pos = n;
        } else {
          lit.append(s, pos + 1, close);
          pos = close + 1;
        }
        flushQuotedEvenIfEmpty(parts, lit);
        continue;
      }
      if (c == '"') {
        flush(parts, lit, litQuoted);
        litQuoted = false;
        String p = readDoubleQuoted(parts);
        if (p != null) {
          problem = p;
        }
        continue;
      }
      if (c == '$' || c == '`') {
        Part exp = readExpansion(false);
        if (exp != null) {
          flush(parts, lit, litQuoted);
          litQuoted = false;
          parts.add(exp);
          if (exp instanceof Subst sub && sub.reason().startsWith("unterminated")) {
            problem = sub.reason();
          }
          continue;
        }
        // a lone '$' is literal
      }
      if (litQuoted) {
        flush(parts, lit, true);
        litQuoted = false;
      }
      int end = ordinaryRunEnd(pos + 1);
      lit.append(s, pos, end);
      pos = end;
    }
    flush(parts, lit, litQuoted);
    addWord(start, s.substring(start, pos), List.copyOf(parts), problem);
  }

  private static boolean isWordBoundary(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || isOperatorStart(c);
  }

  /** Adds the word token {@code text} (start to pos); notes it if it delimits a here-document. */
  private void addWord(int start, String text, List<Part> parts, String problem) {
    int n = s.length();
    Kind kind = Kind.WORD;
    if (pos < n
        && (s.charAt(pos) == '<' || s.charAt(pos) == '>')
        && parts.size() == 1
        && parts.get(0) instanceof Lit l
        && !l.quoted()
        && l.text().chars().allMatch(Character::isDigit)) {
      kind = Kind.IO_NUMBER;
    }
    Token t = new Token(kind, text, parts, start, pos, problem);
    tokens.add(t);
    if (kind == Kind.WORD && expectHeredocDelimiter != 0) {
      StringBuilder delim = new StringBuilder();
      for (Part p : parts) {
        delim.append(partText(p));
      }
      pendingHeredocs.add(new String[] {delim.toString(), expectHeredocDelimiter == 2 ? "t" : ""});
      expectHeredocDelimiter = 0;
    }
  }

  static String partText(Part p) {
    if (p instanceof Lit l) {
      return l.text();
    } else if (p instanceof Param pa) {
      return pa.raw();
    } else {
      return ((Subst) p).raw();
    }
  }

  private static void flush(List<Part> parts, StringBuilder lit, boolean quoted) {
    if (lit.length() > 0) {
      parts.add(new Lit(lit.toString(), quoted));
      lit.setLength(0);
    }
  }

  private static void flushQuotedEvenIfEmpty(List<Part> parts, StringBuilder lit) {
    parts.add(new Lit(lit.toString(), true));
    lit.setLength(0);
  }

  /** Reads "..." starting at the opening quote; returns a problem or null. */
  private String readDoubleQuoted(List<Part> parts) {
    int n = s.length();
    pos++; // opening quote
    StringBuilder lit = new StringBuilder();
    boolean sawAnything = false;
    while (pos < n) {
      char c = s.charAt(pos);
      if (c == '"') {
        pos++;
        if (lit.length() > 0 || !sawAnything) {
          flushQuotedEvenIfEmpty(parts, lit);
        }
        return null;
      }
      if (c == '\\' && pos + 1 < n) {
        char d = s.charAt(pos + 1);
        if (d == '\n') {
          pos += 2;
          continue;
        }
        if (d == '$' || d == '`' || d == '"' || d == '\\') {
          lit.append(d);
          pos += 2;
          continue;
        }
        lit.append(c);
        pos++;
        continue;
      }
      if (c == '$' || c == '`') {
        Part exp = readExpansion(true);
        if (exp != null) {
          if (lit.length() > 0) {
            parts.add(new Lit(lit.toString(), true));
            lit.setLength(0);
          }
          parts.add(exp);
          sawAnything = true;
          continue;
        }
      }
      lit.append(c);
      pos++;
    }
    flushQuotedEvenIfEmpty(parts, lit);
    return "unterminated double quote";
  }

  /** Reads an expansion at pos ('$' or '`'); returns null when the '$' is literal. */
  private Part readExpansion(boolean quoted) {
    int n = s.length();
    int start = pos;
    char c = s.charAt(pos);
    if (c == '`') {
      int i = pos + 1;
      while (i < n && s.charAt(i) != '`') {
        i += s.charAt(i) == '\\' ? 2 : 1;
      }
      if (i >= n) {
        pos = n;
        return new Subst(s.substring(start), quoted, "unterminated backquote");
      }
      pos = i + 1;
      return new Subst(s.substring(start, pos), quoted, "command substitution");
    }
    if (pos + 1 >= n) {
      return null;
    }
    char d = s.charAt(pos + 1);
    if (d == '(') {
      boolean arithmetic = pos + 2 < n && s.charAt(pos + 2) == '(';
      int end = matchClose(pos + 1, '(', ')');
      if (end < 0) {
        pos = n;
        return new Subst(s.substring(start), quoted, "unterminated command substitution");
      }
      pos = end + 1;
      return new Subst(
          s.substring(start, pos),
          quoted,
          arithmetic ? "arithmetic expansion" : "command substitution");
    }
    if (d == '{') {
      int end = matchClose(pos + 1, '{', '}');
      if (end < 0) {
        pos = n;
        return new Subst(s.substring(start), quoted, "unterminated parameter expansion");
      }
      pos = end + 1;
      String inner = s.substring(start + 2, end);
      boolean simple = CommandPrefixes.isName(inner, 0, inner.length());
      return new Param(inner, s.substring(start, pos), quoted, simple);
    }
    if (Character.isLetter(d) || d == '_') {
      int i = pos + 1;
      while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_') && s.charAt(i) < 128) {
        i++;
      }
      pos = i;
      return new Param(s.substring(start + 1, i), s.substring(start, i), quoted, true);
    }
    if (Character.isDigit(d) || "@*#?-$!".indexOf(d) >= 0) {
      pos += 2;
      return new Param(String.valueOf(d), s.substring(start, pos), quoted, false);
    }
    return null;
  }

  /** Index of the bracket closing the one at {@code open}, skipping quotes; -1 if none. */
  private int matchClose(int open, char o, char cl) {
    int depth = 0;
    int n = s.length();
    int i = open;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '\'' && o == '(') {
        int close = s.indexOf('\'', i + 1);
        if (close < 0) {
          return -1;
        }
        i = close + 1;
        continue;
      }
      if (c == '"') {
        int j = i + 1;
        while (j < n && s.charAt(j) != '"') {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        if (j >= n) {
          return -1;
        }
        i = j + 1;
        continue;
      }
      if (c == o) {
        depth++;
      } else if (c == cl) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
      i++;
    }
    return -1;
  }

  private void readHeredocBodies() {
    int n = s.length();
    for (String[] h : pendingHeredocs) {
      String delim = h[0];
      boolean stripTabs = !h[1].isEmpty();
      while (pos < n) {
        int eol = s.indexOf('\n', pos);
        int lineEnd = eol < 0 ? n : eol;
        String line = s.substring(pos, lineEnd);
        pos = eol < 0 ? n : eol + 1;
        if (stripTabs) {
          line = line.replaceFirst("^\t+", "");
        }
        if (line.equals(delim)) {
          break;
        }
      }
    }
    pendingHeredocs.clear();
  }
}
