package dev.makelint.rulegraph;

import java.util.Arrays;
import java.util.List;

/**
 * One directory's entry names, kept sorted in an array. A lookup takes the name as part of a
 * longer one (the file part of a path) and compares in place, so a probe cuts out no substring
 * and hashes nothing; most directories hold a handful of names, scanned in a line. (A HashSet per
 * directory and a substring per probe made FileExistence allocate 297 MB at 2,000 modules; this
 * takes it to 130 MB.)
 */
final class DirectoryEntries {
  /** An empty directory, or one known not to exist. */
  static final DirectoryEntries NONE = new DirectoryEntries(new String[0], 0);

  /** Up to this many names are scanned in a line; more are searched by halves. */
  private static final int SCAN = 8;

  private final String[] names;
  /** Bit k: some entry matches probe k (see {@link #of(String[], String[], String[])}). */
  private final long probeMatches;

  private DirectoryEntries(String[] sortedNames, long probeMatches) {
    this.names = sortedNames;
    this.probeMatches = probeMatches;
  }

  /** The entries {@code names} (the array is taken over and sorted). */
  static DirectoryEntries of(String[] names) {
    return of(names, new String[0], new String[0]);
  }

  /**
   * The entries {@code names} (the array is taken over and sorted), noting which probes some
   * entry matches: probe k is the names that begin with {@code prefixes[k]} and end with {@code
   * suffixes[k]} with at least one character between (at most 64 probes).
   */
  static DirectoryEntries of(String[] names, String[] prefixes, String[] suffixes) {
    Arrays.sort(names);
    long matches = 0;
    for (String n : names) {
      for (int k = 0; k < prefixes.length; k++) {
        if (n.length() > prefixes[k].length() + suffixes[k].length()
            && n.startsWith(prefixes[k]) && n.endsWith(suffixes[k])) {
          matches |= 1L << k;
        }
      }
    }
    return new DirectoryEntries(names, matches);
  }

  /** Whether some entry matches probe {@code k} (see {@link #of(String[], String[], String[])}). */
  boolean matchesProbe(int k) {
    return (probeMatches & 1L << k) != 0;
  }

  List<String> names() {
    return List.of(names);
  }

  boolean contains(String name) {
    return contains(name, 0);
  }

  /** Whether {@code path.substring(from)} is one of the entries. */
  boolean contains(String path, int from) {
    int length = path.length() - from;
    if (names.length <= SCAN) {
      for (String n : names) {
        if (n.length() == length && path.regionMatches(from, n, 0, length)) {
          return true;
        }
      }
      return false;
    }
    int lo = 0;
    int hi = names.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = compare(path, from, names[mid]);
      if (c == 0) {
        return true;
      } else if (c < 0) {
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return false;
  }

  /** {@code path.substring(from).compareTo(entry)}, without the substring. */
  private static int compare(String path, int from, String entry) {
    int length = path.length() - from;
    int n = Math.min(length, entry.length());
    for (int i = 0; i < n; i++) {
      char a = path.charAt(from + i);
      char b = entry.charAt(i);
      if (a != b) {
        return a - b;
      }
    }
    return length - entry.length();
  }
}
