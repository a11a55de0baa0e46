package dev.makelint.syntax;

import java.util.List;

/**
 * A parsed piece of make text, the tree GNU make's expander walks. Nothing is evaluated here.
 * Offsets ({@code start} inclusive, {@code end} exclusive) index into the text that was parsed.
 */
public sealed interface Expr
    permits Expr.Literal, Expr.Concat, Expr.VarRef, Expr.FuncCall, Expr.Malformed {

  int start();

  int end();

  /** Plain text; {@code $$} appears here already reduced to {@code $}. */
  record Literal(String text, int start, int end) implements Expr {}

  /** A sequence of pieces expanded one after the other. */
  record Concat(List<Expr> parts, int start, int end) implements Expr {}

  /**
   * {@code $(NAME)}, {@code ${NAME}} or {@code $X}. {@code name} may itself contain references. As in
   * make, whether this is a substitution reference ({@code $(v:a=b)}) is decided after the name is
   * expanded: a ':' followed later by '=' in the expanded text.
   */
  record VarRef(Expr name, int start, int end) implements Expr {}

  /**
   * A call of a built-in function, its arguments already split the way make splits them for that
   * function (the last argument takes any further commas once the maximum count is reached).
   */
  record FuncCall(BuiltinFunction function, List<Expr> args, int start, int end) implements Expr {}

  /**
   * Text make cannot expand, such as an unterminated reference. Expanding it fails at this point with
   * {@code message}, make's own wording (e.g. "unterminated variable reference").
   */
  record Malformed(String message, int start, int end) implements Expr {}
}
