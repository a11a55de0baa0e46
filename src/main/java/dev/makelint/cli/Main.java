package dev.makelint.cli;

import dev.makelint.evaluation.Evaluator;
import dev.makelint.evaluation.Progress;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point of the makelint command. The command runs on a thread of its own with a large stack,
 * so that the nesting limits, not the Java stack, stop deep makefiles; this thread watches the
 * wall-time limit and turns anything unexpected into a one-line internal error with exit status 2.
 */
public final class Main {
  /** Stack of the thread that runs the command (reserved address space, used only as needed). */
  static final long STACK_BYTES = 512L * 1024 * 1024;
  /**
   * How long past the wall-time limit to wait for a run that does not stop by itself (it checks
   * the clock at every line and every few thousand expansion steps, so only code that never
   * checks it, such as a long-running file-system call, needs this).
   */
  static final long GRACE_MILLIS = 2_000;

  private Main() {}

  public static void main(String[] args) {
    Timeline.mark("main");
    int status = run(System.out, System.err, args);
    Timeline.mark("exit");
    System.exit(status);
  }

  /** Runs makelint with {@code args}, writing to the given streams; returns the exit status. */
  public static int run(PrintStream out, PrintStream err, String... args) {
    // The command writes through a gate: a run given up on (below) must not print any more.
    Gate gate = new Gate();
    PrintWriter o = new StdoutWriter(gate.wrap(out), out == System.out);
    PrintWriter e = new PrintWriter(new java.io.OutputStreamWriter(gate.wrap(err),
        StandardCharsets.UTF_8), true);
    Progress progress = new Progress();
    Run run = new Run(progress, o, e, args);
    Thread worker = new Thread(null, run, "makelint", STACK_BYTES);
    worker.setDaemon(true);
    worker.start();
    try {
      while (true) {
        worker.join(100);
        if (!worker.isAlive()) {
          break;
        }
        if (progress.overdue(GRACE_MILLIS)) {
          // The run stopped checking its clock: silence it, ask it to stop, report the limit.
          gate.close();
          progress.cancel();
          worker.interrupt();
          PrintWriter direct = new PrintWriter(new java.io.OutputStreamWriter(err,
              StandardCharsets.UTF_8), true);
          ErrorReport.print(direct, progress.timeLimit(progress.location()));
          return 2;
        }
      }
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      gate.close();
      progress.cancel();
      worker.interrupt();
      err.println("makelint: interrupted");
      return 2;
    }
    o.flush();
    if (run.crash != null) {
      Throwable t = run.crash;
      if (t instanceof StackOverflowError) {
        ErrorReport.print(e, Evaluator.stackExhausted(progress.location()));
      } else if (t instanceof OutOfMemoryError) {
        ErrorReport.print(e, Evaluator.outOfMemory(progress.location()));
      } else {
        ErrorReport.internal(e, t, progress.location());
      }
      return 2;
    }
    e.flush();
    return run.status;
  }

  /**
   * The command, run on its own thread (for its stack size). A class rather than a lambda: a
   * lambda's bootstrap is paid on every start, before any work.
   */
  private static final class Run implements Runnable {
    private final Progress progress;
    private final PrintWriter out;
    private final PrintWriter err;
    private final String[] args;
    volatile int status = 2;
    volatile Throwable crash;

    Run(Progress progress, PrintWriter out, PrintWriter err, String[] args) {
      this.progress = progress;
      this.out = out;
      this.err = err;
      this.args = args;
    }

    @Override
    public void run() {
      Progress.bind(progress);
      try {
        status = execute(out, err, args);
      } catch (Throwable t) {
        crash = t;
      } finally {
        Progress.bind(null);
      }
    }
  }

  /** Lets output through until closed; then drops it. */
  private static final class Gate {
    private boolean closed;

    synchronized void close() {
      closed = true;
    }

    java.io.OutputStream wrap(java.io.OutputStream target) {
      return new java.io.OutputStream() {
        @Override
        public void write(int b) throws java.io.IOException {
          synchronized (Gate.this) {
            if (!closed) {
              target.write(b);
            }
          }
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
          synchronized (Gate.this) {
            if (!closed) {
              target.write(b, off, len);
            }
          }
        }

        @Override
        public void flush() throws java.io.IOException {
          synchronized (Gate.this) {
            if (!closed) {
              target.flush();
            }
          }
        }
      };
    }
  }

  private static int execute(PrintWriter o, PrintWriter e, String[] args) {
    CommandLine cl = commandLine(o, e, args);
    int status = cl.execute(args);
    o.flush();
    e.flush();
    return status;
  }

  /** The command line with makelint's error handling, writing to {@code o} and {@code e}. */
  static CommandLine commandLine(PrintWriter o, PrintWriter e, String... args) {
    CommandLine cl = MakelintCommand.commandLine(args);
    cl.setOut(o);
    cl.setErr(e);
    cl.setPosixClusteredShortOptionsAllowed(true);
    ErrorHandlers handlers = new ErrorHandlers(e);
    cl.setExecutionExceptionHandler(handlers);
    cl.setParameterExceptionHandler(handlers);
    return cl;
  }

  /**
   * makelint's messages for what goes wrong, with exit status 2. A class rather than two lambdas:
   * code on the start-up path uses none (see README, Start-up).
   */
  private static final class ErrorHandlers implements CommandLine.IExecutionExceptionHandler,
      CommandLine.IParameterExceptionHandler {
    private final PrintWriter e;

    ErrorHandlers(PrintWriter e) {
      this.e = e;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd,
        CommandLine.ParseResult parseResult) {
      if (ex instanceof UsageError) {
        e.println("makelint: " + ex.getMessage());
      } else if (ex instanceof dev.makelint.evaluation.MakeError m) {
        ErrorReport.print(e, m);
      } else {
        Progress p = Progress.current();
        ErrorReport.internal(e, ex, p == null ? null : p.location());
      }
      e.flush();
      return 2;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
      e.println("makelint: " + ex.getMessage());
      e.println("Try 'makelint --help' for usage.");
      e.flush();
      return 2;
    }
  }
}
