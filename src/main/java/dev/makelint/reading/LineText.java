package dev.makelint.reading;

/**
 * Make's text clean-ups for lines that are not recipe lines: joining continued lines and cutting
 * comments. Both follow make 4.3 exactly, including its backslash-halving rules.
 */
public final class LineText {
  private LineText() {}

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /**
   * Joins backslash-newline continuations: the backslash-newline, blanks before it and blanks at the
   * start of the next line become one space; of an even run of backslashes before a newline half
   * are kept and the newline stays.
   */
  public static String collapseContinuations(String line) {
    int q = line.indexOf('\n');
    if (q < 0) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length());
    int in = 0;
    while (q >= 0) {
      int backslashes = 0;
      while (q - 1 - backslashes >= 0 && line.charAt(q - 1 - backslashes) == '\\') {
        backslashes++;
      }
      // keep the text up to the backslash run, then half of the run (rounded down)
      out.append(line, in, q - backslashes);
      for (int i = 0; i < backslashes / 2; i++) {
        out.append('\\');
      }
      in = q + 1;
      if ((backslashes & 1) == 1) {
        while (in < line.length() && isBlank(line.charAt(in))) {
          in++;
        }
        int len = out.length();
        while (len > 0 && isBlank(out.charAt(len - 1))) {
          len--;
        }
        out.setLength(len);
        out.append(' ');
      } else {
        out.append('\n');
      }
      q = line.indexOf('\n', in);
    }
    out.append(line, in, line.length());
    return out.toString();
  }

  /**
   * Cuts the line at the first unquoted '#', skipping variable references ({@code #} inside
   * {@code $(...)} is not a comment in 4.3); {@code \#} becomes a literal '#'.
   */
  public static String removeComments(String line) {
    if (line.indexOf('#') < 0) {
      return line;
    }
    UnquoteResult r = findUnquoted(line, "#", true);
    return r.index < 0 ? r.text : r.text.substring(0, r.index);
  }

  /** Result of {@link #findUnquoted}: the text with quoting backslashes removed, and the index. */
  public record UnquoteResult(String text, int index) {}

  /**
   * Finds the first character of {@code stops} that is not quoted by a backslash, as make's
   * find_map_unquote: backslashes before a stop character are halved in the returned text; an odd
   * run quotes the character. With {@code skipReferences}, {@code $(...)}/{@code ${...}} contents
   * and the character after '$' are skipped.
   */
  public static UnquoteResult findUnquoted(String s, String stops, boolean skipReferences) {
    StringBuilder text = null;
    String cur = s;
    int p = 0;
    while (true) {
      while (p < cur.length()
          && stops.indexOf(cur.charAt(p)) < 0
          && !(skipReferences && cur.charAt(p) == '$')) {
        p++;
      }
      if (p >= cur.length()) {
        return new UnquoteResult(cur, -1);
      }
      if (cur.charAt(p) == '$' && skipReferences) {
        if (p + 1 >= cur.length()) {
          return new UnquoteResult(cur, -1);
        }
        char open = cur.charAt(p + 1);
        p += 2;
        if (open == '(' || open == '{') {
          char close = open == '(' ? ')' : '}';
          int depth = 1;
          while (p < cur.length()) {
            char c = cur.charAt(p);
            if (c == open) {
              depth++;
            } else if (c == close && --depth == 0) {
              p++;
              break;
            }
            p++;
          }
        }
        continue;
      }
      int backslashes = 0;
      while (p - 1 - backslashes >= 0 && cur.charAt(p - 1 - backslashes) == '\\') {
        backslashes++;
      }
      if (backslashes == 0) {
        return new UnquoteResult(cur, p);
      }
      // swallow half of the backslashes (rounded up), as make does
      int remove = (backslashes + 1) / 2;
      if (text == null) {
        text = new StringBuilder(cur);
      }
      text.setLength(0);
      text.append(cur, 0, p - remove).append(cur, p, cur.length());
      cur = text.toString();
      p -= remove;
      if ((backslashes & 1) == 0) {
        return new UnquoteResult(cur, p);
      }
      p++;
    }
  }

  /** Index of the first blank-or-newline-free character at or after {@code from}. */
  public static int skipBlanks(String s, int from) {
    while (from < s.length() && isBlank(s.charAt(from))) {
      from++;
    }
    return from;
  }
}
