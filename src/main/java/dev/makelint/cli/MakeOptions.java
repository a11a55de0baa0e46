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

  @Option(names = "--max-expansion-depth", hidden = true)
  int maxExpansionDepth = Limits.DEFAULT.maxExpansionDepth();

  @Option(names = "--max-expansion-size", hidden = true)
  int maxExpansionSize = Limits.DEFAULT.maxExpansionSize();

  @Option(names = "--max-include-depth", hidden = true)
  int maxIncludeDepth = Limits.DEFAULT.maxIncludeDepth();

  @Option(names = "--max-eval-depth", hidden = true)
  int maxEvalDepth = Limits.DEFAULT.maxEvalDepth();

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
    Map<String, String> env = new LinkedHashMap<>(System.getenv());
    return new EvalOptions(wd, List.copyOf(files), List.copyOf(includeDirs), vars, env, goals,
        noBuiltinRules || noBuiltinVariables, noBuiltinVariables, environmentOverrides, p,
        new Limits(maxExpansionDepth, maxExpansionSize, maxIncludeDepth, maxEvalDepth));
  }
}
