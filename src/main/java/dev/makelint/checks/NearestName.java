package dev.makelint.checks;

import java.util.Collection;

/** "Did you mean …?": the closest candidate by edit distance, when it is close enough. */
public final class NearestName {
  private NearestName() {}

  /**
   * The candidate closest to {@code name} (Damerau-Levenshtein with adjacent swaps), or null when
   * the best needs more than a third of the name's length in edits, or there is a tie.
   */
  public static String of(String name, Collection<String> candidates) {
    int limit = Math.max(1, name.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (String c : candidates) {
      if (c.equals(name) || Math.abs(c.length() - name.length()) > limit) {
        continue;
      }
      int d = distance(name, c);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
        tie = false;
      } else if (d == bestDistance && !c.equals(best)) {
        tie = true;
      }
    }
    return best != null && bestDistance <= limit && !tie ? best : null;
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
