package dev.makelint.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code -h/--help} and {@code -V/--version}, as picocli's {@code mixinStandardHelpOptions} would
 * add them. Declared here because that attribute builds a second command model from picocli's own
 * annotated mixin on every run: 15-30 ms of a 250 ms start, measured.
 */
final class HelpOptions {
  boolean help;

  boolean version;

  /** Adds the options to {@code spec}. */
  void declare(CommandSpec spec) {
    spec.addOption(FieldBinding.option(this, "help", "-h", "--help").usageHelp(true)
        .description("Show this help message and exit.").build());
    spec.addOption(FieldBinding.option(this, "version", "-V", "--version").versionHelp(true)
        .description("Print version information and exit.").build());
  }
}
