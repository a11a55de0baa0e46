package dev.makelint.evaluation;

import java.util.List;

/** An implicit rule ({@code %.o: %.c}), from the makefiles or built in. */
public record PatternRule(
    List<String> targets,
    List<String> prerequisites,
    List<String> orderOnly,
    Recipe recipe,
    boolean terminal,
    boolean builtin,
    Location location) {}
