package dev.makelint.rulegraph;

/** Matching of make's {@code %} patterns against file names, as implicit rules use them. */
public final class Patterns {
  private Patterns() {}

  /** A stem together with the directory stripped before matching (empty when none). */
  public record DirStem(String dir, String part) {
    /** The stem as {@code $*} shows it: directory then matched part. */
    public String stem() {
      return dir.isEmpty() ? part : dir + part;
    }
  }

  /** The stem of {@code name} under {@code pattern} (whole-name match), or null. */
  public static String stem(String pattern, String name) {
    return stemFrom(pattern, name, 0);
  }

  /**
   * The stem of {@code name} from {@code from} on under {@code pattern}, or null. Compares in place
   * (implicit rule search calls this for every candidate rule of every file).
   */
  private static String stemFrom(String pattern, String name, int from) {
    int pct = pattern.indexOf('%');
    int n = name.length();
    if (pct < 0) {
      return n - from == pattern.length() && name.startsWith(pattern, from) ? "" : null;
    }
    int postLength = pattern.length() - pct - 1;
    if (n - from < pct + postLength + 1
        || !name.regionMatches(from, pattern, 0, pct)
        || !name.regionMatches(n - postLength, pattern, pct + 1, postLength)) {
      return null;
    }
    return name.substring(from + pct, n - postLength);
  }

  /**
   * Matches as implicit rule search does: a pattern without a slash is matched against the file
   * part of the name, and the directory is put back in front of the stem.
   */
  public static DirStem stemWithDir(String pattern, String name) {
    int slash = name.lastIndexOf('/');
    if (slash < 0 || pattern.indexOf('/') >= 0) {
      String s = stemFrom(pattern, name, 0);
      return s == null ? null : new DirStem("", s);
    }
    String s = stemFrom(pattern, name, slash + 1);
    return s == null ? null : new DirStem(name.substring(0, slash + 1), s);
  }

  /** A prerequisite pattern with its first {@code %} replaced, directory restored. */
  public static String substitute(String prereqPattern, DirStem ds) {
    int pct = prereqPattern.indexOf('%');
    if (pct < 0) {
      return prereqPattern;
    }
    // prefix + stem + suffix, with the directory in front unless the pattern names a directory
    // of its own and the result is absolute. Built in one buffer: this runs for every candidate
    // prerequisite of implicit rule search.
    String part = ds.part();
    String dir = ds.dir();
    char first = pct > 0 ? prereqPattern.charAt(0)
        : !part.isEmpty() ? part.charAt(0)
        : pct + 1 < prereqPattern.length() ? prereqPattern.charAt(pct + 1) : 0;
    boolean withDir = !(dir.isEmpty() || prereqPattern.indexOf('/') >= 0 && first == '/');
    StringBuilder b = new StringBuilder(
        (withDir ? dir.length() : 0) + prereqPattern.length() - 1 + part.length());
    if (withDir) {
      b.append(dir);
    }
    return b.append(prereqPattern, 0, pct).append(part)
        .append(prereqPattern, pct + 1, prereqPattern.length()).toString();
  }
}
