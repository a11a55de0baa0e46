package dev.makelint.cli;

/**
 * Marks of a run's phases on standard error, for measuring start-up from outside the process
 * ({@code bench/compare.sh -p}); on only with {@code -Dmakelint.timeline=true}, which
 * {@code MAKELINT_JAVA_OPTS} passes. A mark is a line {@code makelint-timeline: PHASE MICROS}:
 * the wall clock in microseconds since the epoch, as exact as the clock between marks and as the
 * millisecond clock against other processes.
 */
final class Timeline {
  static final boolean ON = Boolean.getBoolean("makelint.timeline");

  private Timeline() {}

  /** The clock, read only when the marks are on. */
  private static final class Clock {
    static final long EPOCH_MICROS = System.currentTimeMillis() * 1000;
    static final long NANOS = System.nanoTime();
  }

  /** Marks the start of {@code phase} (or the end of the run's last one). */
  static void mark(String phase) {
    if (ON) {
      long micros = Clock.EPOCH_MICROS + (System.nanoTime() - Clock.NANOS) / 1000;
      System.err.println("makelint-timeline: " + phase + " " + micros);
      System.err.flush();
    }
  }
}
