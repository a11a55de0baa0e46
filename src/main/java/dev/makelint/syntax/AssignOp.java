package dev.makelint.syntax;

/** The six assignment operators of GNU make 4.3. */
public enum AssignOp {
  RECURSIVE("="),
  SIMPLE(":="),
  POSIX_SIMPLE("::="),
  CONDITIONAL("?="),
  APPEND("+="),
  SHELL("!=");

  private final String token;

  AssignOp(String token) {
    this.token = token;
  }

  public String token() {
    return token;
  }
}
