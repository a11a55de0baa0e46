package dev.makelint.checks;

import java.util.List;

/** Portability: a := assignment (POSIX spells it ::=). See the check's documentation for the POSIX and BSD spelling. */
public final class GnuSimpleAssignment extends PortabilityCheck {
  public static final String ID = "gnu-simple-assignment";
  public static final CheckInfo INFO = info(ID,
      "a := assignment (POSIX spells it ::=)");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  GnuConstructs.Kind kind() {
    return GnuConstructs.Kind.SIMPLE_ASSIGNMENT;
  }

  @Override
  String message(List<String> constructs) {
    return ":= is GNU (and BSD) make's: POSIX.1-2024 spells the simply expanded assignment ::=,"
        + " which GNU make accepts too";
  }
}
