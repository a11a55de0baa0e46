package dev.makelint.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written scan builds exactly the grammar's tree for every text it accepts. */
class ExprScannerTest {
  private static int check(List<String> texts) {
    int accepted = 0;
    for (String t : texts) {
      Expr fast = ExprScanner.parse(t);
      if (fast != null) {
        accepted++;
        assertThat(fast).as("text [%s]", t).isEqualTo(ExprParser.parseUncached(t));
      }
    }
    return accepted;
  }

  @Test
  void takesAReferenceOrCallLeftOpenAtTheTopLevelAsTheGrammarDoes() {
    List<String> open = List.of("\t$(CXX) $(CXXFLAGS) $(", "a $(b", "x ${y", "$(foo a,b", "$(",
        "$(a $(b", "$(a}", "${a)", "$(subst", "$(subst a,b", "x $(subst a,b", "${subst a,b",
        "$(subst a,$(b),c", "$(info $(x)", "${info x)", "$(a)$(b");
    for (String t : open) {
      assertThat(ExprScanner.parse(t)).as("text [%s]", t).isNotNull()
          .isEqualTo(ExprParser.parseUncached(t));
    }
  }

  @Test
  void agreesOnRandomTexts() {
    String[] pieces = {"$", "$$", "(", ")", "{", "}", ",", " ", "\t", "\n", "a", "bc", "%", ":",
        "=", ".o", "$(", "${", "$(a)", "${b}", "subst", "patsubst ", "if ", "foreach ", "call ",
        "info", "info ", "word ", "or ", "and ", "strip ", "$x", "$ ", "$)", "$,", "é", "\u000B",
        "wildcard\t", "eval "};
    Random r = new Random(11);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 60_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + r.nextInt(12);
      for (int k = 0; k < n; k++) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      texts.add(b.toString());
    }
    assertThat(check(texts)).isGreaterThan(10_000);
  }

  @Test
  void agreesOnTheMakefilesInTheRepository() {
    List<String> texts = new ArrayList<>(RepositoryMakefiles.lines());
    texts.add(String.join("\n", texts));
    assertThat(check(texts)).isGreaterThan(500);
  }

  @Test
  void leavesMalformedTextToTheGrammar() {
    assertThat(ExprScanner.parse("$(subst a,${b,c)")).isNull();
    assertThat(ExprScanner.parse("[$($(foo)]tail")).isNull();
    assertThat(ExprScanner.parse("$(a(b)c)")).isNotNull();
  }
}
