package dev.makelint.cli;

/** Bad command-line input: reported in one line, exit status 2. */
final class UsageError extends RuntimeException {
  UsageError(String message) {
    super(message, null, false, false);
  }
}
