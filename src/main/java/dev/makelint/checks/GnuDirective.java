package dev.makelint.checks;

import java.util.List;

/** Portability: a GNU-only directive (export, override, private, undefine, vpath, sinclude, load). See the check's documentation for the POSIX and BSD spelling. */
public final class GnuDirective extends PortabilityCheck {
  public static final String ID = "gnu-directive";
  public static final CheckInfo INFO = info(ID,
      "a GNU-only directive (export, override, private, undefine, vpath, sinclude, load)");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  GnuConstructs.Kind kind() {
    return GnuConstructs.Kind.DIRECTIVE;
  }

  @Override
  String message(List<String> constructs) {
    return String.join(", ", constructs) + (constructs.size() == 1 ? " is a GNU make directive"
        : " are GNU make directives") + " that POSIX make does not have";
  }
}
