package dev.makelint.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h/--help} and {@code -V/--version}, as picocli's {@code mixinStandardHelpOptions} would
 * add them. Declared here because that attribute builds a second command model from picocli's own
 * annotated mixin on every run: 15-30 ms of a 250 ms start, measured.
 */
final class HelpOptions {
  @Option(names = {"-h", "--help"}, usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Option(names = {"-V", "--version"}, versionHelp = true,
      description = "Print version information and exit.")
  boolean version;
}
