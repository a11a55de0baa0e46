package dev.makelint.reporting;

import dev.makelint.checks.Finding;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The first report API, kept for callers that have not moved to {@link Format}: text without
 * excerpts or summary context, and the JSON document of interfaces.md (byte for byte what {@link
 * JsonReport} writes).
 */
public final class FindingsReport {
  private FindingsReport() {}

  /** gcc-style lines with notes, excerpts read relative to the current directory. */
  public static void text(List<Finding> findings, List<Finding> errors, PrintWriter out) {
    new TextReport(false).write(new ReportData(findings, errors, "", Path.of(""), null, 0, null),
        out);
  }

  /** The JSON document of interfaces.md. */
  public static String json(List<Finding> findings, List<Finding> errors, String version) {
    return JsonReport.json(findings, errors, version);
  }
}
