package dev.makelint.evaluation;

import dev.makelint.evaluation.functions.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits expanded text into file names as make's parse_file_seq does: words separated by blanks
 * (a backslash quotes a blank), a leading "./" removed.
 */
final class FileNames {
  private FileNames() {}

  static List<String> split(String text) {
    List<String> names = new ArrayList<>();
    // scanned in a Latin-1 copy (see Words.latin1): a large tree's rule lines list 200,000 names
    byte[] bytes = Words.latin1(text);
    int n = bytes.length;
    int i = 0;
    while (i < n) {
      while (i < n && isSpace(bytes[i])) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      boolean escapes = false;
      while (i < n && !isSpace(bytes[i])) {
        if (bytes[i] == '\\' && i + 1 < n && isSpace(bytes[i + 1])) {
          escapes = true; // "a\ b" is one name, "a b"
          i += 2;
        } else {
          i++;
        }
      }
      // most names have no escaped blank: one substring, no builder (a large tree's rule lines
      // list 200,000 names)
      names.add(stripDotSlash(escapes ? unescapeBlanks(text, start, i) : text.substring(start, i)));
    }
    return names;
  }

  /** {@code text[start, end)} with each backslash before a blank dropped. */
  private static String unescapeBlanks(String text, int start, int end) {
    StringBuilder b = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < end && isSpace(text.charAt(i + 1))) {
        continue;
      }
      b.append(c);
    }
    return b.toString();
  }

  static String stripDotSlash(String name) {
    while (name.length() > 2 && name.startsWith("./")) {
      name = name.substring(2);
      while (name.startsWith("/") && name.length() > 1) {
        name = name.substring(1);
      }
    }
    return name;
  }

  /** A blank that separates names: a char of the text or a byte of its Latin-1 copy. */
  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n';
  }
}
