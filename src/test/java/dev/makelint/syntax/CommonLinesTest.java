package dev.makelint.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The grammar-free fast path classifies every line it accepts exactly as the grammar does. */
class CommonLinesTest {
  private static Directive grammar(String line) {
    try {
      return DirectiveParser.parse(line);
    } catch (RuntimeException e) {
      return new Directive.Other(line); // what classify falls back to
    }
  }

  private static int check(List<String> lines) {
    int accepted = 0;
    for (String line : lines) {
      Directive fast = CommonLines.classify(line);
      if (fast != null) {
        accepted++;
        assertThat(fast).as("line [%s]", line).isEqualTo(grammar(line));
      }
    }
    return accepted;
  }

  @Test
  void agreesOnRandomLinesAroundItsBoundaries() {
    String[] words = {"A", "b.c", "export", "override", "private", "define", "undefine", "ifeq",
        "ifneq", "ifdef", "ifndef", "else", "endif", "include", "-include", "sinclude", "vpath",
        "unexport", "load", "x-y", "é", "a,b", "CHECKOUT,v"};
    String[] glue = {" ", "  ", "\t", "", "=", ":=", "::=", ":::=", "+=", "?=", "!=", ":", "(",
        ")", ",", "$", "$(A)", "${B}", "'", "\"", "#", "+", "?", "!", " = ", "\r", "(a,b)",
        "( a , b )", "'a' 'b'"};
    Random r = new Random(6);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + r.nextInt(6);
      for (int k = 0; k < n; k++) {
        b.append(r.nextInt(3) == 0 ? glue[r.nextInt(glue.length)] : words[r.nextInt(words.length)]);
        if (r.nextBoolean()) {
          b.append(glue[r.nextInt(glue.length)]);
        }
      }
      lines.add(b.toString());
    }
    assertThat(check(lines)).isGreaterThan(5_000);
  }

  /** Rule lines of one target, target-specific assignments among them, read without the grammar. */
  @Test
  void readsRuleLinesWhoseTargetEndsAtAColon() {
    List<String> rules = List.of("obj.o: CFLAGS += -O2", "build/%.o: %.c",
        "$(FLAVOURS:%=build/%/mod/src/%.o): CFLAGS += -Imod/include -DNAME=mod",
        "${OUT}/a.o: X = 1", "$(a)(b): x", "a$:b: c", "$$(x): y=z", "a.o:: b", "a:::= b",
        "$(call f,a:b,c)x: y", "a+b: c", "$ x: y = z", "$(A)${B}: C := d");
    assertThat(check(rules)).as("all read without the grammar").isEqualTo(rules.size());
    for (String line : rules) {
      assertThat(CommonLines.classify(line)).as(line).isEqualTo(new Directive.Other(line));
    }
    // left to the grammar: assignments, keywords first, blanks or '#' before the colon,
    // unterminated references
    List<String> others = List.of("a := b", "a::= b", "export: a = b", "ifeq: x", "a b: c = d",
        "$(A:b=c", "${A: b", "a#b: c", "a=b: c", "a+=b: c", "$");
    for (String line : others) {
      assertThat(CommonLines.classify(line)).as(line).isNotEqualTo(new Directive.Other(line));
    }
    check(others);
  }

  @Test
  void agreesOnEveryLineOfTheMakefilesInTheRepository() {
    List<String> lines = RepositoryMakefiles.lines().stream().map(String::strip).toList();
    assertThat(check(lines)).isGreaterThan(500);
  }
}
