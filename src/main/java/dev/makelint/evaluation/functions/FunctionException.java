package dev.makelint.evaluation.functions;

/**
 * A fatal error raised by a built-in function, carrying GNU make's own wording (the text make prints
 * between {@code *** } and {@code .  Stop.}).
 */
public final class FunctionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String makeMessage;

  public FunctionException(String makeMessage) {
    super(makeMessage);
    this.makeMessage = makeMessage;
  }

  /** The message exactly as make 4.3 words it, without location prefix or the trailing ".  Stop.". */
  public String makeMessage() {
    return makeMessage;
  }
}
