package dev.makelint.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The syntax-level guards against hostile input: huge lines, deep nesting, many references. */
class HostileSyntaxTest {
  private static final String BIG = "abc def ".repeat(20_000); // 160 kB, past LONG_LINE

  @Test
  void aHugeAssignmentIsClassifiedWithoutTokenizingItsValue() {
    assertThat(BIG.length()).isGreaterThan(DirectiveParser.LONG_LINE);
    assertThat(DirectiveParser.classify("X := " + BIG)).isEqualTo(
        new Directive.Assign(Modifiers.NONE, "X", AssignOp.SIMPLE, BIG));
    assertThat(DirectiveParser.classify("override export Y +=\t " + BIG)).isEqualTo(
        new Directive.Assign(new Modifiers(true, true, false, false), "Y", AssignOp.APPEND, BIG));
  }

  @Test
  void aHugeLineWhoseFirstEqualsIsNotAnOperatorIsParsedInFull() {
    // the '=' is inside a reference in the name: the prefix is no assignment, the full parse runs
    Directive d = DirectiveParser.classify("$(a=b) = " + BIG);
    assertThat(d).isEqualTo(new Directive.Assign(Modifiers.NONE, "$(a=b)", AssignOp.RECURSIVE,
        BIG));
    assertThat(DirectiveParser.classify("all: x=" + BIG)).isInstanceOf(Directive.Other.class);
  }

  @Test
  void nestingIsMeasuredOnDollarBracketsOnly() {
    assertThat(ExprParser.nestingExceeds("$(a $(b $(c)))", 3)).isFalse();
    assertThat(ExprParser.nestingExceeds("$(a $(b $(c $(d))))", 3)).isTrue();
    assertThat(ExprParser.nestingExceeds("(".repeat(1000) + ")".repeat(1000), 3)).isFalse();
    assertThat(ExprParser.nestingExceeds("$(a) $(b) $(c) $(d) $(e)", 1)).isFalse();
    assertThat(ExprParser.nestingExceeds("$$(a $$(b $$(c $$(d))))", 1)).isFalse();
    assertThat(ExprParser.nestingExceeds("${a ${b ${c}}}", 2)).isTrue();
  }

  @Test
  void referencesAreCountedWithDoubleDollarsAsOne() {
    assertThat(ExprParser.referencesExceed("$a$b$c", 3)).isFalse();
    assertThat(ExprParser.referencesExceed("$a$b$c$d", 3)).isTrue();
    assertThat(ExprParser.referencesExceed("$$$$$$", 3)).isFalse();
  }
}
