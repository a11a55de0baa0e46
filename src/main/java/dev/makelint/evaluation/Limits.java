package dev.makelint.evaluation;

/**
 * Resource limits that stop hostile or runaway makefiles with a located message instead of a hang.
 * The defaults are far above what real trees need (kernel-size makefiles nest expansions a few
 * dozen deep and include a few levels deep).
 */
public record Limits(
    int maxExpansionDepth, int maxExpansionSize, int maxIncludeDepth, int maxEvalDepth) {
  public static final Limits DEFAULT = new Limits(2_000, 64 * 1024 * 1024, 200, 500);
}
