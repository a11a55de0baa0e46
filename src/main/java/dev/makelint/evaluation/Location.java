package dev.makelint.evaluation;

/** A place in a makefile: file name as make names it, 1-based line. Line 0 means unknown. */
public record Location(String file, int line) {
  public static final Location NONE = new Location(null, 0);

  @Override
  public String toString() {
    return file == null ? "<builtin>" : file + ":" + line;
  }
}
