package dev.makelint.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Source offsets (start inclusive, end exclusive) of parsed nodes. */
class ExprParserOffsetsTest {

  private static Expr.Literal lit(String s, int start, int end) {
    return new Expr.Literal(s, start, end);
  }

  @Test
  void referenceOffsetsCoverDollarToClosingBracket() {
    // 0123456789
    // a $(CC) b
    assertThat(ExprParser.parse("a $(CC) b")).isEqualTo(new Expr.Concat(List.of(
        lit("a ", 0, 2),
        new Expr.VarRef(lit("CC", 4, 6), 2, 7),
        lit(" b", 7, 9)), 0, 9));
  }

  @Test
  void singleCharReferenceOffsets() {
    assertThat(ExprParser.parse("$xyz")).isEqualTo(new Expr.Concat(List.of(
        new Expr.VarRef(lit("x", 1, 2), 0, 2),
        lit("yz", 2, 4)), 0, 4));
  }

  @Test
  void functionArgumentOffsets() {
    // 0         1         2
    // 012345678901234567890123
    // $(subst a, b ,$(x)y)
    Expr e = ExprParser.parse("$(subst a, b ,$(x)y)");
    assertThat(e).isEqualTo(new Expr.FuncCall(BuiltinFunction.SUBST, List.of(
        lit("a", 8, 9),
        lit(" b ", 10, 13),
        new Expr.Concat(List.of(new Expr.VarRef(lit("x", 16, 17), 14, 18), lit("y", 18, 19)),
            14, 19)), 0, 20));
  }

  @Test
  void emptyArgumentsSitBetweenTheirDelimiters() {
    Expr.FuncCall f = (Expr.FuncCall) ExprParser.parse("$(or ,,c)");
    assertThat(f.args()).containsExactly(lit("", 5, 5), lit("", 6, 6), lit("c", 7, 8));
  }

  @Test
  void computedNameOffsets() {
    // $($(x)_y)
    assertThat(ExprParser.parse("$($(x)_y)")).isEqualTo(new Expr.VarRef(new Expr.Concat(List.of(
        new Expr.VarRef(lit("x", 4, 5), 2, 6),
        lit("_y", 6, 8)), 2, 8), 0, 9));
  }

  @Test
  void malformedRunsToTheEndOfItsString() {
    assertThat(ExprParser.parse("ab$(foo x")).isEqualTo(new Expr.Concat(List.of(
        lit("ab", 0, 2),
        new Expr.Malformed("unterminated variable reference", 2, 9)), 0, 9));
    // Inside an argument the string ends at the argument's end.
    Expr.FuncCall f = (Expr.FuncCall) ExprParser.parse("$(filter ${a,b},c)");
    assertThat(f.args().get(0)).isEqualTo(new Expr.Malformed("unterminated variable reference", 9, 12));
    assertThat(f.args().get(1)).isEqualTo(lit("b},c", 13, 17));
  }

  @Test
  void escapedDollarLiteralSpansBothCharacters() {
    assertThat(ExprParser.parse("a$$b$(x)")).isEqualTo(new Expr.Concat(List.of(
        lit("a$b", 0, 4), new Expr.VarRef(lit("x", 6, 7), 4, 8)), 0, 8));
  }

  @Test
  void offsetsCountUtf16UnitsAfterNonBmpCharacters() {
    // U+1F600 is two chars in a Java String.
    String s = "\uD83D\uDE00$(x)";
    assertThat(ExprParser.parse(s)).isEqualTo(new Expr.Concat(List.of(
        lit("\uD83D\uDE00", 0, 2), new Expr.VarRef(lit("x", 4, 5), 2, 6)), 0, 6));
  }

  @Test
  void everyNodeLiesInsideItsParentAndChildrenAreOrdered() {
    List<String> samples = List.of(
        "$(foreach d,$(DIRS),$(wildcard $(d)/*.c)) $(v:%.c=%.o) $@ $$x ${a$(b)c}",
        "$(if $(filter a,$(b)),$(call f,$(x),y),${z}) tail$",
        "$(a(b)c) $(a $(b(c) d)",
        "pre $(subst (,[,a(b))) $(x");
    for (String s : samples) {
      Expr e = ExprParser.parse(s);
      assertThat(e.start()).isZero();
      assertThat(e.end()).isEqualTo(s.length());
      check(s, e);
    }
  }

  private static void check(String text, Expr e) {
    assertThat(e.start()).isBetween(0, e.end());
    assertThat(e.end()).isLessThanOrEqualTo(text.length());
    List<Expr> kids = List.of();
    if (e instanceof Expr.Concat c) {
      kids = c.parts();
    } else if (e instanceof Expr.FuncCall f) {
      kids = f.args();
    } else if (e instanceof Expr.VarRef v) {
      kids = List.of(v.name());
    }
    int pos = e.start();
    for (Expr k : kids) {
      assertThat(k.start()).as("%s in %s", k, text).isGreaterThanOrEqualTo(pos);
      assertThat(k.end()).isLessThanOrEqualTo(e.end());
      pos = k.end();
      check(text, k);
    }
    if (e instanceof Expr.Literal l && !l.text().contains("$(")) {
      assertThat(text.substring(l.start(), l.end()).replace("$$", "$")).isEqualTo(l.text());
    }
    if (e instanceof Expr.VarRef || e instanceof Expr.FuncCall) {
      assertThat(text.charAt(e.start())).isEqualTo('$');
    }
  }
}
