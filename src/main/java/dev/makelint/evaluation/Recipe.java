package dev.makelint.evaluation;

import java.util.List;

/**
 * A rule's recipe: raw logical lines with the recipe prefix removed (continuations kept), the
 * location of its first line, and the recipe prefix in force when the rule was read.
 */
public record Recipe(List<String> lines, Location location, char prefix) {}
