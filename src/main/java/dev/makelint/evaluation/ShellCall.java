package dev.makelint.evaluation;

/** A {@code $(shell ...)} or {@code !=} command met while reading, and what it was answered with. */
public record ShellCall(String command, Location location, boolean executed, String result) {}
