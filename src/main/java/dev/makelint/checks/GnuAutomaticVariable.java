package dev.makelint.checks;

import java.util.List;

/** Portability: an automatic variable POSIX or BSD make lacks ($|, $^, $+; $< outside inference rules). See the check's documentation for the POSIX and BSD spelling. */
public final class GnuAutomaticVariable extends PortabilityCheck {
  public static final String ID = "gnu-automatic-variable";
  public static final CheckInfo INFO = info(ID,
      "an automatic variable POSIX or BSD make lacks ($^, $+, the order-only list; $< in explicit rules)");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  GnuConstructs.Kind kind() {
    return GnuConstructs.Kind.AUTOMATIC_VARIABLE;
  }

  @Override
  String message(List<String> constructs) {
    return automaticMessage(constructs);
  }

  private static String automaticMessage(List<String> constructs) {
    List<String> inference = new java.util.ArrayList<>();
    List<String> gnu = new java.util.ArrayList<>();
    for (String c : constructs) {
      (c.contains("<") || c.contains("*") ? inference : gnu).add(c);
    }
    List<String> parts = new java.util.ArrayList<>();
    if (!gnu.isEmpty()) {
      parts.add(String.join(", ", gnu) + ": not in BSD make (all prerequisites are $> there) nor in POSIX"
          + " make before 2024" + (gnu.stream().anyMatch(g -> g.contains("|"))
          ? "; $| is GNU make's only" : ""));
    }
    if (!inference.isEmpty()) {
      parts.add(String.join(", ", inference) + " in a rule that is not an inference rule: POSIX"
          + " leaves it unspecified and BSD make leaves it empty");
    }
    return String.join("; ", parts);
  }
}
