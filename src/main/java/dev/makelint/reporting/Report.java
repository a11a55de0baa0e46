package dev.makelint.reporting;

import java.io.PrintWriter;

/** Writes a findings report in one format. */
public sealed interface Report
    permits TextReport, JsonReport, SarifReport, GithubReport, CheckstyleReport {
  /** Writes the whole report to {@code out} and flushes it. */
  void write(ReportData data, PrintWriter out);
}
