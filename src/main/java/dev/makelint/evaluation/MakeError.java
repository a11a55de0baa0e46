package dev.makelint.evaluation;

/**
 * A fatal error make would stop with ({@code FILE:LINE: *** MESSAGE.  Stop.}). The message is
 * make's own wording, without the trailing ".  Stop.".
 */
public final class MakeError extends RuntimeException {
  private final Location location;

  public MakeError(Location location, String message) {
    super(message, null, false, false);
    this.location = location;
  }

  public Location location() {
    return location;
  }
}
