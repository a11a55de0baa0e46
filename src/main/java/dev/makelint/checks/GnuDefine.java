package dev.makelint.checks;

import java.util.List;

/** Portability: a multi-line variable with define/endef. See the check's documentation for the POSIX and BSD spelling. */
public final class GnuDefine extends PortabilityCheck {
  public static final String ID = "gnu-define";
  public static final CheckInfo INFO = info(ID,
      "a multi-line variable with define/endef");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  GnuConstructs.Kind kind() {
    return GnuConstructs.Kind.DEFINE;
  }

  @Override
  String message(List<String> constructs) {
    return "define/endef is GNU make's: POSIX and BSD make have no multi-line variables";
  }
}
