package dev.makelint.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.makelint.syntax.Directive.Assign;
import dev.makelint.syntax.Directive.Define;
import dev.makelint.syntax.Directive.Export;
import dev.makelint.syntax.Directive.Other;
import dev.makelint.syntax.Directive.Undefine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Assignments, define and undefine. Expected values were checked against GNU make 4.3 with small
 * probe makefiles; the probe and make's answer are quoted where the behaviour is not obvious.
 */
class DirectiveParserAssignTest {

  private static final Modifiers OVERRIDE = new Modifiers(true, false, false, false);
  private static final Modifiers EXPORT = new Modifiers(false, true, false, false);
  private static final Modifiers PRIVATE = new Modifiers(false, false, false, true);

  private static Assign assign(String line) {
    Directive d = DirectiveParser.classify(line);
    assertThat(d).as(line).isInstanceOf(Assign.class);
    return (Assign) d;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "X = 1|X|RECURSIVE|1",
        "X := 1|X|SIMPLE|1",
        "X ::= 1|X|POSIX_SIMPLE|1",
        "X += 1|X|APPEND|1",
        "X ?= 1|X|CONDITIONAL|1",
        "X != echo hi|X|SHELL|echo hi",
        "X=1|X|RECURSIVE|1",
        "X:=1|X|SIMPLE|1",
        "X::=1|X|POSIX_SIMPLE|1",
        "X+=1|X|APPEND|1",
        "X?=1|X|CONDITIONAL|1",
        "X!=1|X|SHELL|1",
        "a = b = c|a|RECURSIVE|b = c",
        "a := b:c|a|SIMPLE|b:c",
        "X!==1|X|SHELL|=1",
      })
  void sixOperators(String line, String name, AssignOp op, String value) {
    Assign a = assign(line);
    assertThat(a.name()).isEqualTo(name);
    assertThat(a.op()).isEqualTo(op);
    assertThat(a.value()).isEqualTo(value);
    assertThat(a.modifiers()).isEqualTo(Modifiers.NONE);
  }

  @Test
  void valueKeepsTrailingBlanksAndDropsLeadingOnes() {
    assertThat(assign("X =   1  ").value()).isEqualTo("1  ");
    assertThat(assign("X = \t 1\t").value()).isEqualTo("1\t");
    assertThat(assign("X =").value()).isEmpty();
    assertThat(assign("X =   ").value()).isEmpty();
  }

  @Test
  void tabsAndLeadingWhitespace() {
    Assign a = assign("\t  CC\t:=\tgcc");
    assertThat(a.name()).isEqualTo("CC");
    assertThat(a.op()).isEqualTo(AssignOp.SIMPLE);
    assertThat(a.value()).isEqualTo("gcc");
    Assign b = assign("export\tX\t+= 2");
    assertThat(b.modifiers()).isEqualTo(EXPORT);
    assertThat(b.name()).isEqualTo("X");
  }

  /** make 4.3: `export = 1` then $(export) is "1", origin file. Same for the others. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "export", "unexport", "override", "private", "define", "undefine", "ifdef", "ifeq",
        "ifneq", "ifndef", "else", "endif", "include", "-include", "sinclude", "vpath", "load"
      })
  void keywordNamedVariablesAreAssignments(String kw) {
    Assign a = assign(kw + " = 1");
    assertThat(a.name()).isEqualTo(kw);
    assertThat(a.op()).isEqualTo(AssignOp.RECURSIVE);
    assertThat(a.modifiers()).isEqualTo(Modifiers.NONE);
    assertThat(assign(kw + ":=x").name()).isEqualTo(kw);
  }

  @Test
  void defineColonEqualsIsAnAssignment() {
    // make 4.3: `define := x`, `ifdef = y`, `override = 3` print [x][y][3].
    Assign a = assign("define := x");
    assertThat(a).isEqualTo(new Assign(Modifiers.NONE, "define", AssignOp.SIMPLE, "x"));
    assertThat(assign("ifdef = y")).isEqualTo(new Assign(Modifiers.NONE, "ifdef", AssignOp.RECURSIVE, "y"));
    assertThat(assign("override = 3")).isEqualTo(new Assign(Modifiers.NONE, "override", AssignOp.RECURSIVE, "3"));
  }

  @Test
  void modifiers() {
    assertThat(assign("export CFLAGS += -O2"))
        .isEqualTo(new Assign(EXPORT, "CFLAGS", AssignOp.APPEND, "-O2"));
    assertThat(assign("private X = 1")).isEqualTo(new Assign(PRIVATE, "X", AssignOp.RECURSIVE, "1"));
    assertThat(assign("override X := 1")).isEqualTo(new Assign(OVERRIDE, "X", AssignOp.SIMPLE, "1"));
    // make 4.3: `export override private X = 1` gives origin override and X in the environment.
    assertThat(assign("export override private X = 1").modifiers())
        .isEqualTo(new Modifiers(true, true, false, true));
    // A modifier word followed by an assignment to a variable named like a modifier.
    assertThat(assign("override export = 1"))
        .isEqualTo(new Assign(OVERRIDE, "export", AssignOp.RECURSIVE, "1"));
    assertThat(assign("export export := 1"))
        .isEqualTo(new Assign(EXPORT, "export", AssignOp.SIMPLE, "1"));
    assertThat(assign("override define = x"))
        .isEqualTo(new Assign(OVERRIDE, "define", AssignOp.RECURSIVE, "x"));
  }

  @Test
  void unexportIsNotAModifierIn43() {
    // make 4.3: `unexport X = 1` leaves X empty and creates variables "X", "=" and "1":
    // $(filter X = 1,$(.VARIABLES)) printed "1 = X". So it is the unexport directive.
    assertThat(DirectiveParser.classify("unexport X = 1")).isEqualTo(new Export(false, "X = 1"));
    // make 4.3: `unexport define X` + body gives "missing separator" on the body line.
    assertThat(DirectiveParser.classify("unexport define X")).isEqualTo(new Export(false, "define X"));
  }

  @Test
  void modifiersAloneAreNotAssignments() {
    // make 4.3: `override` and `private` alone give "missing separator"; `export` alone is fine.
    assertThat(DirectiveParser.classify("override")).isEqualTo(new Other("override"));
    assertThat(DirectiveParser.classify("private")).isEqualTo(new Other("private"));
    assertThat(DirectiveParser.classify("override FOO")).isEqualTo(new Other("override FOO"));
    assertThat(DirectiveParser.classify("override export")).isEqualTo(new Other("override export"));
    assertThat(DirectiveParser.classify("export")).isEqualTo(new Export(true, ""));
    assertThat(DirectiveParser.classify("export  ")).isEqualTo(new Export(true, ""));
    assertThat(DirectiveParser.classify("export FOO BAR")).isEqualTo(new Export(true, "FOO BAR"));
    assertThat(DirectiveParser.classify("export override")).isEqualTo(new Export(true, "override"));
    assertThat(DirectiveParser.classify("unexport")).isEqualTo(new Export(false, ""));
    assertThat(DirectiveParser.classify("unexport A B")).isEqualTo(new Export(false, "A B"));
  }

  @Test
  void computedNames() {
    // make 4.3: `x$(a=b) = c` sets x; `X:=v` then `$(X)=1` sets v.
    assertThat(assign("x$(a=b) = c")).isEqualTo(new Assign(Modifiers.NONE, "x$(a=b)", AssignOp.RECURSIVE, "c"));
    assertThat(assign("$(X)=1")).isEqualTo(new Assign(Modifiers.NONE, "$(X)", AssignOp.RECURSIVE, "1"));
    assertThat(assign("$($(a)_$(b)) += x").name()).isEqualTo("$($(a)_$(b))");
    assertThat(assign("${a:=b}x := 1").name()).isEqualTo("${a:=b}x");
    // Inside $( only parentheses count, bare ones included.
    assertThat(assign("$(f (=) x)y = 1").name()).isEqualTo("$(f (=) x)y");
    // make 4.3: `${a)=b} = c` gives "empty variable name": the name is ${a)=b}, braces only count.
    assertThat(assign("${a)=b} = c").name()).isEqualTo("${a)=b}");
    assertThat(assign("a(b) = 1").name()).isEqualTo("a(b)");
  }

  @Test
  void dollarTakesTheNextCharacter() {
    // make 4.3: `a$:= 1` gives a recursive variable "a" = 1: "$:" is a reference, then "=".
    assertThat(assign("a$:= 1")).isEqualTo(new Assign(Modifiers.NONE, "a$:", AssignOp.RECURSIVE, "1"));
    assertThat(assign("a$$b = 1").name()).isEqualTo("a$$b");
    assertThat(assign("$@x = 1").name()).isEqualTo("$@x");
    // make 4.3: `a$=b` gives "missing separator": "$=" is a reference, no operator follows.
    assertThat(DirectiveParser.classify("a$=b")).isEqualTo(new Other("a$=b"));
    assertThat(DirectiveParser.classify("a$")).isInstanceOf(Other.class);
    // make 4.3: `a$ = 1` sets a: the name is "a$ " ('$' takes the blank), then "=".
    assertThat(assign("a$ = 1")).isEqualTo(new Assign(Modifiers.NONE, "a$ ", AssignOp.RECURSIVE, "1"));
    // make 4.3: `$$(x = 1` is accepted as an assignment: "$$" is one unit, '(' is plain.
    assertThat(assign("$$(x = 1").name()).isEqualTo("$$(x");
    // make 4.3: `X$(a b) c = 1` gives "missing separator": blanks inside $(...) are skipped,
    // the one before 'c' is not.
    assertThat(DirectiveParser.classify("X$(a b) c = 1")).isInstanceOf(Other.class);
  }

  @Test
  void twoCharacterOperatorsOnlyWhenAdjacent() {
    // make 4.3: `x+ = 1` sets variable "x+".
    assertThat(assign("x+ = 1")).isEqualTo(new Assign(Modifiers.NONE, "x+", AssignOp.RECURSIVE, "1"));
    assertThat(assign("a++=1")).isEqualTo(new Assign(Modifiers.NONE, "a+", AssignOp.APPEND, "1"));
    assertThat(assign("a!:=1")).isEqualTo(new Assign(Modifiers.NONE, "a!", AssignOp.SIMPLE, "1"));
    assertThat(assign("a?!=1")).isEqualTo(new Assign(Modifiers.NONE, "a?", AssignOp.SHELL, "1"));
    // make 4.3: `x + = 1` gives "missing separator".
    assertThat(DirectiveParser.classify("x + = 1")).isInstanceOf(Other.class);
  }

  @Test
  void blanksInsideTheNameMeanNoAssignment() {
    // make 4.3: `a b = c` and `a $(x) = 1` both give "missing separator".
    assertThat(DirectiveParser.classify("a b = c")).isEqualTo(new Other("a b = c"));
    assertThat(DirectiveParser.classify("a $(x) = 1")).isEqualTo(new Other("a $(x) = 1"));
  }

  @Test
  void emptyNameIsStillAnAssignment() {
    // make 4.3: `= x` gives "empty variable name", reported by the evaluator.
    assertThat(assign("= x")).isEqualTo(new Assign(Modifiers.NONE, "", AssignOp.RECURSIVE, "x"));
    assertThat(assign("  := x").name()).isEmpty();
  }

  @Test
  void tripleColonEqualsIsARuleLineIn43() {
    // make 4.3: `X :::= v` gives "empty variable name": not an assignment, but a rule `X ::` with
    // the target-specific assignment `:= v` (empty name). So Other, for the rule parser.
    assertThat(DirectiveParser.classify("X :::= v")).isEqualTo(new Other("X :::= v"));
    assertThat(DirectiveParser.classify("X:::=v")).isInstanceOf(Other.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a: b", "a:: b", "%.o: %.c", "a: X = 1", "a:X=1", "x: = 1", "a b &: c", "a:+=1",
        "$(x = 1", "a\tb = c", "a#b = 1", "all:", "$(info x=y)", "",  "   "
      })
  void notAssignments(String line) {
    // make 4.3: `$(x = 1` gives "unterminated variable reference" (from the rule reader);
    // `a\#b = 1` (so "a#b = 1" here) gives "missing separator": '#' stops the name scan.
    assertThat(DirectiveParser.classify(line)).isEqualTo(new Other(line));
  }

  @Test
  void unterminatedReferenceInTheValueIsFine() {
    // make 4.3: `X = $(x` then $(value X) prints "$(x".
    assertThat(assign("X = $(x")).isEqualTo(new Assign(Modifiers.NONE, "X", AssignOp.RECURSIVE, "$(x"));
  }

  @Test
  void define() {
    assertThat(DirectiveParser.classify("define X"))
        .isEqualTo(new Define(Modifiers.NONE, "X", AssignOp.RECURSIVE, false));
    assertThat(DirectiveParser.classify("define   X  \t"))
        .isEqualTo(new Define(Modifiers.NONE, "X", AssignOp.RECURSIVE, false));
    assertThat(DirectiveParser.classify("define X :="))
        .isEqualTo(new Define(Modifiers.NONE, "X", AssignOp.SIMPLE, false));
    assertThat(DirectiveParser.classify("define X="))
        .isEqualTo(new Define(Modifiers.NONE, "X", AssignOp.RECURSIVE, false));
    assertThat(DirectiveParser.classify("define X ::=  "))
        .isEqualTo(new Define(Modifiers.NONE, "X", AssignOp.POSIX_SIMPLE, false));
    assertThat(DirectiveParser.classify("define X ?="))
        .isEqualTo(new Define(Modifiers.NONE, "X", AssignOp.CONDITIONAL, false));
    assertThat(DirectiveParser.classify("define X !="))
        .isEqualTo(new Define(Modifiers.NONE, "X", AssignOp.SHELL, false));
    assertThat(DirectiveParser.classify("define $(n)_x +="))
        .isEqualTo(new Define(Modifiers.NONE, "$(n)_x", AssignOp.APPEND, false));
  }

  @Test
  void defineWithModifiers() {
    assertThat(DirectiveParser.classify("override define X +="))
        .isEqualTo(new Define(OVERRIDE, "X", AssignOp.APPEND, false));
    // make 4.3: `private export define X +=` + body: X=foo, exported.
    assertThat(DirectiveParser.classify("private export define X +="))
        .isEqualTo(new Define(new Modifiers(false, true, false, true), "X", AssignOp.APPEND, false));
    // No modifiers after 'define': the name is "override X".
    assertThat(DirectiveParser.classify("define override X"))
        .isEqualTo(new Define(Modifiers.NONE, "override X", AssignOp.RECURSIVE, false));
  }

  @Test
  void defineExtraneousText() {
    // make 4.3: `define X = junk` warns "extraneous text after 'define' directive", X recursive.
    assertThat(DirectiveParser.classify("define X = junk"))
        .isEqualTo(new Define(Modifiers.NONE, "X", AssignOp.RECURSIVE, true));
  }

  @Test
  void defineWithoutAValidOperatorTakesTheWholeRestAsName() {
    // make 4.3: `define a b =` defines the variable "a b =" ($(value a b =) printed the body).
    assertThat(DirectiveParser.classify("define a b ="))
        .isEqualTo(new Define(Modifiers.NONE, "a b =", AssignOp.RECURSIVE, false));
    // make 4.3: `define X :::=` defines "X :::=" ($(value X :::=) printed the body).
    assertThat(DirectiveParser.classify("define X :::="))
        .isEqualTo(new Define(Modifiers.NONE, "X :::=", AssignOp.RECURSIVE, false));
    // make 4.3: `define` alone gives "empty variable name" (the evaluator's job).
    assertThat(DirectiveParser.classify("define"))
        .isEqualTo(new Define(Modifiers.NONE, "", AssignOp.RECURSIVE, false));
  }

  @Test
  void defineMustBeAWholeWord() {
    assertThat(DirectiveParser.classify("define(x)")).isEqualTo(new Other("define(x)"));
    assertThat(DirectiveParser.classify("definex y")).isEqualTo(new Other("definex y"));
  }

  @Test
  void undefine() {
    assertThat(DirectiveParser.classify("undefine X")).isEqualTo(new Undefine(Modifiers.NONE, "X"));
    assertThat(DirectiveParser.classify("override undefine  X ")).isEqualTo(new Undefine(OVERRIDE, "X"));
    // make 4.3: `undefine` alone gives "empty variable name".
    assertThat(DirectiveParser.classify("undefine")).isEqualTo(new Undefine(Modifiers.NONE, ""));
  }

  @Test
  void sameInstanceFromCache() {
    Directive a = DirectiveParser.classify("CACHED_X = 1");
    assertThat(DirectiveParser.classify(new String("CACHED_X = 1"))).isSameAs(a);
  }

  @Test
  void nonBmpCharactersKeepOffsets() {
    assertThat(assign("\uD83D\uDE00x = \uD83D\uDE00 y").value()).isEqualTo("\uD83D\uDE00 y");
    assertThat(assign("\uD83D\uDE00x = 1").name()).isEqualTo("\uD83D\uDE00x");
  }
}
