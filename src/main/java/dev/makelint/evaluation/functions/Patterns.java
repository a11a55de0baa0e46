package dev.makelint.evaluation.functions;

/**
 * make's '%' patterns (patsubst, filter, filter-out, substitution references, pattern rules).
 *
 * <p>Rules, as GNU make 4.3 applies them: only the first unescaped {@code %} is the wildcard. A run
 * of n backslashes immediately before a {@code %} is replaced by n/2 backslashes (rounded down); if n
 * is odd the {@code %} is literal and the search for the wildcard continues, if even it is the
 * wildcard. Backslashes anywhere else, and everything after the wildcard, are kept verbatim.
 */
public final class Patterns {
  private Patterns() {}

  /** A parsed pattern: the unescaped text and where its wildcard is (or -1 when it has none). */
  public static final class Pattern {
    private final String text;
    private final int percent;
    private final String prefix;
    private final String suffix;

    Pattern(String text, int percent) {
      this.text = text;
      this.percent = percent;
      if (percent >= 0) {
        this.prefix = text.substring(0, percent);
        this.suffix = text.substring(percent + 1);
      } else {
        this.prefix = text;
        this.suffix = "";
      }
    }

    /** The text with escaping backslashes removed (the wildcard '%' still in it when present). */
    public String text() {
      return text;
    }

    public boolean hasPercent() {
      return percent >= 0;
    }

    /** Index of the wildcard within {@link #text()}, or -1. */
    public int percentIndex() {
      return percent;
    }

    /** Text before the wildcard (the whole text when there is none). */
    public String prefix() {
      return prefix;
    }

    /** Text after the wildcard ("" when there is none). */
    public String suffix() {
      return suffix;
    }

    /** Whether the whole of {@code s} matches. */
    public boolean matches(CharSequence s) {
      return matches(s, 0, s.length());
    }

    /** Whether {@code s[start, end)} matches. */
    public boolean matches(CharSequence s, int start, int end) {
      int len = end - start;
      if (percent < 0) {
        return len == text.length() && regionEquals(s, start, text);
      }
      return len >= prefix.length() + suffix.length()
          && regionEquals(s, start, prefix)
          && regionEquals(s, end - suffix.length(), suffix);
    }

    /** The part of a matching {@code s[start, end)} that the wildcard stands for. */
    public String stem(CharSequence s, int start, int end) {
      if (percent < 0) {
        return "";
      }
      return s.subSequence(start + prefix.length(), end - suffix.length()).toString();
    }

    @Override
    public String toString() {
      return percent < 0 ? text : prefix + "%" + suffix;
    }
  }

  /** Parses {@code raw} by make's rules for '%' and backslashes. */
  public static Pattern parse(String raw) {
    int pct = raw.indexOf('%');
    if (pct < 0) {
      return new Pattern(raw, -1);
    }
    if (pct == 0 || raw.charAt(pct - 1) != '\\') {
      return new Pattern(raw, pct); // common case: nothing to unescape
    }
    StringBuilder sb = new StringBuilder(raw.length());
    int copied = 0; // raw[0, copied) has been handled
    int i = pct;
    while (i >= 0) {
      int bs = i;
      while (bs > copied && raw.charAt(bs - 1) == '\\') {
        bs--;
      }
      int n = i - bs;
      sb.append(raw, copied, bs);
      for (int k = 0; k < n / 2; k++) {
        sb.append('\\');
      }
      if (n % 2 == 0) {
        int at = sb.length();
        sb.append(raw, i, raw.length());
        return new Pattern(sb.toString(), at);
      }
      sb.append('%');
      copied = i + 1;
      i = raw.indexOf('%', copied);
    }
    sb.append(raw, copied, raw.length());
    return new Pattern(sb.toString(), -1);
  }

  /** Whether {@code word} matches {@code pattern} (parsed by make's rules first). */
  public static boolean matches(String pattern, String word) {
    return parse(pattern).matches(word);
  }

  static boolean regionEquals(CharSequence s, int start, String what) {
    int n = what.length();
    if (start < 0 || start + n > s.length()) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (s.charAt(start + k) != what.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
