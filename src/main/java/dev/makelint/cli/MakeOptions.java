package dev.makelint.cli;

import dev.makelint.evaluation.EvalOptions;
import dev.makelint.evaluation.Limits;
import dev.makelint.evaluation.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The words a user would type after {@code make}: shared by linting and {@code makelint db}. */
public final class MakeOptions {
  @Option(names = {"-f", "--file", "--makefile"}, paramLabel = "FILE",
      description = "Makefile to read (repeatable, in order).")
  List<String> files = new ArrayList<>();

  @Option(names = {"-C", "--directory"}, paramLabel = "DIR",
      description = "Work in DIR, as make does; paths in findings are relative to it.")
  Path directory;

  @Option(names = {"-I", "--include-dir"}, paramLabel = "DIR",
      description = "Include search directory, as make.")
  List<String> includeDirs = new ArrayList<>();

  @Option(names = {"-r", "--no-builtin-rules"}, description = "No built-in implicit rules.")
  boolean noBuiltinRules;

  @Option(names = {"-R", "--no-builtin-variables"},
      description = "No built-in variables (implies -r).")
  boolean noBuiltinVariables;

  @Option(names = {"-e", "--environment-overrides"},
      description = "Environment variables override makefile assignments.")
  boolean environmentOverrides;

  @Option(names = "--platform", paramLabel = "OS-ARCH",
      description = "Machine to simulate, e.g. darwin-arm64, linux-x86_64 (default: this one).")
  String platform;

  @Option(names = "--shell", paramLabel = "MODE",
      description = "safe (default): never execute commands; run: execute $(shell) like make.")
  ShellMode shell = ShellMode.safe;

  @Option(names = {"-j", "--jobs"}, arity = "0..1", hidden = true,
      description = "Accepted for compatibility with make; ignored.")
  String jobs;

  @Option(names = {"-k", "-s", "-n", "-B", "-w", "--no-print-directory", "--silent",
      "--keep-going", "--just-print", "--dry-run"}, hidden = true,
      description = "Accepted for compatibility with make; ignored.")
  boolean ignoredMakeFlag;

  @Option(names = "--warn-undefined-variables", hidden = true,
      description = "Accepted for compatibility with make; undefined references are a check.")
  boolean warnUndefined;

  @Option(names = "--max-expansion-depth", paramLabel = "N",
      description = "Limit: nested function calls and recursive variable references "
          + "(default: ${DEFAULT-VALUE}).")
  int maxExpansionDepth = Limits.DEFAULT.maxExpansionDepth();

  @Option(names = "--max-expansion-size", paramLabel = "CHARS",
      description = "Limit: characters one expansion may produce (default: ${DEFAULT-VALUE}).")
  int maxExpansionSize = Limits.DEFAULT.maxExpansionSize();

  @Option(names = "--max-include-depth", paramLabel = "N",
      description = "Limit: nested include files (default: ${DEFAULT-VALUE}).")
  int maxIncludeDepth = Limits.DEFAULT.maxIncludeDepth();

  @Option(names = "--max-eval-depth", paramLabel = "N",
      description = "Limit: nested $(eval) calls (default: ${DEFAULT-VALUE}).")
  int maxEvalDepth = Limits.DEFAULT.maxEvalDepth();

  @Option(names = "--max-time", paramLabel = "SECONDS",
      description = "Limit: wall time of the whole run, 0 for none (default: ${DEFAULT-VALUE}).")
  long maxTimeSeconds = Limits.DEFAULT.maxTimeMillis() / 1000;

  @Option(names = "--max-nesting", paramLabel = "N",
      description = "Limit: $(...) nested in one text (default: ${DEFAULT-VALUE}).")
  int maxNesting = Limits.DEFAULT.maxNesting();

  @Option(names = "--max-references", paramLabel = "N",
      description = "Limit: $ references and calls in one text (default: ${DEFAULT-VALUE}).")
  int maxReferences = Limits.DEFAULT.maxReferences();

  @Option(names = "--max-file-size", paramLabel = "BYTES",
      description = "Limit: size of one makefile (default: ${DEFAULT-VALUE}).")
  long maxFileSize = Limits.DEFAULT.maxFileSize();

  @Parameters(paramLabel = "NAME=VALUE|GOAL",
      description = "Command-line variables and goals, as for make.")
  List<String> words = new ArrayList<>();

  /** How $(shell) is answered. */
  public enum ShellMode {
    safe,
    run
  }

  /** Resolves the options into what the evaluator needs; throws UsageError for bad input. */
  EvalOptions toEvalOptions() {
    Path wd = (directory == null ? Path.of("") : directory).toAbsolutePath().normalize();
    if (!Files.isDirectory(wd)) {
      throw new UsageError("-C " + directory + ": no such directory");
    }
    List<String> vars = new ArrayList<>();
    List<String> goals = new ArrayList<>();
    for (String w : words) {
      if (w.indexOf('=') > 0) {
        vars.add(w);
      } else {
        goals.add(w);
      }
    }
    Platform p;
    try {
      p = platform == null ? Platform.host() : Platform.parse(platform);
    } catch (IllegalArgumentException e) {
      throw new UsageError("--platform: " + e.getMessage());
    }
    if (maxExpansionDepth < 1 || maxExpansionSize < 1 || maxIncludeDepth < 1 || maxEvalDepth < 1
        || maxNesting < 1 || maxReferences < 1 || maxFileSize < 0 || maxTimeSeconds < 0
        || maxTimeSeconds > Long.MAX_VALUE / 1_000_000_000L) {
      throw new UsageError("--max-*: limits must be positive (--max-time may be 0 for none)");
    }
    Map<String, String> env = new LinkedHashMap<>(System.getenv());
    return new EvalOptions(wd, List.copyOf(files), List.copyOf(includeDirs), vars, env, goals,
        noBuiltinRules || noBuiltinVariables, noBuiltinVariables, environmentOverrides, p,
        new Limits(maxExpansionDepth, maxExpansionSize, maxIncludeDepth, maxEvalDepth,
            maxTimeSeconds * 1000, maxNesting, maxReferences, maxFileSize));
  }
}
