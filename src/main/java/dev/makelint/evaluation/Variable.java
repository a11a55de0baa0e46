package dev.makelint.evaluation;

/**
 * One variable as make holds it. Immutable: an assignment replaces the variable in its set.
 *
 * @param append for target- and pattern-specific variables set with {@code +=}: the value is
 *     appended to the inherited one when used
 * @param export null when not set either way, else exported or unexported
 */
public record Variable(
    String name,
    Flavor flavor,
    Origin origin,
    String value,
    Location location,
    Boolean export,
    boolean isPrivate,
    boolean append) {

  /** A variable made by a tool rather than a makefile line (e.g. automatic variables). */
  public static Variable automatic(String name, String value) {
    return new Variable(name, Flavor.SIMPLE, Origin.AUTOMATIC, value, Location.NONE, null, false,
        false);
  }

  public boolean recursive() {
    return flavor == Flavor.RECURSIVE;
  }

  public Variable withValue(String newValue, Location at) {
    return new Variable(name, flavor, origin, newValue, at, export, isPrivate, append);
  }

  public Variable withExport(Boolean newExport) {
    return new Variable(name, flavor, origin, value, location, newExport, isPrivate, append);
  }

  public Variable withPrivate(boolean p) {
    return new Variable(name, flavor, origin, value, location, export, p, append);
  }
}
