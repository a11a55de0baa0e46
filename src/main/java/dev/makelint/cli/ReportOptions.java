package dev.makelint.cli;

import static dev.makelint.cli.FieldBinding.option;

import dev.makelint.checks.Finding;
import dev.makelint.checks.LintSettings;
import dev.makelint.checks.Severity;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.MakefileRead;
import dev.makelint.reporting.Format;
import dev.makelint.reporting.ReportData;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;

/** How findings are reported and what they mean for the exit status: shared by lint commands. */
final class ReportOptions {
  String format = "text";
  String failOn = "error";
  String color = "auto";

  /** Adds the options to {@code spec}. */
  void declare(CommandSpec spec) {
    spec.addOption(option(this, "format", "--format").paramLabel("FORMAT")
        .description("text (default), json, sarif, github, checkstyle.").build());
    spec.addOption(option(this, "failOn", "--fail-on").paramLabel("LEVEL")
        .description("error (default), warning, info, never: findings at or above LEVEL make "
            + "the exit status 1.").build());
    spec.addOption(option(this, "color", "--color", "--colour").paramLabel("WHEN").arity("0..1")
        .fallbackValue("always")
        .description("Colour text output: auto (default: on a terminal, unless NO_COLOR is "
            + "set), always, never.").build());
  }

  /** The {@code --format}; throws UsageError for an unknown one. */
  Format format() {
    try {
      return Format.parse(format);
    } catch (IllegalArgumentException e) {
      throw new UsageError("--format: " + e.getMessage());
    }
  }

  /** The {@code --fail-on} level, or null for {@code never}; throws UsageError for a bad one. */
  Severity threshold() {
    return threshold(failOn);
  }

  static Severity threshold(String failOn) {
    if (failOn.equals("never")) {
      return null;
    }
    try {
      return Severity.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new UsageError("--fail-on: expected error, warning, info or never, got '"
          + failOn + "'");
    }
  }

  /** Whether to colour output written to {@code out}. */
  boolean color(PrintWriter out) {
    return color(color, out, System.getenv());
  }

  static boolean color(String when, PrintWriter out, Map<String, String> env) {
    switch (when) {
      case "always":
        return true;
      case "never":
        return false;
      case "auto":
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
          return false;
        }
        if ("dumb".equals(env.get("TERM"))) {
          return false;
        }
        return out instanceof StdoutWriter s && s.terminal();
      default:
        throw new UsageError("--color: expected auto, always or never, got '" + when + "'");
    }
  }

  /** Checks the options before any work is done. */
  void validate() {
    format();
    threshold();
    if (!color.equals("auto") && !color.equals("always") && !color.equals("never")) {
      throw new UsageError("--color: expected auto, always or never, got '" + color + "'");
    }
  }

  /** Writes the report in the chosen format. */
  void write(PrintWriter out, List<Finding> findings, List<Finding> errors, Path workDir,
      int filesRead, LintSettings settings) {
    Format f = format();
    ReportData data = new ReportData(findings, errors, VersionProvider.version(), workDir,
        ReportData.sourceRootFor(workDir, System.getenv()), filesRead, settings);
    f.report(f == Format.TEXT && color(out)).write(data, out);
  }

  /** 1 when a finding is at or above {@code --fail-on}, else 0. */
  int status(List<Finding> findings) {
    Severity threshold = threshold();
    if (threshold != null) {
      for (Finding f : findings) {
        if (f.severity().atLeast(threshold)) {
          return 1;
        }
      }
    }
    return 0;
  }

  /** How many distinct makefiles {@code db} read. */
  static int filesRead(MakeDatabase db, Path workDir) {
    Set<Path> seen = new HashSet<>();
    for (MakefileRead r : db.makefiles()) {
      if (r.name() != null) {
        seen.add(workDir.resolve(r.name()).normalize());
      }
    }
    return seen.size();
  }
}
