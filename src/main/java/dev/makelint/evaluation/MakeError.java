package dev.makelint.evaluation;

/**
 * A fatal error make would stop with ({@code FILE:LINE: *** MESSAGE.  Stop.}). The message is
 * make's own wording, without the trailing ".  Stop."; {@link #detail()} may add what makelint
 * knows beyond it (e.g. the chain of a self-referencing variable). {@link LimitExceeded} is the
 * subclass for makelint's own resource limits.
 */
public class MakeError extends RuntimeException {
  private final Location location;
  private final String detail;

  public MakeError(Location location, String message) {
    this(location, message, null);
  }

  public MakeError(Location location, String message, String detail) {
    super(message, null, false, false);
    this.location = location;
    this.detail = detail;
  }

  public Location location() {
    return location;
  }

  /** Extra explanation beyond make's message, or null. */
  public String detail() {
    return detail;
  }

  /** The message followed by the detail, if any. */
  public String fullMessage() {
    return detail == null ? getMessage() : getMessage() + ": " + detail;
  }
}
