package dev.makelint.reporting;

import dev.makelint.checks.Finding;
import dev.makelint.checks.RelatedLocation;
import java.io.PrintWriter;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…,title=…::message}), which
 * the runner turns into annotations on the pull request's changed lines. Files are named relative
 * to the repository root (see {@link ReportData#sourceRootFor}); related locations follow the
 * message on their own lines. Values are escaped as the runner requires: {@code %}, CR and LF
 * everywhere, and {@code :} and {@code ,} in properties too, so a makefile cannot inject commands.
 */
public final class GithubReport implements Report {
  @Override
  public void write(ReportData data, PrintWriter out) {
    for (Finding e : data.errors()) {
      out.println(command("error", data, e, "makelint: "
          + (e.check() == null ? "cannot read the makefiles" : e.check()),
          StopNote.message(e)));
    }
    for (Finding f : data.findings()) {
      String level = switch (f.severity()) {
        case ERROR -> "error";
        case WARNING -> "warning";
        case INFO -> "notice";
      };
      StringBuilder msg = new StringBuilder(f.message());
      for (RelatedLocation r : f.related()) {
        msg.append('\n').append(data.rootRelative(r.file())).append(':').append(r.line())
            .append(':').append(r.column()).append(": note: ").append(r.message());
      }
      out.println(command(level, data, f, "makelint: " + f.check(), msg.toString()));
    }
    int n = data.findings().size() + data.errors().size();
    if (n > 0) {
      out.println("makelint: " + n + (n == 1 ? " finding" : " findings") + " ("
          + data.filesRead() + (data.filesRead() == 1 ? " makefile" : " makefiles") + " read)");
    }
    out.flush();
  }

  private static String command(String level, ReportData data, Finding f, String title,
      String message) {
    StringBuilder b = new StringBuilder("::").append(level).append(' ');
    if (f.file() != null) {
      b.append("file=").append(property(data.rootRelative(f.file())))
          .append(",line=").append(f.line()).append(",col=").append(f.column()).append(',');
    }
    b.append("title=").append(property(title));
    return b.append("::").append(data(message)).toString();
  }

  /** Escapes a command's message. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
