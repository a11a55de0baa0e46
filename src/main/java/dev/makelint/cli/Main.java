package dev.makelint.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the makelint command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /** Runs makelint with {@code args}, writing to the given streams; returns the exit status. */
  public static int run(PrintStream out, PrintStream err, String... args) {
    PrintWriter o = new StdoutWriter(out);
    PrintWriter e = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8),
        true);
    CommandLine cl = MakelintCommand.commandLine(args);
    cl.setOut(o);
    cl.setErr(e);
    cl.setPosixClusteredShortOptionsAllowed(true);
    cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
      if (ex instanceof UsageError) {
        e.println("makelint: " + ex.getMessage());
      } else {
        e.println("makelint: internal error: " + ex
            + " — please report it with the makefile that caused it");
      }
      e.flush();
      return 2;
    });
    cl.setParameterExceptionHandler((ex, a) -> {
      e.println("makelint: " + ex.getMessage());
      e.println("Try 'makelint --help' for usage.");
      e.flush();
      return 2;
    });
    int status = cl.execute(args);
    o.flush();
    e.flush();
    return status;
  }
}
