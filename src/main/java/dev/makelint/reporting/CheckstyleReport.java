package dev.makelint.reporting;

import dev.makelint.checks.Finding;
import dev.makelint.checks.RelatedLocation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle XML ({@code <checkstyle><file name><error line column severity message source>}), as
 * Jenkins' Warnings plugin, GitLab converters and other Checkstyle consumers read it. Files are
 * named relative to the repository root (see {@link ReportData#sourceRootFor}); related locations
 * are appended to the message; {@code source} is {@code makelint.CHECK-ID}.
 */
public final class CheckstyleReport implements Report {
  @Override
  public void write(ReportData data, PrintWriter out) {
    Map<String, List<Entry>> byFile = new LinkedHashMap<>();
    List<Entry> unlocated = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      boolean fatal = i == 0;
      for (Finding f : fatal ? data.errors() : data.findings()) {
        Entry e = new Entry(f, fatal);
        if (f.file() == null) {
          unlocated.add(e);
        } else {
          byFile.computeIfAbsent(data.rootRelative(f.file()), k -> new ArrayList<>()).add(e);
        }
      }
    }
    StringBuilder b = new StringBuilder();
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<checkstyle version=\"4.3\">\n");
    for (Map.Entry<String, List<Entry>> e : byFile.entrySet()) {
      b.append("  <file name=\"").append(escape(e.getKey())).append("\">\n");
      for (Entry x : e.getValue()) {
        error(b, data, x.finding(), x.fatal());
      }
      b.append("  </file>\n");
    }
    if (!unlocated.isEmpty()) {
      b.append("  <file name=\"\">\n");
      for (Entry x : unlocated) {
        error(b, data, x.finding(), x.fatal());
      }
      b.append("  </file>\n");
    }
    b.append("</checkstyle>");
    out.println(b);
    out.flush();
  }

  private record Entry(Finding finding, boolean fatal) {}

  private static void error(StringBuilder b, ReportData data, Finding f, boolean fatal) {
    StringBuilder msg = new StringBuilder(fatal ? StopNote.message(f) : f.message());
    for (RelatedLocation r : f.related()) {
      msg.append('\n').append(data.rootRelative(r.file())).append(':').append(r.line())
          .append(':').append(r.column()).append(": note: ").append(r.message());
    }
    b.append("    <error line=\"").append(f.line()).append("\" column=\"").append(f.column())
        .append("\" severity=\"").append(f.severity().label()).append("\" message=\"")
        .append(escape(msg.toString())).append("\" source=\"")
        .append(escape(f.check() == null ? "makelint" : "makelint." + f.check()))
        .append("\"/>\n");
  }

  /**
   * Text as an XML 1.0 attribute value: markup characters and line ends as references, and the
   * characters XML 1.0 cannot hold at all (other controls, lone surrogates) as U+FFFD.
   */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        case '\n' -> b.append("&#10;");
        case '\r' -> b.append("&#13;");
        case '\t' -> b.append("&#9;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
