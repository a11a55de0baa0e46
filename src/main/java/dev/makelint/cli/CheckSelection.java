package dev.makelint.cli;

import dev.makelint.checks.LintSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options that choose checks: the configuration file and the command-line overrides, which
 * win over it. Shared by linting and {@code makelint rules}.
 */
final class CheckSelection {
  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration file (default: the nearest .makelint.yaml walking up from the "
          + "working directory, else checkmake.ini).")
  Path config;

  @Option(names = "--no-config", description = "Ignore configuration files.")
  boolean noConfig;

  @Option(names = "--enable", paramLabel = "ID", split = ",",
      description = "Turn on a check or group (repeatable, or comma-separated).")
  List<String> enable = new ArrayList<>();

  @Option(names = "--disable", paramLabel = "ID", split = ",",
      description = "Turn off a check or group (repeatable, or comma-separated).")
  List<String> disable = new ArrayList<>();

  @Option(names = "--severity", paramLabel = "ID=LEVEL", split = ",",
      description = "Change a check's severity: error, warning or info (repeatable).")
  List<String> severity = new ArrayList<>();

  /** The configuration file in effect for {@code workDir}, or null. */
  Path configFile(Path workDir) {
    if (noConfig) {
      return null;
    }
    if (config != null) {
      if (!config.toFile().isFile()) {
        throw new UsageError("--config: no such file: " + config);
      }
      return config;
    }
    return ConfigFile.find(workDir);
  }

  /** The settings: defaults, then the configuration file, then the command line. */
  LintSettings settings(Path workDir) {
    LintSettings.Builder b = LintSettings.builder();
    Path file = configFile(workDir);
    if (file != null) {
      ConfigFile.apply(file, b);
    }
    try {
      for (String id : enable) {
        b.enable(id.strip());
      }
      for (String id : disable) {
        b.disable(id.strip());
      }
      for (String s : severity) {
        int eq = s.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException("--severity: expected ID=LEVEL, got '" + s + "'");
        }
        String id = s.substring(0, eq).strip();
        b.severity(id, ConfigFile.severity(id, s.substring(eq + 1).strip()));
      }
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage());
    }
    return b.build();
  }
}
