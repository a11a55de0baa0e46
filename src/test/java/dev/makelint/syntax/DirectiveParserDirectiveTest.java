package dev.makelint.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.makelint.syntax.Directive.Conditional;
import dev.makelint.syntax.Directive.ConditionalKind;
import dev.makelint.syntax.Directive.Include;
import dev.makelint.syntax.Directive.Load;
import dev.makelint.syntax.Directive.Other;
import dev.makelint.syntax.Directive.Vpath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conditionals and the other directives. Expected values were checked against GNU make 4.3 with
 * small probe makefiles; the probe and make's answer are quoted where not obvious.
 */
class DirectiveParserDirectiveTest {

  private static final String BAD = DirectiveParser.INVALID_CONDITIONAL;

  private static Conditional cond(String line) {
    Directive d = DirectiveParser.classify(line);
    assertThat(d).as(line).isInstanceOf(Conditional.class);
    return (Conditional) d;
  }

  private static Conditional c(ConditionalKind k, String a1, String a2, boolean extra) {
    return new Conditional(k, a1, a2, null, null, extra);
  }

  private static Conditional bad(ConditionalKind k) {
    return new Conditional(k, null, null, null, BAD, false);
  }

  @Test
  void ifeqAllQuotingForms() {
    assertThat(cond("ifeq (a,b)")).isEqualTo(c(ConditionalKind.IFEQ, "a", "b", false));
    assertThat(cond("ifeq 'a' 'b'")).isEqualTo(c(ConditionalKind.IFEQ, "a", "b", false));
    assertThat(cond("ifeq \"a\" \"b\"")).isEqualTo(c(ConditionalKind.IFEQ, "a", "b", false));
    assertThat(cond("ifeq 'a' \"b\"")).isEqualTo(c(ConditionalKind.IFEQ, "a", "b", false));
    // make 4.3: `ifeq "a" 'a'`, `ifeq 'a''a'` and `ifeq 'a'   "a"  ` are all true.
    assertThat(cond("ifeq \"a\" 'b'")).isEqualTo(c(ConditionalKind.IFEQ, "a", "b", false));
    assertThat(cond("ifeq 'a''b'")).isEqualTo(c(ConditionalKind.IFEQ, "a", "b", false));
    assertThat(cond("ifeq 'a'   \"b\"  ")).isEqualTo(c(ConditionalKind.IFEQ, "a", "b", false));
    assertThat(cond("ifneq (a,b)")).isEqualTo(c(ConditionalKind.IFNEQ, "a", "b", false));
    assertThat(cond("ifneq '' \"\"")).isEqualTo(c(ConditionalKind.IFNEQ, "", "", false));
  }

  @Test
  void quotedArgumentsHaveNoEscapesAndKeepOtherQuotes() {
    assertThat(cond("ifeq 'a\"b' \"c'd\"")).isEqualTo(c(ConditionalKind.IFEQ, "a\"b", "c'd", false));
    assertThat(cond("ifeq 'a\\' 'b'")).isEqualTo(c(ConditionalKind.IFEQ, "a\\", "b", false));
    assertThat(cond("ifeq '$(x) , (' 'a$'")).isEqualTo(c(ConditionalKind.IFEQ, "$(x) , (", "a$", false));
    assertThat(cond("ifeq ' a ' ' b '")).isEqualTo(c(ConditionalKind.IFEQ, " a ", " b ", false));
  }

  @Test
  void parenFormBlanks() {
    // make 4.3: `ifeq ( a , a )` is false, `ifeq (a ,a)` is true, `ifeq (a, a )` is false:
    // blanks before the comma go, leading blanks of arg 1 and trailing blanks of arg 2 stay.
    assertThat(cond("ifeq ( a , a )")).isEqualTo(c(ConditionalKind.IFEQ, " a", "a ", false));
    assertThat(cond("ifeq (a ,a)")).isEqualTo(c(ConditionalKind.IFEQ, "a", "a", false));
    assertThat(cond("ifeq (a,\t a )")).isEqualTo(c(ConditionalKind.IFEQ, "a", "a ", false));
    assertThat(cond("ifeq (,)")).isEqualTo(c(ConditionalKind.IFEQ, "", "", false));
    assertThat(cond("ifeq\t(a,b)")).isEqualTo(c(ConditionalKind.IFEQ, "a", "b", false));
    assertThat(cond("  \tifeq (a,b)")).isEqualTo(c(ConditionalKind.IFEQ, "a", "b", false));
  }

  @Test
  void parenFormCountsBareParentheses() {
    assertThat(cond("ifeq ($(f a,b),x)")).isEqualTo(c(ConditionalKind.IFEQ, "$(f a,b)", "x", false));
    // make 4.3: `ifeq ((a,b),(a,b))` is true.
    assertThat(cond("ifeq ((a,b),(a,b))")).isEqualTo(c(ConditionalKind.IFEQ, "(a,b)", "(a,b)", false));
    // make 4.3: `ifeq (a),b)` is false (arg 1 is "a)").
    assertThat(cond("ifeq (a),b)")).isEqualTo(c(ConditionalKind.IFEQ, "a)", "b", false));
    // make 4.3: `ifeq (a)(,b)` is accepted: the count went -1 then 0 before the comma.
    assertThat(cond("ifeq (a)(,b)")).isEqualTo(c(ConditionalKind.IFEQ, "a)(", "b", false));
    // Braces are not counted: the comma inside ${,} ends arg 1.
    assertThat(cond("ifeq (${,},x)")).isEqualTo(c(ConditionalKind.IFEQ, "${", "},x", false));
    assertThat(cond("ifeq (a,$(b))")).isEqualTo(c(ConditionalKind.IFEQ, "a", "$(b)", false));
    assertThat(cond("ifeq (a,b,c)")).isEqualTo(c(ConditionalKind.IFEQ, "a", "b,c", false));
  }

  @Test
  void extraneousTextAfterIfeq() {
    // make 4.3: `ifeq (a,b)x`, `ifeq (a,a) junk` and `ifeq (a,a))` warn
    // "extraneous text after 'ifeq' directive".
    assertThat(cond("ifeq (a,b)x")).isEqualTo(c(ConditionalKind.IFEQ, "a", "b", true));
    assertThat(cond("ifeq (a,a) junk")).isEqualTo(c(ConditionalKind.IFEQ, "a", "a", true));
    assertThat(cond("ifeq (a,a))")).isEqualTo(c(ConditionalKind.IFEQ, "a", "a", true));
    assertThat(cond("ifneq 'a' 'b' c")).isEqualTo(c(ConditionalKind.IFNEQ, "a", "b", true));
    assertThat(cond("ifeq (a,b) \t")).isEqualTo(c(ConditionalKind.IFEQ, "a", "b", false));
  }

  @Test
  void quotedThenClosingParenQuirk() {
    // make 4.3: `ifeq '' )` is true and `ifeq 'a' )` is false: a ')' in place of the second
    // quote gives an empty second argument.
    assertThat(cond("ifeq '' )")).isEqualTo(c(ConditionalKind.IFEQ, "", "", false));
    assertThat(cond("ifeq 'a')x")).isEqualTo(c(ConditionalKind.IFEQ, "a", "", true));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"ifeq", "ifeq  ", "ifeq (a,b", "ifeq (a b)", "ifeq 'a' junk", "ifeq 'a", "ifeq x",
        "ifeq 'a' 'b", "ifeq \"a\" (b)", "ifeq ((a,b)"})
  void malformedIfeq(String line) {
    // make 4.3: `ifeq`, `ifeq (a,b`, `ifeq 'a' junk`, `ifeq 'a`, `ifeq x` all give
    // "invalid syntax in conditional" (fatal, when evaluated).
    assertThat(cond(line)).isEqualTo(bad(ConditionalKind.IFEQ));
  }

  @Test
  void ifeqWithoutBlankIsNotAConditional() {
    // make 4.3: `ifeq(a,a)` gives "missing separator".
    assertThat(DirectiveParser.classify("ifeq(a,a)")).isEqualTo(new Other("ifeq(a,a)"));
    assertThat(DirectiveParser.classify("ifeqx (a,a)")).isEqualTo(new Other("ifeqx (a,a)"));
    assertThat(DirectiveParser.classify("ifdef$(X)")).isEqualTo(new Other("ifdef$(X)"));
  }

  @Test
  void ifdefTakesTheRawRest() {
    assertThat(cond("ifdef X")).isEqualTo(c(ConditionalKind.IFDEF, "X", null, false));
    assertThat(cond("ifndef $(a)_b")).isEqualTo(c(ConditionalKind.IFNDEF, "$(a)_b", null, false));
    // make 4.3: `ifdef X Y` is "invalid syntax", but only after expansion: the evaluator checks.
    assertThat(cond("ifdef X Y")).isEqualTo(c(ConditionalKind.IFDEF, "X Y", null, false));
    // make 4.3: `ifdef` alone is accepted and false.
    assertThat(cond("ifdef")).isEqualTo(c(ConditionalKind.IFDEF, "", null, false));
    assertThat(cond("ifdef \t X")).isEqualTo(c(ConditionalKind.IFDEF, "X", null, false));
  }

  @Test
  void elseAndEndif() {
    assertThat(cond("else")).isEqualTo(c(ConditionalKind.ELSE, null, null, false));
    assertThat(cond("else  \t")).isEqualTo(c(ConditionalKind.ELSE, null, null, false));
    assertThat(cond("endif")).isEqualTo(c(ConditionalKind.ENDIF, null, null, false));
    assertThat(cond("  endif ")).isEqualTo(c(ConditionalKind.ENDIF, null, null, false));
    // make 4.3: "extraneous text after 'endif' directive" / "... 'else' directive".
    assertThat(cond("endif junk")).isEqualTo(c(ConditionalKind.ENDIF, null, null, true));
    assertThat(cond("else junk")).isEqualTo(c(ConditionalKind.ELSE, null, null, true));
    // make 4.3: `else endif` gives "extraneous text after 'else' directive": only if* may follow.
    assertThat(cond("else endif")).isEqualTo(c(ConditionalKind.ELSE, null, null, true));
    assertThat(cond("else else")).isEqualTo(c(ConditionalKind.ELSE, null, null, true));
    assertThat(DirectiveParser.classify("endifx")).isEqualTo(new Other("endifx"));
    assertThat(DirectiveParser.classify("elsewhere: x")).isEqualTo(new Other("elsewhere: x"));
  }

  @Test
  void elseIf() {
    assertThat(cond("else ifdef X"))
        .isEqualTo(new Conditional(ConditionalKind.ELSE, null, null,
            c(ConditionalKind.IFDEF, "X", null, false), null, false));
    assertThat(cond("else   ifeq   (a,a)   "))
        .isEqualTo(new Conditional(ConditionalKind.ELSE, null, null,
            c(ConditionalKind.IFEQ, "a", "a", false), null, false));
    assertThat(cond("else\tifneq 'a' 'b' x").elseIf())
        .isEqualTo(c(ConditionalKind.IFNEQ, "a", "b", true));
    assertThat(cond("else ifndef Y").elseIf()).isEqualTo(c(ConditionalKind.IFNDEF, "Y", null, false));
    // make 4.3: `else ifeq(a,a)` warns "extraneous text after 'else' directive" and acts as else.
    assertThat(cond("else ifeq(a,a)")).isEqualTo(c(ConditionalKind.ELSE, null, null, true));
    // make 4.3: `else ifeq junk`, when evaluated, reports "extraneous text after 'else'
    // directive" (not "invalid syntax") and still opens a level: the inner error is kept here.
    assertThat(cond("else ifeq junk"))
        .isEqualTo(new Conditional(ConditionalKind.ELSE, null, null, bad(ConditionalKind.IFEQ), null, false));
  }

  @Test
  void exportCannotBeConfusedWithAssignment() {
    assertThat(DirectiveParser.classify("export X")).isEqualTo(new Directive.Export(true, "X"));
    assertThat(DirectiveParser.classify("export\tA  B ")).isEqualTo(new Directive.Export(true, "A  B "));
    assertThat(DirectiveParser.classify("exportX")).isEqualTo(new Other("exportX"));
  }

  @Test
  void includeForms() {
    assertThat(DirectiveParser.classify("include a.mk")).isEqualTo(new Include(false, "a.mk"));
    assertThat(DirectiveParser.classify("-include a b")).isEqualTo(new Include(true, "a b"));
    assertThat(DirectiveParser.classify("sinclude $(DEPS)")).isEqualTo(new Include(true, "$(DEPS)"));
    assertThat(DirectiveParser.classify("include")).isEqualTo(new Include(false, ""));
    assertThat(DirectiveParser.classify("\tinclude\t x.mk")).isEqualTo(new Include(false, "x.mk"));
    // make 4.3: `include_foo` gives "missing separator".
    assertThat(DirectiveParser.classify("include_foo")).isEqualTo(new Other("include_foo"));
    assertThat(DirectiveParser.classify("-includes a")).isEqualTo(new Other("-includes a"));
    assertThat(DirectiveParser.classify("include: a")).isEqualTo(new Other("include: a"));
  }

  @Test
  void vpathAndLoad() {
    assertThat(DirectiveParser.classify("vpath %.c src")).isEqualTo(new Vpath("%.c src"));
    assertThat(DirectiveParser.classify("vpath %.h")).isEqualTo(new Vpath("%.h"));
    assertThat(DirectiveParser.classify("vpath")).isEqualTo(new Vpath(""));
    assertThat(DirectiveParser.classify("load x.so")).isEqualTo(new Load(false, "x.so"));
    assertThat(DirectiveParser.classify("-load x.so(init)")).isEqualTo(new Load(true, "x.so(init)"));
    assertThat(DirectiveParser.classify("load")).isEqualTo(new Load(false, ""));
    assertThat(DirectiveParser.classify("vpathx")).isEqualTo(new Other("vpathx"));
  }

  @Test
  void endefAndOtherWordsAreOther() {
    // make 4.3: a stray `endef` gives "missing separator".
    assertThat(DirectiveParser.classify("endef")).isEqualTo(new Other("endef"));
    assertThat(DirectiveParser.classify("  a: b")).isEqualTo(new Other("  a: b"));
  }

  @Test
  void threadSafe() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Directive>> fs = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String line = "ifeq ($(V" + (i % 20) + "),x)";
        fs.add(pool.submit(() -> DirectiveParser.classify(line)));
      }
      for (int i = 0; i < fs.size(); i++) {
        assertThat(fs.get(i).get())
            .isEqualTo(c(ConditionalKind.IFEQ, "$(V" + (i % 20) + ")", "x", false));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
