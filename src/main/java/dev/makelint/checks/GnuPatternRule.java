package dev.makelint.checks;

import java.util.List;

/** Portability: a pattern rule or static pattern rule (%). See the check's documentation for the POSIX and BSD spelling. */
public final class GnuPatternRule extends PortabilityCheck {
  public static final String ID = "gnu-pattern-rule";
  public static final CheckInfo INFO = info(ID,
      "a pattern rule or static pattern rule (%)");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  GnuConstructs.Kind kind() {
    return GnuConstructs.Kind.PATTERN_RULE;
  }

  @Override
  String message(List<String> constructs) {
    return "a " + constructs.get(0) + " (%) is GNU make's: POSIX and BSD make have suffix"
        + " rules such as .c.o: instead";
  }
}
