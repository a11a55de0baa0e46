package dev.makelint.checks;

import java.util.Locale;

/**
 * A family of checks that can be enabled or disabled together ({@code --enable portability}). The
 * group's id is accepted wherever a check id is.
 */
public enum CheckGroup {
  /** What the recipes build: compiles, links, archives. */
  BUILD("build", "what the link and archive commands will receive"),
  /** Problems GNU make itself reports, warns about or stops on. */
  MAKE("make", "what GNU make itself reports while reading or building"),
  /** Makefile hygiene: constructs that work by accident or surprise their readers. */
  HYGIENE("hygiene", "constructs that work by accident or will surprise the next reader"),
  /** Conventions checkmake enforces; several are off by default. */
  STYLE("style", "conventions (checkmake's rules among them)"),
  /** GNU-only constructs that POSIX or BSD make reject; off by default. */
  PORTABILITY("portability", "GNU make constructs that POSIX make or BSD make do not accept"),
  /** Findings about makelint's own configuration and suppressions. */
  META("meta", "makelint's own configuration and suppression comments");

  private final String id;
  private final String summary;

  CheckGroup(String id, String summary) {
    this.id = id;
    this.summary = summary;
  }

  public String id() {
    return id;
  }

  public String summary() {
    return summary;
  }

  /** The group with this id, or null. */
  public static CheckGroup byId(String id) {
    for (CheckGroup g : values()) {
      if (g.id.equals(id.toLowerCase(Locale.ROOT))) {
        return g;
      }
    }
    return null;
  }
}
