package dev.makelint.evaluation;

/**
 * One logical line of a makefile (or of {@code $(eval)} text) and what the reader took it for, in
 * reading order. Checks use it to see the text make read in the configuration evaluated: which
 * lines were recipe lines, rules, assignments, and which were skipped in a branch not taken.
 *
 * @param location its first physical line; for {@code $(eval)} text the {@code $(eval)} call
 * @param lineCount how many physical lines it spans (1 for {@code $(eval)} text)
 * @param text the line as read: continuations kept ({@code \}-newline), comments kept, a recipe
 *     line with its recipe prefix
 * @param fromEval whether it came from {@code $(eval)} text rather than a file
 */
public record ReadLine(Location location, int lineCount, Kind kind, String text, boolean fromEval) {

  /** How the reader treated a line. */
  public enum Kind {
    /** A recipe line of the rule being read. */
    RECIPE,
    /** A variable assignment ({@code =}, {@code :=}, {@code ::=}, {@code ?=}, {@code +=}, {@code !=}). */
    ASSIGNMENT,
    /** A {@code define} line; its body lines follow as {@link #DEFINE_BODY}. */
    DEFINE,
    /** A line of a {@code define} body, and its {@code endef}. */
    DEFINE_BODY,
    UNDEFINE,
    /** {@code ifeq}, {@code ifneq}, {@code ifdef}, {@code ifndef}, {@code else}, {@code endif}. */
    CONDITIONAL,
    /** {@code export}/{@code unexport} without an assignment. */
    EXPORT,
    VPATH,
    /** {@code include}, {@code -include}, {@code sinclude}. */
    INCLUDE,
    LOAD,
    /** A rule line (targets, colon, prerequisites, perhaps an inline recipe after ';'). */
    RULE,
    /** {@code targets: VAR op value}. */
    TARGET_VARIABLE,
    /** A line that expanded to nothing or a rule without targets. */
    OTHER,
    /** A line in a conditional branch not taken, or a recipe line of a rule make ignores. */
    SKIPPED
  }
}
