package dev.makelint.evaluation;

/**
 * A makefile that was read, and what brought it in: the include line (null for makefiles given with
 * -f, the default makefile or MAKEFILES).
 */
public record MakefileRead(String name, Location includedFrom, boolean optional) {}
