package dev.makelint.checks;

/**
 * Finding the column of a token on a physical line, so that findings point at the word they are
 * about rather than at column 1. All results are 1-based; 0 means "not found".
 */
final class Columns {
  private Columns() {}

  /** The first character that is not a space or tab, or 1 for a blank line. */
  static int firstNonBlank(String line) {
    if (line == null) {
      return 1;
    }
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) != ' ' && line.charAt(i) != '\t') {
        return i + 1;
      }
    }
    return 1;
  }

  /**
   * {@code word} standing alone: preceded by the start, a blank or one of {@code ( , = :} and
   * followed by the end, a blank or one of {@code : ; | ) ,}.
   */
  static int word(String line, String word) {
    return word(line, word, 0);
  }

  /** Where {@code word} stands alone on the line, else its first non-blank character. */
  static int wordOrStart(String line, String word) {
    int column = word(line, word);
    return column > 0 ? column : firstNonBlank(line);
  }

  /** {@link #word(String, String)} starting at 0-based index {@code from}. */
  static int word(String line, String word, int from) {
    if (line == null || word.isEmpty()) {
      return 0;
    }
    for (int i = line.indexOf(word, from); i >= 0; i = line.indexOf(word, i + 1)) {
      boolean startOk = i == 0 || " \t(,=:".indexOf(line.charAt(i - 1)) >= 0;
      int end = i + word.length();
      boolean endOk = end == line.length() || " \t:;|),\\".indexOf(line.charAt(end)) >= 0;
      if (startOk && endOk) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * A reference to variable {@code name}: {@code $(name)}, {@code ${name}}, a substitution
   * reference {@code $(name:a=b)}, or {@code $X} for a one-character name. A {@code $$}-escaped
   * dollar is not a reference of this text, but is still accepted (as in an $(eval)ed template).
   */
  static int reference(String line, String name) {
    if (line == null || name.isEmpty()) {
      return 0;
    }
    for (int i = line.indexOf('$'); i >= 0 && i + 1 < line.length();
        i = line.indexOf('$', i + 1)) {
      char open = line.charAt(i + 1);
      if (name.length() == 1 && open == name.charAt(0)) {
        return i + 1;
      }
      if (open != '(' && open != '{') {
        continue;
      }
      char close = open == '(' ? ')' : '}';
      int start = i + 2;
      int end = start + name.length();
      if (line.startsWith(name, start) && end < line.length()
          && (line.charAt(end) == close || line.charAt(end) == ':')) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The {@code $(} or {@code ${} that is never closed on the line, or 0. */
  static int unclosedReference(String line) {
    if (line == null) {
      return 0;
    }
    java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '$' && i + 1 < line.length()) {
        char n = line.charAt(i + 1);
        if (n == '$') {
          i++;
        } else if (n == '(' || n == '{') {
          open.push(new int[] {i, n == '(' ? ')' : '}'});
          i++;
        }
      } else if ((c == '(' || c == '{') && !open.isEmpty()) {
        open.push(new int[] {-1, c == '(' ? ')' : '}'});
      } else if (!open.isEmpty() && c == open.peek()[1]) {
        open.pop();
      }
    }
    int col = 0;
    for (int[] o : open) {
      if (o[0] >= 0) {
        col = o[0] + 1; // the outermost unclosed reference is iterated last
      }
    }
    return col;
  }
}
