package dev.makelint.evaluation;

import java.util.Objects;

/** A place in a makefile: file name as make names it, 1-based line. Line 0 means unknown. */
public record Location(String file, int line) {
  public static final Location NONE = new Location(null, 0);

  // equals and hashCode by hand, with the values the record's own would give: those are made by
  // an invokedynamic bootstrap on first use, which cost a short run about 12 ms (async-profiler,
  // 10 runs of examples/seed-case), and locations are hash keys from the first makefile line on.
  @Override
  public boolean equals(Object o) {
    return o instanceof Location l && line == l.line && Objects.equals(file, l.file);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hashCode(file) + line;
  }

  @Override
  public String toString() {
    return file == null ? "<builtin>" : file + ":" + line;
  }
}
