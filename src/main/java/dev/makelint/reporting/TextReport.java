package dev.makelint.reporting;

import dev.makelint.checks.Finding;
import dev.makelint.checks.RelatedLocation;
import dev.makelint.checks.Severity;
import java.io.PrintWriter;

/**
 * gcc-style text: {@code file:line:column: severity: message [check-id]}, the source line with a
 * caret under the column, then each related location as a {@code note:} with its own excerpt,
 * and a last summary line. Editors' quickfix lists and problem matchers read the located lines
 * (excerpt lines start with blanks and a bar, so they never look like a location). Colour (ANSI
 * SGR, as gcc uses it) only when asked for. Text that comes from makefiles is printed with control
 * characters replaced, so a makefile cannot send escape sequences to the terminal.
 */
public final class TextReport implements Report {
  /** Excerpt lines longer than this are cut to a window around the column. */
  static final int MAX_EXCERPT = 160;

  private static final String RESET = "\033[0m";
  private static final String BOLD = "\033[1m";
  private static final String RED = "\033[1;31m";
  private static final String MAGENTA = "\033[1;35m";
  private static final String CYAN = "\033[1;36m";
  private static final String BLUE = "\033[1;34m";
  private static final String GREEN = "\033[1;32m";

  private final boolean color;

  public TextReport(boolean color) {
    this.color = color;
  }

  @Override
  public void write(ReportData data, PrintWriter out) {
    SourceLines src = new SourceLines(data.workDir());
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    for (Finding e : data.errors()) {
      errors++;
      located(out, src, e.file(), e.line(), e.column(), "error", RED,
          StopNote.message(e), e.check());
    }
    for (Finding f : data.findings()) {
      switch (f.severity()) {
        case ERROR -> errors++;
        case WARNING -> warnings++;
        case INFO -> infos++;
      }
      located(out, src, f.file(), f.line(), f.column(), f.severity().label(),
          colorOf(f.severity()), f.message(), f.check());
      for (RelatedLocation r : f.related()) {
        located(out, src, r.file(), r.line(), r.column(), "note", CYAN, r.message(), null);
      }
    }
    if (errors + warnings + infos > 0) {
      int n = data.filesRead();
      out.println(paint(BOLD, "makelint: " + count(errors, "error", "errors") + ", "
          + count(warnings, "warning", "warnings") + ", " + count(infos, "info", "info")
          + " (" + count(n, "makefile", "makefiles") + " read)"));
    }
    out.flush();
  }

  private static String colorOf(Severity s) {
    return switch (s) {
      case ERROR -> RED;
      case WARNING -> MAGENTA;
      case INFO -> BLUE;
    };
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private void located(PrintWriter out, SourceLines src, String file, int line, int column,
      String label, String labelColor, String message, String check) {
    StringBuilder b = new StringBuilder();
    if (file == null) {
      b.append(paint(BOLD, "makelint:"));
    } else {
      b.append(paint(BOLD, clean(file) + ":" + line + ":" + column + ":"));
    }
    b.append(' ').append(paint(labelColor, label + ":")).append(' ').append(clean(message));
    if (check != null) {
      b.append(" [").append(paint(labelColor, clean(check))).append(']');
    }
    out.println(b);
    String text = file == null ? null : src.line(file, line);
    if (text != null) {
      excerpt(out, text, line, column);
    }
  }

  /** {@code  LINE | text} then {@code       | ^} under the column. */
  private void excerpt(PrintWriter out, String text, int line, int column) {
    int at = Math.max(0, Math.min(column - 1, text.length()));
    String shown = text;
    String lead = "";
    String tail = "";
    if (text.length() > MAX_EXCERPT) {
      int start = Math.max(0, at - MAX_EXCERPT / 2);
      if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
        start--;
      }
      int end = Math.min(text.length(), start + MAX_EXCERPT);
      if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      lead = start > 0 ? "..." : "";
      tail = end < text.length() ? "..." : "";
      shown = text.substring(start, end);
      at -= start;
    }
    String number = Integer.toString(line);
    int width = Math.max(5, number.length() + 1);
    String gutter = " ".repeat(width - number.length()) + number + " | ";
    String blank = " ".repeat(width) + " | ";
    out.println(gutter + lead + cleanExcerpt(shown) + tail);
    out.println(blank + " ".repeat(lead.length()) + pad(shown, at) + paint(GREEN, "^"));
  }

  /** Blanks as wide as {@code text}'s first {@code n} chars on a terminal; tabs kept as tabs. */
  static String pad(String text, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n && i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp == '\t') {
        b.append('\t');
      } else {
        b.append(" ".repeat(width(cp)));
      }
      i += Character.charCount(cp);
    }
    return b.toString();
  }

  /** Terminal columns a code point takes: 0 for combining marks, 2 for wide East Asian ones. */
  static int width(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT || cp == 0x200B) {
      return 0;
    }
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD)) {
      return 2;
    }
    return 1;
  }

  /** One line of text from a makefile: every control character (tab too) shown as '?'. */
  static String clean(String s) {
    return replaceControls(s, false);
  }

  /** An excerpt line: tabs kept (the caret line repeats them), other controls shown as '?'. */
  private static String cleanExcerpt(String s) {
    return replaceControls(s, true);
  }

  private static String replaceControls(String s, boolean keepTabs) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = (c < 0x20 && !(keepTabs && c == '\t')) || (c >= 0x7F && c < 0xA0)
          || c == '\u2028' || c == '\u2029';
      if (control) {
        if (b == null) {
          b = new StringBuilder(s.length()).append(s, 0, i);
        }
        b.append(c == '\t' ? ' ' : '?');
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  private String paint(String sgr, String text) {
    return color ? sgr + text + RESET : text;
  }
}
