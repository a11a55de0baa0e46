package dev.makelint.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to read: what `make [OPTIONS] [NAME=VALUE...] [GOAL...]` was asked, plus the simulated
 * platform.
 *
 * @param makefiles the -f files in order; empty for GNUmakefile/makefile/Makefile
 * @param commandLineVariables NAME=VALUE words (any assignment operator), in order
 * @param environment the environment make would see
 */
public record EvalOptions(
    Path workDir,
    List<String> makefiles,
    List<String> includeDirs,
    List<String> commandLineVariables,
    Map<String, String> environment,
    List<String> goals,
    boolean noBuiltinRules,
    boolean noBuiltinVariables,
    boolean environmentOverrides,
    Platform platform,
    Limits limits) {}
