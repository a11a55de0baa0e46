package dev.makelint.evaluation;

/**
 * Resource limits that stop hostile or runaway makefiles with a located message instead of a hang,
 * a crash or an exhausted heap. Each is raised with the command-line option named in its message.
 * The defaults are far above what real trees need (kernel-size makefiles nest expansions a few
 * dozen deep, include a few levels deep, expand values of a few hundred kB and read in seconds)
 * and low enough that a hostile file is stopped within seconds and a few hundred MB; the README's
 * "Limits" section gives the reasons for each number.
 *
 * @param maxExpansionDepth nested function calls and recursive-variable references
 *     ({@code --max-expansion-depth})
 * @param maxExpansionSize characters one expansion may produce ({@code --max-expansion-size})
 * @param maxIncludeDepth nested include files ({@code --max-include-depth})
 * @param maxEvalDepth nested {@code $(eval)} calls ({@code --max-eval-depth})
 * @param maxTimeMillis wall time for the whole run, reading and checking ({@code --max-time},
 *     given in seconds); 0 means no limit
 * @param maxNesting nesting of {@code $(...)} inside one text, checked before it is parsed
 *     ({@code --max-nesting})
 * @param maxReferences {@code $} references and calls in one text, checked before it is parsed
 *     ({@code --max-references})
 * @param maxFileSize bytes of one makefile ({@code --max-file-size})
 */
public record Limits(
    int maxExpansionDepth, int maxExpansionSize, int maxIncludeDepth, int maxEvalDepth,
    long maxTimeMillis, int maxNesting, int maxReferences, long maxFileSize) {
  public static final Limits DEFAULT =
      new Limits(2_000, 8 * 1024 * 1024, 200, 500, 60_000, 500, 250_000, 64L * 1024 * 1024);

  /** The four original limits; the others take their defaults. */
  public Limits(int maxExpansionDepth, int maxExpansionSize, int maxIncludeDepth,
      int maxEvalDepth) {
    this(maxExpansionDepth, maxExpansionSize, maxIncludeDepth, maxEvalDepth,
        DEFAULT.maxTimeMillis, DEFAULT.maxNesting, DEFAULT.maxReferences, DEFAULT.maxFileSize);
  }

  /** These limits with a different wall-time limit. */
  public Limits withMaxTimeMillis(long millis) {
    return new Limits(maxExpansionDepth, maxExpansionSize, maxIncludeDepth, maxEvalDepth, millis,
        maxNesting, maxReferences, maxFileSize);
  }
}
