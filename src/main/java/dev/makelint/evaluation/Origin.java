package dev.makelint.evaluation;

/** Where a variable's value came from, in make's precedence order (later beats earlier). */
public enum Origin {
  DEFAULT("default"),
  ENVIRONMENT("environment"),
  MAKEFILE("makefile"),
  ENVIRONMENT_OVERRIDE("environment override"),
  COMMAND_LINE("command line"),
  OVERRIDE("override"),
  AUTOMATIC("automatic");

  private final String makeName;

  Origin(String makeName) {
    this.makeName = makeName;
  }

  /** The word $(origin) returns and the JSON output uses. */
  public String makeName() {
    return makeName;
  }
}
