package dev.makelint.rulegraph;

/**
 * Matching of make's {@code %} patterns against file names, as implicit rules use them. The
 * in-place forms ({@link #stemStart}, {@link #appendSubstituted}) work on positions within the
 * name: implicit rule search tries several rules on every reached file, and most of the names it
 * builds are probed once and dropped.
 */
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
    int pct = pattern.indexOf('%');
    if (pct < 0) {
      return pattern.equals(name) ? "" : null;
    }
    int start = stemStart(pattern, pct, name, 0);
    return start < 0 ? null : name.substring(start, stemEnd(pattern, pct, name));
  }

  /**
   * Where the stem of {@code name} starts when {@code pattern} (with its {@code %} at {@code pct})
   * matches the name from {@code from} on, or -1 when it does not; the stem, never empty, ends at
   * {@link #stemEnd}.
   */
  static int stemStart(String pattern, int pct, String name, int from) {
    int n = name.length();
    int postLength = pattern.length() - pct - 1;
    if (n - from < pct + postLength + 1
        || !name.regionMatches(from, pattern, 0, pct)
        || !name.regionMatches(n - postLength, pattern, pct + 1, postLength)) {
      return -1;
    }
    return from + pct;
  }

  /** The end of the stem that {@link #stemStart} found. */
  static int stemEnd(String pattern, int pct, String name) {
    return name.length() - (pattern.length() - pct - 1);
  }

  /**
   * Where implicit rule search matches {@code pattern} against {@code name}: after the name's
   * last slash for a pattern without a slash (the directory is put back in front of the stem),
   * else from the start.
   */
  static int matchFrom(String pattern, String name) {
    return pattern.indexOf('/') >= 0 ? 0 : name.lastIndexOf('/') + 1;
  }

  /**
   * Matches as implicit rule search does: a pattern without a slash is matched against the file
   * part of the name, and the directory is put back in front of the stem.
   */
  public static DirStem stemWithDir(String pattern, String name) {
    int pct = pattern.indexOf('%');
    int from = matchFrom(pattern, name);
    if (pct < 0) {
      return name.length() - from == pattern.length() && name.startsWith(pattern, from)
          ? new DirStem(name.substring(0, from), "") : null;
    }
    int start = stemStart(pattern, pct, name, from);
    return start < 0 ? null
        : new DirStem(name.substring(0, from), name.substring(start, stemEnd(pattern, pct, name)));
  }

  /** A prerequisite pattern with its first {@code %} replaced, directory restored. */
  public static String substitute(String prereqPattern, DirStem ds) {
    if (prereqPattern.indexOf('%') < 0) {
      return prereqPattern;
    }
    String name = ds.dir() + ds.part();
    StringBuilder b = new StringBuilder();
    appendSubstituted(b, prereqPattern, name, ds.dir().length(), ds.dir().length(), name.length());
    return b.toString();
  }

  /**
   * Appends {@code prereqPattern} with its first {@code %} replaced by the stem
   * {@code name[stemStart, stemEnd)}, and the directory {@code name[0, dirEnd)} in front unless
   * the pattern names a directory of its own and the result is absolute.
   */
  static void appendSubstituted(StringBuilder out, String prereqPattern, String name, int dirEnd,
      int stemStart, int stemEnd) {
    int pct = prereqPattern.indexOf('%');
    if (pct < 0) {
      out.append(prereqPattern);
      return;
    }
    char first = pct > 0 ? prereqPattern.charAt(0)
        : stemEnd > stemStart ? name.charAt(stemStart)
        : pct + 1 < prereqPattern.length() ? prereqPattern.charAt(pct + 1) : 0;
    if (dirEnd > 0 && !(prereqPattern.indexOf('/') >= 0 && first == '/')) {
      out.append(name, 0, dirEnd);
    }
    out.append(prereqPattern, 0, pct).append(name, stemStart, stemEnd)
        .append(prereqPattern, pct + 1, prereqPattern.length());
  }
}
