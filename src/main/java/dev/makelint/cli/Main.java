package dev.makelint.cli;

import java.io.PrintStream;

/** Entry point of the makelint command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /** Runs makelint with {@code args}, writing to the given streams; returns the exit status. */
  public static int run(PrintStream out, PrintStream err, String... args) {
    err.println("makelint: not implemented yet");
    return 2;
  }
}
