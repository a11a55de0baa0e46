package dev.makelint.evaluation;

/**
 * Answers {@code $(shell ...)} and {@code !=}. The safe implementation starts no process; only the
 * {@code run} mode implementation may. Keeping this behind one interface makes "never executes
 * anything by default" a property of one place in the code.
 */
public interface ShellRunner {

  /** The command's output as make would use it (trailing newline removed, newlines → spaces). */
  Result run(String command, Location location);

  /** Output and exit status of one command. {@code executed} is false when it was not run. */
  record Result(String output, int status, boolean executed) {}
}
