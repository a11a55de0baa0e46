/**
 * Reading expanded recipe lines as the shell and the compiler toolchain would: which simple
 * commands a line runs ({@link dev.makelint.buildmodel.ShellWords}), and which of them compile,
 * link or archive what ({@link dev.makelint.buildmodel.CommandClassifier}, with the facade
 * {@link dev.makelint.buildmodel.RecipeCommands}). The package exists so that makelint's build
 * checks can reason about sources, objects and links rather than text, and it depends on nothing
 * from the makefile evaluator: its input is a string that make has already expanded.
 */
package dev.makelint.buildmodel;
