package dev.makelint.checks;

/** How bad a finding is; the order is from most to least severe. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The lower-case word used in output and configuration. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Parses {@code error}, {@code warning} or {@code info}. */
  public static Severity parse(String s) {
    return valueOf(s.toUpperCase(java.util.Locale.ROOT));
  }

  /** True when this is at least as severe as {@code other}. */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}
