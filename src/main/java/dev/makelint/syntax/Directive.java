package dev.makelint.syntax;

/**
 * A non-recipe line after continuations were collapsed and comments removed, classified the way
 * GNU make's read.c classifies it. Classification does not depend on evaluator state; the
 * evaluator decides what to do with it (e.g. skip it in an untaken branch). Texts are unexpanded.
 */
public sealed interface Directive {

  /** {@code [modifiers] NAME op VALUE}. {@code value} has leading blanks removed, trailing kept. */
  record Assign(Modifiers modifiers, String name, AssignOp op, String value) implements Directive {}

  /**
   * {@code [modifiers] define NAME [op]}. {@code name} is unexpanded; {@code op} is RECURSIVE when
   * absent. {@code extraneousText} is set when text follows the operator (make: "extraneous text
   * after 'define' directive").
   */
  record Define(Modifiers modifiers, String name, AssignOp op, boolean extraneousText)
      implements Directive {}

  /** {@code [modifiers] undefine NAME}. */
  record Undefine(Modifiers modifiers, String name) implements Directive {}

  /**
   * {@code ifeq/ifneq/ifdef/ifndef/else/endif}. For ifeq/ifneq, {@code arg1}/{@code arg2} are the
   * two raw strings; for ifdef/ifndef {@code arg1} is the raw text after the keyword. For ELSE,
   * {@code elseIf} is the conditional after 'else' or null. {@code error} is make's message when the
   * arguments are malformed ("invalid syntax in conditional"), reported only if the line is
   * evaluated; {@code extraneousText} is set for text after the closing argument, 'endif' or 'else'.
   */
  record Conditional(
      ConditionalKind kind,
      String arg1,
      String arg2,
      Conditional elseIf,
      String error,
      boolean extraneousText)
      implements Directive {}

  enum ConditionalKind {
    IFEQ,
    IFNEQ,
    IFDEF,
    IFNDEF,
    ELSE,
    ENDIF
  }

  /** {@code include}, {@code -include} or {@code sinclude}; {@code files} unexpanded. */
  record Include(boolean optional, String files) implements Directive {}

  /** Bare {@code export}/{@code unexport} (empty {@code names}) or with a list of names. */
  record Export(boolean export, String names) implements Directive {}

  /** {@code vpath [PATTERN [DIRS]]}; {@code args} unexpanded. */
  record Vpath(String args) implements Directive {}

  /** {@code load}/{@code -load}. */
  record Load(boolean optional, String args) implements Directive {}

  /** Anything else: a rule line, or text that is not valid make (decided when expanded). */
  record Other(String text) implements Directive {}
}
