package dev.makelint.evaluation;

import dev.makelint.evaluation.functions.TextFunctions;
import java.util.ArrayList;
import java.util.List;

/** File-name globbing of rule targets, prerequisites and include names, as make does it. */
final class Globbing {
  private Globbing() {}

  static List<String> expandNames(List<String> names, EvaluationState st) {
    List<String> out = null;
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      if (!hasGlob(n)) {
        if (out != null) {
          out.add(n);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(names.subList(0, i));
      }
      String matched = TextFunctions.wildcard(n, st.workDir());
      if (matched.isEmpty()) {
        out.add(n);
      } else {
        out.addAll(FileNames.split(matched));
      }
    }
    return out == null ? names : out;
  }

  private static boolean hasGlob(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '*' || c == '?' || c == '[') {
        return true;
      }
    }
    return false;
  }
}
