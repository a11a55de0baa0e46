package dev.makelint.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * split's substring shortcut and its scan of a Latin-1 copy give what the character-by-character
 * walk gives.
 */
class FileNamesSplitTest {
  /** The walk split did before the shortcut: every character through a builder. */
  private static List<String> reference(String text) {
    List<String> names = new ArrayList<>();
    int n = text.length();
    int i = 0;
    StringBuilder cur = new StringBuilder();
    while (i < n) {
      while (i < n && blank(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      cur.setLength(0);
      while (i < n && !blank(text.charAt(i))) {
        char c = text.charAt(i);
        if (c == '\\' && i + 1 < n && blank(text.charAt(i + 1))) {
          cur.append(text.charAt(i + 1));
          i += 2;
          continue;
        }
        cur.append(c);
        i++;
      }
      names.add(FileNames.stripDotSlash(cur.toString()));
    }
    return names;
  }

  private static boolean blank(char c) {
    return c == ' ' || c == '\t' || c == '\n';
  }

  @Test
  void agreesWithTheCharacterWalk() {
    // with characters past Latin-1 (split scans a Latin-1 copy): one char, a surrogate pair
    // (one code point, two chars) and a lone surrogate
    String[] pieces = {"a", "b.o", "\\", " ", "\t", "\n", "./", "/", "\\ ", "\\\\", "|", ":",
        "\u00e9", "\u4e2d", "\uD83D\uDE00", "\uD83D"};
    Random r = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(8);
      for (int k = 0; k < n; k++) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String text = b.toString();
      assertThat(FileNames.split(text)).as("[%s]", text).isEqualTo(reference(text));
    }
  }

  @Test
  void anEscapedBlankStaysInTheName() {
    assertThat(FileNames.split(" a\\ b.c  ./d.o\t")).containsExactly("a b.c", "d.o");
  }
}
