package dev.makelint.evaluation;

/** Where a variable's value came from, in make's precedence order (later beats earlier). */
public enum Origin {
  DEFAULT("default", "default"),
  ENVIRONMENT("environment", "environment"),
  MAKEFILE("makefile", "file"),
  ENVIRONMENT_OVERRIDE("environment override", "environment override"),
  COMMAND_LINE("command line", "command line"),
  OVERRIDE("override", "override"),
  AUTOMATIC("automatic", "automatic");

  private final String makeName;
  private final String functionName;

  Origin(String makeName, String functionName) {
    this.makeName = makeName;
    this.functionName = functionName;
  }

  /** What $(origin) returns: make -p says "makefile" where the function says "file". */
  public String functionName() {
    return functionName;
  }

  /** The word $(origin) returns and the JSON output uses. */
  public String makeName() {
    return makeName;
  }
}
