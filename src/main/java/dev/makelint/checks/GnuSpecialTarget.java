package dev.makelint.checks;

import java.util.List;

/** Portability: a special target only GNU make knows (.ONESHELL, .SECONDEXPANSION, ...). See the check's documentation for the POSIX and BSD spelling. */
public final class GnuSpecialTarget extends PortabilityCheck {
  public static final String ID = "gnu-special-target";
  public static final CheckInfo INFO = info(ID,
      "a special target only GNU make knows (.ONESHELL, .SECONDEXPANSION, ...)");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  GnuConstructs.Kind kind() {
    return GnuConstructs.Kind.SPECIAL_TARGET;
  }

  @Override
  String message(List<String> constructs) {
    return String.join(", ", constructs) + (constructs.size() == 1 ? " is a special target"
        : " are special targets") + " of GNU make that POSIX make does not define";
  }
}
