package dev.makelint.checks;

import java.util.List;

/** Portability: a GNU make conditional (ifeq, ifneq, ifdef, ifndef). See the check's documentation for the POSIX and BSD spelling. */
public final class GnuConditional extends PortabilityCheck {
  public static final String ID = "gnu-conditional";
  public static final CheckInfo INFO = info(ID,
      "a GNU make conditional (ifeq, ifneq, ifdef, ifndef)");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  GnuConstructs.Kind kind() {
    return GnuConstructs.Kind.CONDITIONAL;
  }

  @Override
  String message(List<String> constructs) {
    return String.join("/", constructs) + " is a GNU make conditional: POSIX make has none, BSD"
        + " make spells it .if/.ifdef/.ifndef";
  }
}
