package dev.makelint.checks;

import java.util.List;

/** Portability: a GNU make function call ($(wildcard), $(shell), ...). See the check's documentation for the POSIX and BSD spelling. */
public final class GnuFunction extends PortabilityCheck {
  public static final String ID = "gnu-function";
  public static final CheckInfo INFO = info(ID,
      "a GNU make function call ($(wildcard), $(shell), ...)");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  GnuConstructs.Kind kind() {
    return GnuConstructs.Kind.FUNCTION;
  }

  @Override
  String message(List<String> constructs) {
    return (constructs.size() == 1 ? "GNU make function " : "GNU make functions ")
        + String.join(", ", constructs) + ": POSIX make has no functions";
  }
}
