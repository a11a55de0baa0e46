package dev.makelint.cli;

import static dev.makelint.cli.FieldBinding.option;
import static dev.makelint.cli.FieldBinding.positional;

import dev.makelint.evaluation.EvalOptions;
import dev.makelint.evaluation.Limits;
import dev.makelint.evaluation.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** The words a user would type after {@code make}: shared by linting and {@code makelint db}. */
public final class MakeOptions {
  List<String> files = new ArrayList<>();
  Path directory;
  List<String> includeDirs = new ArrayList<>();
  boolean noBuiltinRules;
  boolean noBuiltinVariables;
  boolean environmentOverrides;
  String platform;
  ShellMode shell = ShellMode.safe;
  String jobs;
  boolean ignoredMakeFlag;
  boolean warnUndefined;
  int maxExpansionDepth = Limits.DEFAULT.maxExpansionDepth();
  int maxExpansionSize = Limits.DEFAULT.maxExpansionSize();
  int maxIncludeDepth = Limits.DEFAULT.maxIncludeDepth();
  int maxEvalDepth = Limits.DEFAULT.maxEvalDepth();
  long maxTimeSeconds = Limits.DEFAULT.maxTimeMillis() / 1000;
  int maxNesting = Limits.DEFAULT.maxNesting();
  int maxReferences = Limits.DEFAULT.maxReferences();
  long maxFileSize = Limits.DEFAULT.maxFileSize();
  List<String> words = new ArrayList<>();

  /** Adds the options and the positional words to {@code spec}. */
  void declare(CommandSpec spec) {
    spec.addOption(option(this, "files", "-f", "--file", "--makefile").paramLabel("FILE")
        .description("Makefile to read (repeatable, in order).").build());
    spec.addOption(option(this, "directory", "-C", "--directory").paramLabel("DIR")
        .description("Work in DIR, as make does; paths in findings are relative to it.").build());
    declareReading(this, spec);
    spec.addOption(option(this, "environmentOverrides", "-e", "--environment-overrides")
        .description("Environment variables override makefile assignments.").build());
    spec.addOption(option(this, "jobs", "-j", "--jobs").arity("0..1").hidden(true)
        .description("Accepted for compatibility with make; ignored.").build());
    spec.addOption(option(this, "ignoredMakeFlag", "-k", "-s", "-n", "-B", "-w",
        "--no-print-directory", "--silent", "--keep-going", "--just-print", "--dry-run")
        .hidden(true).description("Accepted for compatibility with make; ignored.").build());
    spec.addOption(option(this, "warnUndefined", "--warn-undefined-variables").hidden(true)
        .description("Accepted for compatibility with make; undefined references are a check.")
        .build());
    spec.addOption(option(this, "maxExpansionDepth", "--max-expansion-depth").paramLabel("N")
        .description("Limit: nested function calls and recursive variable references "
            + "(default: ${DEFAULT-VALUE}).").build());
    spec.addOption(option(this, "maxExpansionSize", "--max-expansion-size").paramLabel("CHARS")
        .description("Limit: characters one expansion may produce (default: ${DEFAULT-VALUE}).")
        .build());
    spec.addOption(option(this, "maxIncludeDepth", "--max-include-depth").paramLabel("N")
        .description("Limit: nested include files (default: ${DEFAULT-VALUE}).").build());
    spec.addOption(option(this, "maxEvalDepth", "--max-eval-depth").paramLabel("N")
        .description("Limit: nested $(eval) calls (default: ${DEFAULT-VALUE}).").build());
    spec.addOption(option(this, "maxTimeSeconds", "--max-time").paramLabel("SECONDS")
        .description("Limit: wall time of the whole run, 0 for none "
            + "(default: ${DEFAULT-VALUE}).").build());
    spec.addOption(option(this, "maxNesting", "--max-nesting").paramLabel("N")
        .description("Limit: $(...) nested in one text (default: ${DEFAULT-VALUE}).").build());
    spec.addOption(option(this, "maxReferences", "--max-references").paramLabel("N")
        .description("Limit: $ references and calls in one text (default: ${DEFAULT-VALUE}).")
        .build());
    spec.addOption(option(this, "maxFileSize", "--max-file-size").paramLabel("BYTES")
        .description("Limit: size of one makefile (default: ${DEFAULT-VALUE}).").build());
    spec.addPositional(positional(this, "words").index("0..*").arity("0..1")
        .paramLabel("NAME=VALUE|GOAL")
        .description("Command-line variables and goals, as for make.").build());
  }

  /**
   * Adds the options that say how every makefile is read ({@code -I}, {@code -r}, {@code -R},
   * {@code --platform}, {@code --shell}) to {@code spec}, kept in {@code owner}'s fields
   * {@code includeDirs}, {@code noBuiltinRules}, {@code noBuiltinVariables}, {@code platform} and
   * {@code shell}: shared by linting and {@code makelint pre-commit}, which reads several
   * makefiles with them.
   */
  static void declareReading(Object owner, CommandSpec spec) {
    spec.addOption(option(owner, "includeDirs", "-I", "--include-dir").paramLabel("DIR")
        .description("Include search directory, as make.").build());
    spec.addOption(option(owner, "noBuiltinRules", "-r", "--no-builtin-rules")
        .description("No built-in implicit rules.").build());
    spec.addOption(option(owner, "noBuiltinVariables", "-R", "--no-builtin-variables")
        .description("No built-in variables (implies -r).").build());
    spec.addOption(option(owner, "platform", "--platform").paramLabel("OS-ARCH")
        .description("Machine to simulate, e.g. darwin-arm64, linux-x86_64 (default: this one).")
        .build());
    spec.addOption(option(owner, "shell", "--shell").paramLabel("MODE")
        .description("safe (default): never execute commands; run: execute $(shell) like make.")
        .build());
  }

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
