package dev.makelint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.makelint.reading.SourceFile;
import dev.makelint.syntax.DirectiveParser;
import dev.makelint.syntax.Expr;
import dev.makelint.syntax.ExprParser;

/**
 * Fuzzes the expression parser and the line classifier: they promise never to throw, and the
 * spans of an expression tree lie inside the text.
 */
class ExprParserFuzzTest {
  static {
    FuzzSupport.seedFromFixtures(ExprParserFuzzTest.class, "parse");
  }

  @FuzzTest(maxDuration = "5s")
  void parse(byte[] data) {
    String text = SourceFile.decode(data);
    if (ExprParser.nestingExceeds(text, 100) || ExprParser.referencesExceed(text, 20_000)) {
      return; // the evaluator refuses these before parsing (--max-nesting, --max-references)
    }
    Expr e = ExprParser.parse(text);
    checkSpans(e, text.length());
    DirectiveParser.classify(text);
  }

  private static void checkSpans(Expr e, int length) {
    if (e.start() < 0 || e.end() > length || e.start() > e.end()) {
      throw new AssertionError("span " + e.start() + ".." + e.end() + " outside 0.." + length
          + " in " + e);
    }
    if (e instanceof Expr.Concat c) {
      c.parts().forEach(p -> checkSpans(p, length));
    } else if (e instanceof Expr.VarRef r) {
      checkSpans(r.name(), length);
    } else if (e instanceof Expr.FuncCall f) {
      f.args().forEach(a -> checkSpans(a, length));
    }
  }
}
