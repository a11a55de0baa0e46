package dev.makelint.checks;

import java.util.List;

/** Portability: a target-specific or pattern-specific variable. See the check's documentation for the POSIX and BSD spelling. */
public final class GnuTargetVariable extends PortabilityCheck {
  public static final String ID = "gnu-target-variable";
  public static final CheckInfo INFO = info(ID,
      "a target-specific or pattern-specific variable");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  GnuConstructs.Kind kind() {
    return GnuConstructs.Kind.TARGET_VARIABLE;
  }

  @Override
  String message(List<String> constructs) {
    return "target-specific variables (target: VAR = value) are GNU make's: POSIX and BSD make"
        + " read this line as a rule";
  }
}
