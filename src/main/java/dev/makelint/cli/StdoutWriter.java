package dev.makelint.cli;

import java.io.Console;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

/**
 * The writer a command prints its report to, knowing whether it is the process's standard output
 * on a terminal (for {@code --color=auto}). Asked only when colour is in question.
 */
final class StdoutWriter extends PrintWriter {
  /** Set by bin/makelint: {@code true} when its standard output is a terminal ({@code [ -t 1 ]}). */
  static final String TTY_PROPERTY = "makelint.stdout.tty";

  private final boolean processStdout;

  StdoutWriter(PrintStream out) {
    this(out, out == System.out);
  }

  /** Writes to {@code target}; {@code processStdout} says whether it ends in System.out. */
  StdoutWriter(java.io.OutputStream target, boolean processStdout) {
    super(new OutputStreamWriter(target, StandardCharsets.UTF_8), true);
    this.processStdout = processStdout;
  }

  /** True when this writes to the process's standard output and that is a terminal. */
  boolean terminal() {
    if (!processStdout) {
      return false;
    }
    String told = System.getProperty(TTY_PROPERTY);
    if (told != null) {
      return told.equals("true") || told.equals("1");
    }
    Console c = System.console(); // JDK 17-21: non-null only when stdin and stdout are terminals
    if (c == null) {
      return false;
    }
    if (Runtime.version().feature() >= 22) {
      try { // JDK 22+ returns a console even when redirected; it knows whether it is a terminal
        Method m = Console.class.getMethod("isTerminal");
        return (Boolean) m.invoke(c);
      } catch (ReflectiveOperationException | RuntimeException e) {
        return false;
      }
    }
    return true;
  }
}
