package dev.makelint.evaluation;

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
    int n = text.length();
    int i = 0;
    StringBuilder cur = new StringBuilder();
    while (i < n) {
      while (i < n && isSpace(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      cur.setLength(0);
      while (i < n && !isSpace(text.charAt(i))) {
        char c = text.charAt(i);
        if (c == '\\' && i + 1 < n && isSpace(text.charAt(i + 1))) {
          cur.append(text.charAt(i + 1));
          i += 2;
          continue;
        }
        cur.append(c);
        i++;
      }
      names.add(stripDotSlash(cur.toString()));
    }
    return names;
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

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n';
  }
}
