package dev.makelint.evaluation.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Expected values were obtained by running GNU make 4.3 on the same inputs. */
class TextFunctionsTest {

  private static FunctionException fail(Runnable r) {
    try {
      r.run();
    } catch (FunctionException e) {
      return e;
    }
    throw new AssertionError("expected FunctionException");
  }

  @Nested
  class WordSplitting {
    @Test
    void allSixCSpaceCharactersSeparateWords() {
      assertThat(Words.count("a\tb")).isEqualTo(2);
      assertThat(Words.count("a\nb")).isEqualTo(2);
      assertThat(Words.count("a\u000bb")).isEqualTo(2);
      assertThat(Words.count("a\fb")).isEqualTo(2);
      assertThat(Words.count("a\rb")).isEqualTo(2);
      assertThat(Words.count("a\u00a0b")).isEqualTo(1);
      assertThat(Words.split("  a \t b\n")).containsExactly("a", "b");
    }

    @Test
    void emptyAndBlankTextHaveNoWords() {
      assertThat(Words.count("")).isZero();
      assertThat(Words.count(" \t\n ")).isZero();
      assertThat(Words.isEmpty(" \n")).isTrue();
    }
  }

  @Nested
  class Percent {
    @Test
    void firstUnescapedPercentIsTheWildcard() {
      Patterns.Pattern p = Patterns.parse("a%b%");
      assertThat(p.prefix()).isEqualTo("a");
      assertThat(p.suffix()).isEqualTo("b%");
      assertThat(p.matches("aXb%")).isTrue();
      assertThat(p.matches("aXbY")).isFalse();
    }

    @Test
    void backslashesBeforePercentAreHalved() {
      assertThat(Patterns.parse("a\\%").hasPercent()).isFalse();
      assertThat(Patterns.parse("a\\%").text()).isEqualTo("a%");
      Patterns.Pattern two = Patterns.parse("a\\\\%");
      assertThat(two.hasPercent()).isTrue();
      assertThat(two.prefix()).isEqualTo("a\\");
      Patterns.Pattern three = Patterns.parse("a\\\\\\%");
      assertThat(three.hasPercent()).isFalse();
      assertThat(three.text()).isEqualTo("a\\%");
      Patterns.Pattern afterEscape = Patterns.parse("\\%x%y");
      assertThat(afterEscape.prefix()).isEqualTo("%x");
      assertThat(afterEscape.suffix()).isEqualTo("y");
    }

    @Test
    void backslashesAfterTheWildcardStayVerbatim() {
      Patterns.Pattern p = Patterns.parse("a%b\\%");
      assertThat(p.suffix()).isEqualTo("b\\%");
      assertThat(p.matches("aXb\\%")).isTrue();
      assertThat(p.matches("aXb%")).isFalse();
    }

    @Test
    void prefixAndSuffixMayNotOverlap() {
      assertThat(Patterns.matches("aa%aa", "aaa")).isFalse();
      assertThat(Patterns.matches("aa%aa", "aaaa")).isTrue();
      assertThat(Patterns.parse("a%b").stem("axyb", 0, 4)).isEqualTo("xy");
    }
  }

  @Nested
  class Subst {
    @Test
    void replacesEveryOccurrenceVerbatim() {
      assertThat(TextFunctions.subst("a", " b ", "xaxa")).isEqualTo("x b x b ");
      assertThat(TextFunctions.subst("aa", "b", "aaa")).isEqualTo("ba");
      assertThat(TextFunctions.subst("a", "", "aaa")).isEmpty();
      assertThat(TextFunctions.subst(" ", " ", "a b")).isEqualTo("a b");
    }

    @Test
    void emptyFromAppendsAtTheEnd() {
      assertThat(TextFunctions.subst("", "x", "abc")).isEqualTo("abcx");
    }
  }

  @Nested
  class Patsubst {
    @Test
    void percentPatternNormalisesWhitespace() {
      assertThat(TextFunctions.patsubst("%.c", "%.o", "a.c  b.c")).isEqualTo("a.o b.o");
      assertThat(TextFunctions.patsubst("%", "%", "a  b ")).isEqualTo("a b");
      assertThat(TextFunctions.patsubst("a%b", "[%]", "ab axb")).isEqualTo("[] [x]");
    }

    @Test
    void wordsPastLatin1KeepTheirPlaces() {
      // the words are found in a Latin-1 copy of the text (Words.latin1): a surrogate pair is
      // two chars there too
      assertThat(TextFunctions.patsubst("%.c", "%.o", "\uD83D\uDE00.c \u4e2d.c  b\u00e9.c"))
          .isEqualTo("\uD83D\uDE00.o \u4e2d.o b\u00e9.o");
      assertThat(TextFunctions.patsubst("%.c", "x/%.o", "a\uD83D\uDE00b.c\tc.c"))
          .isEqualTo("x/a\uD83D\uDE00b.o x/c.o");
    }

    @Test
    void emptyReplacementDropsWordAndSeparator() {
      assertThat(TextFunctions.patsubst("%.c", "", "a.c b.c d")).isEqualTo("d");
      assertThat(TextFunctions.patsubst("%", "", "a b")).isEmpty();
    }

    @Test
    void emptyStemStillGetsASeparator() {
      assertThat(TextFunctions.patsubst("a%", "%", "ab  a  c")).isEqualTo("b  c");
    }

    @Test
    void withoutPercentWholeWordsAreReplacedAndWhitespaceKept() {
      assertThat(TextFunctions.patsubst("a", "b", "  a   a c ")).isEqualTo("  b   b c ");
      assertThat(TextFunctions.patsubst("a", "", "a b a")).isEqualTo(" b ");
      assertThat(TextFunctions.patsubst("a", "b", "aa a")).isEqualTo("aa b");
      assertThat(TextFunctions.patsubst("a", "x", "\ta\u000ba\na\ra")).isEqualTo("\tx\u000bx\nx\rx");
    }

    @Test
    void emptyPatternWithoutPercentMatchesOnlyAtTrailingSpace() {
      assertThat(TextFunctions.patsubst("", "x", "a ")).isEqualTo("a x");
      assertThat(TextFunctions.patsubst("", "x", "")).isEqualTo("x");
      assertThat(TextFunctions.patsubst("", "x", "a b")).isEqualTo("a b");
    }

    @Test
    void percentOnlyInReplacementIsLiteral() {
      assertThat(TextFunctions.patsubst("a", "%b", "a")).isEqualTo("%b");
      assertThat(TextFunctions.patsubst("a", "\\%b", "a")).isEqualTo("%b");
    }

    @Test
    void escapedPercents() {
      assertThat(TextFunctions.patsubst("\\%a", "x", "%a a")).isEqualTo("x a");
      assertThat(TextFunctions.patsubst("%a", "x\\%%", "ba")).isEqualTo("x%b");
      assertThat(TextFunctions.patsubst("%a", "\\\\%%", "ba")).isEqualTo("\\b%");
      assertThat(TextFunctions.patsubst("%a", "%%", "ba")).isEqualTo("b%");
    }
  }

  @Nested
  class SubstitutionReferences {
    static final String V = " a.c   b.c  c  % x%";

    @Test
    void suffixForm() {
      assertThat(TextFunctions.substitutionReference(V, ".c", ".o")).isEqualTo("a.o b.o c % x%");
      assertThat(TextFunctions.substitutionReference(V, "c", "")).isEqualTo("a. b.  % x%");
      assertThat(TextFunctions.substitutionReference(V, "", "x"))
          .isEqualTo("a.cx b.cx cx %x x%x");
      assertThat(TextFunctions.substitutionReference(V, "a.c", "%")).isEqualTo("% b.c c % x%");
      assertThat(TextFunctions.substitutionReference(" a  b ", "", "")).isEqualTo("a b");
    }

    @Test
    void patternForm() {
      assertThat(TextFunctions.substitutionReference(V, "%.c", "%.o"))
          .isEqualTo("a.o b.o c % x%");
      assertThat(TextFunctions.substitutionReference(V, "\\%", "x")).isEqualTo("a.c b.c c x xx");
      assertThat(TextFunctions.substitutionReference(V, "%", "\\%")).isEqualTo("% % % % %");
      assertThat(TextFunctions.substitutionReference(V, "%", "%\\%"))
          .isEqualTo("a.c\\% b.c\\% c\\% %\\% x%\\%");
    }
  }

  @Nested
  class SimpleWordFunctions {
    @Test
    void strip() {
      assertThat(TextFunctions.strip("   a   b  ")).isEqualTo("a b");
      assertThat(TextFunctions.strip("\ta\u000bb\n ")).isEqualTo("a b");
      assertThat(TextFunctions.strip(" \n")).isEmpty();
    }

    @Test
    void findstring() {
      assertThat(TextFunctions.findstring("ab ", "x ab y")).isEqualTo("ab ");
      assertThat(TextFunctions.findstring("a", "")).isEmpty();
      assertThat(TextFunctions.findstring("", "abc")).isEmpty();
      assertThat(TextFunctions.findstring("q", "abc")).isEmpty();
    }

    @Test
    void filterAndFilterOut() {
      assertThat(TextFunctions.filter("a% %b", "ab xb ay c ab")).isEqualTo("ab xb ay ab");
      assertThat(TextFunctions.filterOut("a% %b", "ab xb ay c ab")).isEqualTo("c");
      assertThat(TextFunctions.filter("%", " a\tb ")).isEqualTo("a b");
      assertThat(TextFunctions.filter("", "a b")).isEmpty();
      assertThat(TextFunctions.filter("a", "a a b")).isEqualTo("a a");
      assertThat(TextFunctions.filter("a\\%", "a% a\\% a")).isEqualTo("a%");
      assertThat(TextFunctions.filter("a\\\\%", "a\\x a\\\\x b")).isEqualTo("a\\x a\\\\x");
      assertThat(TextFunctions.filter("1 2 3 4 5 6 x%", "0 1 6 7 xy")).isEqualTo("1 6 xy");
      assertThat(TextFunctions.filterOut("1 2 3 4 5 6", "0 1 6 7")).isEqualTo("0 7");
    }

    @Test
    void sortIsByteOrderAndRemovesDuplicates() {
      assertThat(TextFunctions.sort("b a  b c")).isEqualTo("a b c");
      assertThat(TextFunctions.sort("a A b B _ 1 a")).isEqualTo("1 A B _ a b");
      assertThat(TextFunctions.sort(" \t")).isEmpty();
      assertThat(TextFunctions.compareBytes("\uFFFD", "\uD83D\uDE00")).isNegative();
    }

    @Test
    void words() {
      assertThat(TextFunctions.words("  a b   c ")).isEqualTo("3");
      assertThat(TextFunctions.words("")).isEqualTo("0");
    }

    @Test
    void firstAndLastWord() {
      assertThat(TextFunctions.firstword(" \n a b")).isEqualTo("a");
      assertThat(TextFunctions.firstword("")).isEmpty();
      assertThat(TextFunctions.lastword("a b  ")).isEqualTo("b");
      assertThat(TextFunctions.lastword("a\tb\n")).isEqualTo("b");
      assertThat(TextFunctions.lastword(" ")).isEmpty();
    }
  }

  @Nested
  class WordAndWordlist {
    @Test
    void word() {
      assertThat(TextFunctions.word(" 2 ", "a b")).isEqualTo("b");
      assertThat(TextFunctions.word("3", "a b")).isEmpty();
      assertThat(TextFunctions.word("1", "")).isEmpty();
    }

    @Test
    void wordNumberOverflowFollowsAtoi() {
      assertThat(TextFunctions.word("4294967297", "a b")).isEqualTo("a");
      assertThat(TextFunctions.word("2147483648", "a b")).isEmpty();
      assertThat(TextFunctions.word("99999999999999999999999", "a b")).isEmpty();
    }

    @Test
    void wordErrors() {
      assertThat(fail(() -> TextFunctions.word("x", "a")).makeMessage())
          .isEqualTo("non-numeric first argument to 'word' function: 'x'");
      assertThat(fail(() -> TextFunctions.word("", "a")).makeMessage())
          .isEqualTo("non-numeric first argument to 'word' function: ''");
      assertThat(fail(() -> TextFunctions.word("x ", "a")).makeMessage())
          .isEqualTo("non-numeric first argument to 'word' function: 'x '");
      assertThat(fail(() -> TextFunctions.word("-1", "a")).makeMessage())
          .isEqualTo("non-numeric first argument to 'word' function: '-1'");
      assertThat(fail(() -> TextFunctions.word("1 2", "a")).makeMessage())
          .isEqualTo("non-numeric first argument to 'word' function: '1 2'");
      assertThat(fail(() -> TextFunctions.word("0", "a")).makeMessage())
          .isEqualTo("first argument to 'word' function must be greater than 0");
      assertThat(fail(() -> TextFunctions.word("00", "a")).makeMessage())
          .isEqualTo("first argument to 'word' function must be greater than 0");
      assertThatThrownBy(() -> TextFunctions.word(" ", "a"))
          .isInstanceOf(FunctionException.class)
          .hasMessage("first argument to 'word' function must be greater than 0");
    }

    @Test
    void wordlistKeepsInnerWhitespace() {
      assertThat(TextFunctions.wordlist("1", "2", "a   b c")).isEqualTo("a   b");
      assertThat(TextFunctions.wordlist("2", "3", " a  b   c  d ")).isEqualTo("b   c");
      assertThat(TextFunctions.wordlist("2", "9", "a b\tc ")).isEqualTo("b\tc");
      assertThat(TextFunctions.wordlist("4", "9", "a b c")).isEmpty();
    }

    @Test
    void wordlistEmptyRanges() {
      assertThat(TextFunctions.wordlist("2", "1", "a b c")).isEmpty();
      assertThat(TextFunctions.wordlist("2", "0", "a b")).isEmpty();
      assertThat(TextFunctions.wordlist("1", " ", "a")).isEmpty();
      assertThat(TextFunctions.wordlist("1", "4294967296", "a b")).isEmpty();
    }

    @Test
    void wordlistErrors() {
      assertThat(fail(() -> TextFunctions.wordlist("0", "2", "a")).makeMessage())
          .isEqualTo("invalid first argument to 'wordlist' function: '0'");
      assertThat(fail(() -> TextFunctions.wordlist("4294967296", "2", "a")).makeMessage())
          .isEqualTo("invalid first argument to 'wordlist' function: '0'");
      assertThat(fail(() -> TextFunctions.wordlist("x", "2", "a")).makeMessage())
          .isEqualTo("non-numeric first argument to 'wordlist' function: 'x'");
      assertThat(fail(() -> TextFunctions.wordlist("1", "2 x", "a")).makeMessage())
          .isEqualTo("non-numeric second argument to 'wordlist' function: '2 x'");
      assertThat(fail(() -> TextFunctions.wordlist("0", "x", "a")).makeMessage())
          .isEqualTo("non-numeric second argument to 'wordlist' function: 'x'");
    }
  }

  @Nested
  class FileNames {
    @Test
    void dir() {
      assertThat(TextFunctions.dir("a.b/c.d/e  f.g/ /x ./y ../z a//b"))
          .isEqualTo("a.b/c.d/ f.g/ / ./ ../ a//");
      assertThat(TextFunctions.dir("a b/ c/d /")).isEqualTo("./ b/ c/ /");
      assertThat(TextFunctions.dir("")).isEmpty();
    }

    @Test
    void notdir() {
      assertThat(TextFunctions.notdir("a.b/c.d/e  f.g/ /x ./y ../z a//b / ."))
          .isEqualTo("e  x y z b  .");
      assertThat(TextFunctions.notdir("a/ b")).isEqualTo(" b");
    }

    @Test
    void suffix() {
      assertThat(TextFunctions.suffix("a.b/c.d/e  f.g/ /x.y ./y ../z .a a.b.c a.."))
          .isEqualTo(".y .a .c .");
      assertThat(TextFunctions.suffix("a b/c")).isEmpty();
    }

    @Test
    void basename() {
      assertThat(TextFunctions.basename("a.b/c.d/e  f.g/ /x.y ./y ../z .a a.b.c a.. a./b"))
          .isEqualTo("a.b/c.d/e f.g/ /x ./y ../z  a.b a. a./b");
      assertThat(TextFunctions.basename(".x y")).isEqualTo(" y");
    }

    @Test
    void addprefixAndAddsuffixUseTheFixVerbatim() {
      assertThat(TextFunctions.addprefix("p", "a  b")).isEqualTo("pa pb");
      assertThat(TextFunctions.addsuffix("s ", "a  b")).isEqualTo("as  bs ");
      assertThat(TextFunctions.addprefix("x", "")).isEmpty();
    }

    @Test
    void joinUnequalLists() {
      assertThat(TextFunctions.join("a b c", "1 2")).isEqualTo("a1 b2 c");
      assertThat(TextFunctions.join("a", "1 2 3")).isEqualTo("a1 2 3");
      assertThat(TextFunctions.join(" a  b ", " 1 ")).isEqualTo("a1 b");
      assertThat(TextFunctions.join("", "")).isEmpty();
    }

    @Test
    void abspath() {
      Path cwd = Path.of("/tmp/mp/cwd");
      assertThat(
              TextFunctions.abspath(
                  "a ./b ../c ../../../../d /x/../y //x/./y/ / // /.. . .. a/ a/b/.. /a//b///c/",
                  cwd))
          .isEqualTo(
              "/tmp/mp/cwd/a /tmp/mp/cwd/b /tmp/mp/c /d /y /x/y / / / /tmp/mp/cwd /tmp/mp"
                  + " /tmp/mp/cwd/a /tmp/mp/cwd/a /a/b/c");
      assertThat(TextFunctions.abspath("  ", cwd)).isEmpty();
      assertThat(TextFunctions.abspath("x/..", Path.of("/"))).isEqualTo("/");
      assertThat(TextFunctions.abspath("a", Path.of("/"))).isEqualTo("/a");
    }

    @Test
    void abspathDropsOverlongNames() {
      String longName = "x".repeat(5000);
      assertThat(TextFunctions.abspath(longName + " b", Path.of("/r"))).isEqualTo("/r/b");
    }
  }

  @Test
  void appendingFormsAppend() {
    StringBuilder sb = new StringBuilder("<");
    TextFunctions.patsubst(sb, "%.c", "%.o", "x.c");
    TextFunctions.sort(sb, "b a");
    TextFunctions.words(sb, "a b");
    TextFunctions.patsubst(sb, "%", "", "q");
    assertThat(sb.toString()).isEqualTo("<x.oa b2");
  }
}
