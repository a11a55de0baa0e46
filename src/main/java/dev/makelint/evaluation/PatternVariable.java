package dev.makelint.evaluation;

/** A pattern-specific variable ({@code %.o: CFLAGS += -g}). */
public record PatternVariable(String pattern, Variable variable) {}
