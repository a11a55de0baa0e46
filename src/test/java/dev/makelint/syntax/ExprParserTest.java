package dev.makelint.syntax;

import static dev.makelint.syntax.ExprShow.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Structure of parsed expressions. Comments "make:" give the GNU make 4.3 probe that fixed the
 * expected behaviour where it is not obvious (run as `x := TEXT` then `$(info $x)`, with
 * --warn-undefined-variables to see which variable names were looked up).
 */
class ExprParserTest {

  @Test
  void plainTextIsOneLiteral() {
    assertThat(ExprParser.parse("a b, c(d)")).isEqualTo(new Expr.Literal("a b, c(d)", 0, 9));
    assertThat(ExprParser.parse("")).isEqualTo(new Expr.Literal("", 0, 0));
  }

  @Test
  void doubleDollarIsLiteralDollarMergedWithNeighbours() {
    assertThat(ExprParser.parse("a$$b")).isEqualTo(new Expr.Literal("a$b", 0, 4));
    assertThat(parse("$$(x)")).isEqualTo("'$(x)'");
    assertThat(parse("$$$(x)")).isEqualTo("cat('$' ref('x'))");
  }

  @Test
  void trailingDollarIsLiteralDollar() {
    // make: `$(info a$)` prints "a$"; `x:=a$` then `[$(x)b]` prints "[a$b]".
    assertThat(ExprParser.parse("a$")).isEqualTo(new Expr.Literal("a$", 0, 2));
    assertThat(ExprParser.parse("$")).isEqualTo(new Expr.Literal("$", 0, 1));
    assertThat(parse("$(info a$)")).isEqualTo("info('a$')");
  }

  @Test
  void singleCharacterReferences() {
    // make: `$xyz` with x=1 gives "1yz".
    assertThat(parse("$xyz")).isEqualTo("cat(ref('x') 'yz')");
    assertThat(parse("$@")).isEqualTo("ref('@')");
    assertThat(parse("$<$^")).isEqualTo("cat(ref('<') ref('^'))");
    assertThat(parse("a$)")).isEqualTo("cat('a' ref(')'))");
    assertThat(parse("$}$,")).isEqualTo("cat(ref('}') ref(','))");
  }

  @Test
  void dollarWhitespaceRefersToAWhitespaceVariable() {
    // make: `x:=[a$ b$<TAB>c]` warns "undefined variable ' '" and "undefined variable '^I'",
    // value "[abc]".
    assertThat(parse("a$ b")).isEqualTo("cat('a' ref(' ') 'b')");
    assertThat(parse("a$\t  b")).isEqualTo("cat('a' ref('\t') '  b')");
    assertThat(parse("a$\nb")).isEqualTo("cat('a' ref('\n') 'b')");
  }

  @Test
  void simpleParenAndBraceReferences() {
    assertThat(parse("$(CC)")).isEqualTo("ref('CC')");
    assertThat(parse("${CC}")).isEqualTo("ref('CC')");
    assertThat(parse("x$(A)y${B}z")).isEqualTo("cat('x' ref('A') 'y' ref('B') 'z')");
    assertThat(parse("$()")).isEqualTo("ref('')");
  }

  @Test
  void functionNameWithoutWhitespaceIsAVariable() {
    // make: with info=I eval=E, `[$(info)] [$(eval)] [${info}]` prints "[I] [E] [I]".
    assertThat(parse("$(info)")).isEqualTo("ref('info')");
    assertThat(parse("$(eval)")).isEqualTo("ref('eval')");
    assertThat(parse("${info}")).isEqualTo("ref('info')");
    // make: `$(info$(y))` looks up y, then "info".
    assertThat(parse("$(info$(y))")).isEqualTo("ref(cat('info' ref('y')))");
    // make: `$(info-x y)` looks up "info-x y"; `$(info:x=y)` is a substitution on "info".
    assertThat(parse("$(info-x y)")).isEqualTo("ref('info-x y')");
    assertThat(parse("$(info:x=y)")).isEqualTo("ref('info:x=y')");
    assertThat(parse("$(Info x)")).isEqualTo("ref('Info x')");
  }

  @Test
  void functionCallsSkipAllWhitespaceAfterTheName() {
    // make: `$(info <TAB>  foo  )` prints "foo  ".
    assertThat(parse("$(info \t  foo  )")).isEqualTo("info('foo  ')");
    // make: `$(info\rfoo)`, `$(info\ffoo)`, `$(info\vfoo)` print "foo"; in a define body
    // `$(info<NL>foo)` and `$(info <NL> foo)` print "foo" too.
    assertThat(parse("$(info\rfoo)")).isEqualTo("info('foo')");
    assertThat(parse("$(info\u000Bfoo)")).isEqualTo("info('foo')");
    assertThat(parse("$(info \n foo)")).isEqualTo("info('foo')");
    assertThat(parse("${warning  hi}")).isEqualTo("warning('hi')");
  }

  @Test
  void emptyArgumentListIsOneEmptyArgument() {
    Expr e = ExprParser.parse("$(info )");
    assertThat(e).isInstanceOf(Expr.FuncCall.class);
    assertThat(((Expr.FuncCall) e).args()).containsExactly(new Expr.Literal("", 7, 7));
  }

  @Test
  void argumentsSplitAtTopLevelCommas() {
    assertThat(parse("$(subst a,b,c)")).isEqualTo("subst('a' | 'b' | 'c')");
    assertThat(parse("$(patsubst %.c,%.o,$(SRCS))")).isEqualTo("patsubst('%.c' | '%.o' | ref('SRCS'))");
    assertThat(parse("$(filter a,)")).isEqualTo("filter('a' | '')");
    // make: `$(or ,,c)` gives "c": three arguments, two empty.
    assertThat(parse("$(or ,,c)")).isEqualTo("or('' | '' | 'c')");
  }

  @Test
  void lastArgumentKeepsCommasBeyondTheMaximum() {
    // make: `[$(if a,b,c,d)]` gives "[b]"; `$(subst a,b,c,d)` gives "c,d";
    // `$(subst a,b,c,d,a)` gives "c,d,b"; `$(info a,b)` prints "a,b".
    assertThat(parse("$(if a,b,c,d)")).isEqualTo("if('a' | 'b' | 'c,d')");
    assertThat(parse("$(subst a,b,c,d)")).isEqualTo("subst('a' | 'b' | 'c,d')");
    assertThat(parse("$(info a,b)")).isEqualTo("info('a,b')");
    assertThat(parse("$(word 2,a,b,c)")).isEqualTo("word('2' | 'a,b,c')");
    assertThat(parse("$(file >out,a,b)")).isEqualTo("file('>out' | 'a,b')");
  }

  @Test
  void unlimitedFunctionsSplitAtEveryTopLevelComma() {
    // make: f=$$1$$2$$3, `$(call f,a,b,c)` gives "$1$2$3"... expanded as call args a b c;
    // `$(and a,b,c)` gives "c".
    assertThat(parse("$(call f,a,b,c,d)")).isEqualTo("call('f' | 'a' | 'b' | 'c' | 'd')");
    assertThat(parse("$(and a,b,c)")).isEqualTo("and('a' | 'b' | 'c')");
    assertThat(parse("$(or a)")).isEqualTo("or('a')");
  }

  @Test
  void nestedCallsAndReferencesInArguments() {
    assertThat(parse("$(addprefix -I,$(sort $(dir $(SRCS))))"))
        .isEqualTo("addprefix('-I' | sort(dir(ref('SRCS'))))");
    assertThat(parse("$(foreach f,$(FILES),$(f).o x)"))
        .isEqualTo("foreach('f' | ref('FILES') | cat(ref('f') '.o x'))");
    // Commas inside a nested $(...) do not split: make `$(word 2,$(a,b))` looks up "a,b".
    assertThat(parse("$(filter $(a,b),c)")).isEqualTo("filter(ref('a,b') | 'c')");
  }

  @Test
  void bareParenthesesNestInsideParenCalls() {
    // make: `$(subst (,[,a(b))` fails "unterminated call to function 'subst': missing ')'":
    // the two bare '(' are counted and only one of them is closed before the end.
    assertThat(parse("$(subst (,[,a(b))"))
        .isEqualTo("ERR(unterminated call to function 'subst': missing ')')");
    // make: `$(subst (,[,a(b)))` fails "insufficient number of arguments (1)": the commas are
    // inside the bare parentheses, so there is one argument.
    assertThat(parse("$(subst (,[,a(b)))")).isEqualTo("subst('(,[,a(b))')");
    assertThat(parse("$(subst (a),b,c)")).isEqualTo("subst('(a)' | 'b' | 'c')");
  }

  @Test
  void braceCallsIgnoreParentheses() {
    // make: `x:=${subst (,[,a(b}` gives "a[b".
    assertThat(parse("${subst (,[,a(b}")).isEqualTo("subst('(' | '[' | 'a(b')");
    assertThat(parse("${subst {,[,a{b}}}")).isEqualTo("subst('{,[,a{b}}')");
    assertThat(parse("$(subst {,[,a{b)")).isEqualTo("subst('{' | '[' | 'a{b')");
  }

  @Test
  void closingParenBeforeAnyDollarEndsTheVariableName() {
    // make: with a(b=AB, `[$(a(b)c)]` prints "[ABc)]".
    assertThat(parse("$(a(b)c)")).isEqualTo("cat(ref('a(b') 'c)')");
    // make: `[$(a(b) $(y)]tail` looks up "a(b" and "y" and gives "[ ]tail".
    assertThat(parse("[$(a(b) $(y)]tail")).isEqualTo("cat('[' ref('a(b') ' ' ref('y') ']tail')");
    assertThat(parse("${a{b}c}")).isEqualTo("cat(ref('a{b') 'c}')");
    assertThat(parse("$(a{b)")).isEqualTo("ref('a{b')");
  }

  @Test
  void computedVariableNames() {
    assertThat(parse("$($(x)_y)")).isEqualTo("ref(cat(ref('x') '_y'))");
    assertThat(parse("${${x}}")).isEqualTo("ref(ref('x'))");
    assertThat(parse("$(a$(b)c$(d))")).isEqualTo("ref(cat('a' ref('b') 'c' ref('d')))");
    assertThat(parse("$($(call f,1))")).isEqualTo("ref(call('f' | '1'))");
    // make: `$(a$)` looks up the variable "a$" (defined with `a$$=A`, gives "A").
    assertThat(parse("$(a$)")).isEqualTo("ref('a$')");
  }

  @Test
  void substitutionReferencesAreNotSplit() {
    assertThat(parse("$(v:.c=.o)")).isEqualTo("ref('v:.c=.o')");
    assertThat(parse("$(SRCS:%.c=%.o)")).isEqualTo("ref('SRCS:%.c=%.o')");
    assertThat(parse("$(v:$(a)=$(b))")).isEqualTo("ref(cat('v:' ref('a') '=' ref('b')))");
  }

  @Test
  void unterminatedVariableReference() {
    // make: `x:=[$(foo` fails "unterminated variable reference".
    assertThat(parse("[$(foo")).isEqualTo("cat('[' ERR(unterminated variable reference))");
    assertThat(parse("${foo")).isEqualTo("ERR(unterminated variable reference)");
    assertThat(parse("$(a$(b")).isEqualTo("ERR(unterminated variable reference)");
    assertThat(parse("$(a}")).isEqualTo("ERR(unterminated variable reference)");
  }

  @Test
  void unterminatedFunctionCall() {
    // make: `x:=[$(info` and `x:=[${info` fail with "missing ')'" / "missing '}'": a name at the
    // very end of the string is a function name.
    assertThat(parse("[$(info")).isEqualTo("cat('[' ERR(unterminated call to function 'info': missing ')'))");
    assertThat(parse("${info")).isEqualTo("ERR(unterminated call to function 'info': missing '}')");
    assertThat(parse("$(foreach x,a,$(x)")).isEqualTo("ERR(unterminated call to function 'foreach': missing ')')");
    assertThat(parse("${if a,b)"))
        .isEqualTo("ERR(unterminated call to function 'if': missing '}')");
  }

  @Test
  void unbalancedNameSwallowsTheRestOfTheString() {
    // make: `x:=[$($(foo)]tail` gives "[": the name is the raw text "$(foo" and "]tail" is lost.
    assertThat(parse("[$($(foo)]tail")).isEqualTo("cat('[' ref('$(foo'))");
    // make: `[$(a $(b(c) d)]tail` looks up the variable "a $(b(c" and gives "[".
    assertThat(parse("[$(a $(b(c) d)]tail")).isEqualTo("cat('[' ref('a $(b(c'))");
    Expr e = ExprParser.parse("[$($(foo)]tail");
    assertThat(((Expr.Concat) e).parts().get(1).end()).isEqualTo(14);
  }

  @Test
  void otherBracketKindInsideIsPlainTextForCounting() {
    // make: with b=B, `[$(a ${b)} )]` fails "unterminated variable reference": the outer name
    // ends at the ')' inside the braces and the inner "${b" never closes.
    assertThat(parse("[$(a ${b)} )]"))
        .isEqualTo("cat('[' ref(cat('a ' ERR(unterminated variable reference))) '} )]')");
    // make: `$(filter ${a,b},c)` fails "unterminated variable reference": the first argument is
    // "${a".
    assertThat(parse("$(filter ${a,b},c)"))
        .isEqualTo("filter(ERR(unterminated variable reference) | 'b},c')");
    // make: `${info $(x}` and `$(info ${x)` fail "unterminated variable reference".
    assertThat(parse("${info $(x}")).isEqualTo("info(ERR(unterminated variable reference))");
    assertThat(parse("$(info ${x)")).isEqualTo("info(ERR(unterminated variable reference))");
    assertThat(parse("${a $(b}")).isEqualTo("ref(cat('a ' ERR(unterminated variable reference)))");
  }

  @Test
  void bracketsOutsideReferencesAreText() {
    assertThat(parse("(a) {b} ,$(x))")).isEqualTo("cat('(a) {b} ,' ref('x') ')')");
  }

  @Test
  void builtinFunctionsAreAllRecognised() {
    for (BuiltinFunction f : BuiltinFunction.values()) {
      Expr e = ExprParser.parse("$(" + f.makeName() + " x)");
      assertThat(e).as(f.makeName()).isInstanceOf(Expr.FuncCall.class);
      assertThat(((Expr.FuncCall) e).function()).isEqualTo(f);
    }
    assertThat(parse("$(guile x)")).isEqualTo("ref('guile x')");
    assertThat(parse("$(let a,b,c)")).isEqualTo("ref('let a,b,c')");
  }

  @Test
  void recipeLikeText() {
    assertThat(parse("$(CC) -c $< -o $@ $(CFLAGS:-O2=-O0)"))
        .isEqualTo("cat(ref('CC') ' -c ' ref('<') ' -o ' ref('@') ' ' ref('CFLAGS:-O2=-O0'))");
  }

  @Test
  void neverThrowsOnOddInput() {
    List<String> inputs = List.of("$", "$$$", "$(", "${", "$((", "$)", "$(,", "$(info", "$(info ",
        "$(info ,", "$(()", "${}}", "$(a)$(", "\u0000$(\u0000)", "$(\uD83D\uDE00)", "$\uD83D\uDE00x",
        "(".repeat(1000) + "$(" + "(".repeat(1000));
    for (String s : inputs) {
      Expr e = ExprParser.parse(s);
      assertThat(e).as(s).isNotNull();
      assertThat(e.start()).isZero();
      assertThat(e.end()).isEqualTo(s.length());
    }
    assertThat(parse("$\uD83D\uDE00x")).isEqualTo("cat(ref('\uD83D\uDE00') 'x')");
  }

  @Test
  void cacheReturnsTheSameTree() {
    Expr a = ExprParser.parse("$(cached $(x))");
    assertThat(ExprParser.parse("$(cached $(x))")).isSameAs(a);
    assertThat(ExprParser.parseUncached("$(cached $(x))")).isEqualTo(a).isNotSameAs(a);
  }

  @Test
  void functionNameAtTheEndOfAnArgument() {
    // make: `${if a,$(info}` fails "unterminated call to function 'info': missing ')'" when the
    // second argument "$(info" is expanded.
    assertThat(parse("${if a,$(info}"))
        .isEqualTo("if('a' | ERR(unterminated call to function 'info': missing ')'))");
  }

  @Test
  void trailingDollarInsideAnArgument() {
    // make: `$(info $(a)$)` prints "$".
    assertThat(parse("$(info $(a)$)")).isEqualTo("info(cat(ref('a') '$'))");
  }

  @Test
  void deepNestingIsHandled() {
    // make: `x:=[$(` + 20000 '(' + 20001 ')' + `]` gives "[" then 20000 ')' and "]": the name is
    // the 20000 '(' (no '$' before the first ')').
    int n = 20_000;
    String s = "[$(" + "(".repeat(n) + ")".repeat(n + 1) + "]";
    assertThat(ExprParser.parse(s)).isEqualTo(new Expr.Concat(List.of(
        new Expr.Literal("[", 0, 1),
        new Expr.VarRef(new Expr.Literal("(".repeat(n), 3, 3 + n), 1, 3 + n + 1),
        new Expr.Literal(")".repeat(n) + "]", 3 + n + 1, s.length())), 0, s.length()));
    String calls = "$(strip ".repeat(300) + "x" + ")".repeat(300);
    Expr e = ExprParser.parse(calls);
    for (int i = 0; i < 300; i++) {
      assertThat(e).isInstanceOf(Expr.FuncCall.class);
      e = ((Expr.FuncCall) e).args().get(0);
    }
    assertThat(e).isEqualTo(new Expr.Literal("x", 300 * 8, 300 * 8 + 1));
  }

  @Test
  void parsesConcurrently() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int id = t;
        results.add(pool.submit(() -> {
          for (int i = 0; i < 2000; i++) {
            String v = "V" + id + "_" + i;
            String shown = parse("$(subst a,b,$(" + v + ")) $$x");
            if (!shown.equals("cat(subst('a' | 'b' | ref('" + v + "')) ' $x')")) {
              return false;
            }
          }
          return true;
        }));
      }
      for (java.util.concurrent.Future<Boolean> f : results) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
