package dev.makelint.evaluation;

import java.util.List;

/**
 * Chooses the default goal while rule lines are read, as make does: the first target of the first
 * rule that is not a pattern, does not start with '.' (unless it contains '/'), and is not a suffix
 * or suffix-rule name.
 */
final class DefaultGoal {
  private DefaultGoal() {}

  static void consider(EvaluationState st, List<String> targets) {
    Variable goal = st.db.globals.lookupHere(".DEFAULT_GOAL");
    if (goal != null && !goal.value().isEmpty()) {
      return;
    }
    List<String> suffixes = Suffixes.current(st);
    for (String name : targets) {
      if (name.indexOf('%') >= 0) {
        return;
      }
      if (name.startsWith(".") && name.indexOf('/') < 0) {
        continue;
      }
      if (isSuffixName(name, suffixes)) {
        continue;
      }
      st.db.globals.put(new Variable(".DEFAULT_GOAL", Flavor.RECURSIVE, Origin.MAKEFILE, name,
          Location.NONE, null, false, false));
      return;
    }
  }

  private static boolean isSuffixName(String name, List<String> suffixes) {
    for (String s : suffixes) {
      if (!s.startsWith(".") && name.equals(s)) {
        return true;
      }
      for (String s2 : suffixes) {
        if (name.startsWith(s2) && name.substring(s2.length()).equals(s)) {
          return true;
        }
      }
    }
    return false;
  }
}
