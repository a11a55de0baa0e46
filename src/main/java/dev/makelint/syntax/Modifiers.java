package dev.makelint.syntax;

/** The words that may precede an assignment, define or undefine. */
public record Modifiers(boolean override, boolean export, boolean unexport, boolean isPrivate) {
  public static final Modifiers NONE = new Modifiers(false, false, false, false);
}
