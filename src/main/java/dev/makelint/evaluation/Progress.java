package dev.makelint.evaluation;

/**
 * Where a run is and how long it may still take: the makefile line being read (for the messages
 * of limits and internal errors) and the wall-time deadline of {@link Limits#maxTimeMillis()}.
 *
 * <p>The thread that runs makelint binds one with {@link #bind}; another thread may read {@link
 * #location()} and {@link #overdue} to give up on a run that no longer checks its clock. The
 * evaluator updates the location once per line read and checks the clock every few thousand
 * expansion steps ({@link #tick}), so both cost next to nothing.
 */
public final class Progress {
  private static final ThreadLocal<Progress> CURRENT = new ThreadLocal<>();

  private volatile Location location = Location.NONE;
  private volatile long deadline;
  private volatile boolean deadlineSet;
  private volatile boolean cancelled;
  private long limitMillis;
  private Limits limits = Limits.DEFAULT;
  private int ticks;

  /** The progress bound to this thread, or null. */
  public static Progress current() {
    return CURRENT.get();
  }

  /** Binds {@code p} to this thread (null unbinds). */
  public static void bind(Progress p) {
    if (p == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(p);
    }
  }

  /** Checks the clock of the progress bound to this thread, if any (for static helpers). */
  public static void checkCurrent() {
    Progress p = CURRENT.get();
    if (p != null) {
      p.tick();
    }
  }

  /**
   * For static helpers that build large lists (globbing): throws the expansion-size limit error
   * when {@code chars} characters would exceed it, and checks the clock now and then.
   */
  public static void checkGrowth(long chars) {
    Progress p = CURRENT.get();
    Limits l = p == null ? Limits.DEFAULT : p.limits;
    if (chars > l.maxExpansionSize()) {
      throw new LimitExceeded(p == null ? Location.NONE : p.location,
          "text longer than " + l.maxExpansionSize() + " characters while expanding",
          "--max-expansion-size", Integer.toString(l.maxExpansionSize()));
    }
    if (p != null) {
      p.tick();
    }
  }

  /** The limits of the run bound to this thread, or the defaults. */
  public static Limits currentLimits() {
    Progress p = CURRENT.get();
    return p == null ? Limits.DEFAULT : p.limits;
  }

  /** The makefile line being read (or last read), never null. */
  public Location location() {
    return location;
  }

  void at(Location at) {
    location = at;
  }

  /** Starts the wall-time clock with {@code limits}; a clock already running is kept. */
  void start(Limits limits) {
    this.limits = limits;
    if (deadlineSet) {
      return;
    }
    limitMillis = limits.maxTimeMillis();
    if (limitMillis > 0) {
      deadline = System.nanoTime() + limitMillis * 1_000_000L;
      deadlineSet = true;
    }
  }

  /** Asks the run to stop at its next clock check (it then reports the time limit). */
  public void cancel() {
    cancelled = true;
  }

  /** Whether the deadline passed more than {@code graceMillis} ago. */
  public boolean overdue(long graceMillis) {
    return deadlineSet && System.nanoTime() - deadline > graceMillis * 1_000_000L;
  }

  /** The wall-time limit in milliseconds, 0 when none is running. */
  public long limitMillis() {
    return deadlineSet ? limitMillis : 0;
  }

  /** Counts one step of work; every 1024 steps the clock is read. */
  void tick() {
    if ((++ticks & 1023) == 0) {
      check();
    }
  }

  /** Throws the time-limit error when the deadline has passed or the run was cancelled. */
  void check() {
    if (cancelled || (deadlineSet && System.nanoTime() - deadline > 0)) {
      throw timeLimit(location);
    }
  }

  /** The error reported when the wall-time limit is reached at {@code at}. */
  public LimitExceeded timeLimit(Location at) {
    long seconds = Math.max(1, (limitMillis + 999) / 1000);
    return new LimitExceeded(at, "makelint ran longer than " + seconds + " s",
        "--max-time", Long.toString(seconds));
  }
}
