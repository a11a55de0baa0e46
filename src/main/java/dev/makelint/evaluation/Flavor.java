package dev.makelint.evaluation;

/** How a variable's value is stored: raw text expanded on use, or text expanded once. */
public enum Flavor {
  RECURSIVE("recursive"),
  SIMPLE("simple");

  private final String makeName;

  Flavor(String makeName) {
    this.makeName = makeName;
  }

  public String makeName() {
    return makeName;
  }
}
