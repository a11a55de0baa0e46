package dev.makelint.syntax;

import java.util.stream.Collectors;

/** Compact text form of an Expr tree for assertions (offsets left out). */
final class ExprShow {
  private ExprShow() {}

  static String show(Expr e) {
    if (e instanceof Expr.Literal l) {
      return "'" + l.text() + "'";
    }
    if (e instanceof Expr.Concat c) {
      return "cat(" + c.parts().stream().map(ExprShow::show).collect(Collectors.joining(" ")) + ")";
    }
    if (e instanceof Expr.VarRef v) {
      return "ref(" + show(v.name()) + ")";
    }
    if (e instanceof Expr.FuncCall f) {
      return f.function().makeName() + "("
          + f.args().stream().map(ExprShow::show).collect(Collectors.joining(" | ")) + ")";
    }
    Expr.Malformed m = (Expr.Malformed) e;
    return "ERR(" + m.message() + ")";
  }

  static String parse(String text) {
    return show(ExprParser.parse(text));
  }
}
