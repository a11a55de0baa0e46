package dev.makelint.evaluation;

/**
 * What an expansion sees: the variable set to look names up in (a target's, a $(call)'s or
 * $(foreach)'s scope, ending in the global set) and the location to blame for errors.
 */
public record Scope(VariableSet variables, Location location) {}
