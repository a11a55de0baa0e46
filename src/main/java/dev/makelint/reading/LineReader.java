package dev.makelint.reading;

/**
 * Pulls logical lines out of a makefile text one at a time, the way make's readline() does: a
 * UTF-8 byte-order mark at the start is skipped, a CR before LF is dropped (bare CRs stay), and a
 * line ending in an odd number of backslashes continues on the next physical line.
 *
 * <p>Lines are pulled lazily because how the next line is treated (recipe, define body, skipped
 * branch) depends on evaluator state that changes as lines are evaluated.
 */
public final class LineReader {
  private final String text;
  private int pos;
  private int nextLine = 1;

  public LineReader(String text) {
    this.text = text;
    this.pos = text.startsWith("\uFEFF") ? 1 : text.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
  }

  /** The next logical line, or null at the end of the text. */
  public RawLine next() {
    if (pos >= text.length()) {
      return null;
    }
    int first = nextLine;
    StringBuilder joined = null;
    int count = 0;
    while (true) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      int contentEnd = end;
      if (nl >= 0 && contentEnd > pos && text.charAt(contentEnd - 1) == '\r') {
        contentEnd--;
      }
      count++;
      boolean continues = nl >= 0 && endsWithOddBackslashes(text, pos, contentEnd);
      if (joined == null && !continues) {
        String line = text.substring(pos, contentEnd);
        pos = nl < 0 ? text.length() : nl + 1;
        nextLine += count;
        return new RawLine(line, first, count);
      }
      if (joined == null) {
        joined = new StringBuilder();
      }
      joined.append(text, pos, contentEnd);
      pos = nl < 0 ? text.length() : nl + 1;
      if (!continues || pos >= text.length()) {
        nextLine += count;
        return new RawLine(joined.toString(), first, count);
      }
      joined.append('\n');
    }
  }

  /** Number of the physical line the next call to {@link #next()} starts at. */
  public int nextLineNumber() {
    return nextLine;
  }

  private static boolean endsWithOddBackslashes(String s, int from, int end) {
    int n = 0;
    for (int i = end - 1; i >= from && s.charAt(i) == '\\'; i--) {
      n++;
    }
    return (n & 1) == 1;
  }
}
