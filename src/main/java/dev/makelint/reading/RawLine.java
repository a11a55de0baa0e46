package dev.makelint.reading;

/**
 * One logical line as make's readline() returns it: physical lines ending in an odd number of
 * backslashes are joined with the backslash-newline kept, because what it means depends on
 * whether the line turns out to be a recipe, a define body line or anything else.
 *
 * @param text the line, without its final newline
 * @param firstLine 1-based number of its first physical line
 * @param lineCount how many physical lines it spans
 */
public record RawLine(String text, int firstLine, int lineCount) {}
