package dev.makelint.cli;

import static dev.makelint.cli.FieldBinding.option;

import dev.makelint.checks.LintSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The options that choose checks: the configuration file and the command-line overrides, which
 * win over it. Shared by linting and {@code makelint rules}.
 */
final class CheckSelection {
  Path config;
  boolean noConfig;
  List<String> enable = new ArrayList<>();
  List<String> disable = new ArrayList<>();
  List<String> severity = new ArrayList<>();

  /** Adds the options to {@code spec}. */
  void declare(CommandSpec spec) {
    spec.addOption(option(this, "config", "--config").paramLabel("FILE")
        .description("Configuration file (default: the nearest .makelint.yaml walking up from "
            + "the working directory, else checkmake.ini).").build());
    spec.addOption(option(this, "noConfig", "--no-config")
        .description("Ignore configuration files.").build());
    spec.addOption(option(this, "enable", "--enable").paramLabel("ID").splitRegex(",")
        .description("Turn on a check or group (repeatable, or comma-separated).").build());
    spec.addOption(option(this, "disable", "--disable").paramLabel("ID").splitRegex(",")
        .description("Turn off a check or group (repeatable, or comma-separated).").build());
    spec.addOption(option(this, "severity", "--severity").paramLabel("ID=LEVEL").splitRegex(",")
        .description("Change a check's severity: error, warning or info (repeatable).").build());
  }

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
