package dev.makelint.evaluation;

/** One prerequisite of a rule, with the location of the rule line that named it. */
public record Prerequisite(String name, boolean orderOnly, Location location) {}
