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

  @Test
  void agreesOnEveryLineOfTheMakefilesInTheRepository() {
    List<String> lines = RepositoryMakefiles.lines().stream().map(String::strip).toList();
    assertThat(check(lines)).isGreaterThan(500);
  }
}
