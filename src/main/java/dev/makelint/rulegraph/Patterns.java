package dev.makelint.rulegraph;

/** Matching of make's {@code %} patterns against file names, as implicit rules use them. */
public final class Patterns {
  private Patterns() {}

  /** A stem together with the directory stripped before matching (empty when none). */
  public record DirStem(String dir, String part) {
    /** The stem as {@code $*} shows it: directory then matched part. */
    public String stem() {
      return dir + part;
    }
  }

  /** The stem of {@code name} under {@code pattern} (whole-name match), or null. */
  public static String stem(String pattern, String name) {
    int pct = pattern.indexOf('%');
    if (pct < 0) {
      return pattern.equals(name) ? "" : null;
    }
    String pre = pattern.substring(0, pct);
    String post = pattern.substring(pct + 1);
    if (name.length() < pre.length() + post.length() + 1
        || !name.startsWith(pre) || !name.endsWith(post)) {
      return null;
    }
    return name.substring(pre.length(), name.length() - post.length());
  }

  /**
   * Matches as implicit rule search does: a pattern without a slash is matched against the file
   * part of the name, and the directory is put back in front of the stem.
   */
  public static DirStem stemWithDir(String pattern, String name) {
    if (pattern.indexOf('/') >= 0 || name.indexOf('/') < 0) {
      String s = stem(pattern, name);
      return s == null ? null : new DirStem("", s);
    }
    int slash = name.lastIndexOf('/');
    String s = stem(pattern, name.substring(slash + 1));
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
