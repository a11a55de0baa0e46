package dev.makelint.checks;

import java.util.List;

/** Portability: order-only prerequisites after |. See the check's documentation for the POSIX and BSD spelling. */
public final class GnuOrderOnly extends PortabilityCheck {
  public static final String ID = "gnu-order-only";
  public static final CheckInfo INFO = info(ID,
      "order-only prerequisites (listed after a bar)");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  GnuConstructs.Kind kind() {
    return GnuConstructs.Kind.ORDER_ONLY;
  }

  @Override
  String message(List<String> constructs) {
    return "order-only prerequisites (after |) are GNU make's: other makes read '|' as a file"
        + " name";
  }
}
