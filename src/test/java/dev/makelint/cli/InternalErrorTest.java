package dev.makelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.makelint.evaluation.FileSystemView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bug in makelint is reported in one line with the makefile location, never a stack trace. */
class InternalErrorTest {
  private final FileSystemView saved = Reading.files;

  @AfterEach
  void restore() {
    Reading.files = saved;
  }

  private record Run(int status, String out, String err) {}

  private static Run run(Path dir, Throwable failure) throws IOException {
    Files.writeString(dir.resolve("Makefile"), "X = 1\ninclude other.mk\nall: ; @true\n");
    Files.writeString(dir.resolve("other.mk"), "Y = 2\n");
    Reading.files = new FileSystemView() {
      @Override
      public boolean exists(Path p) {
        return FileSystemView.READ_ONLY.exists(p);
      }

      @Override
      public String read(Path p) throws IOException {
        if (p.getFileName().toString().equals("other.mk")) {
          if (failure instanceof RuntimeException r) {
            throw r;
          }
          throw (Error) failure;
        }
        return FileSystemView.READ_ONLY.read(p);
      }

      @Override
      public boolean write(Path p, String text, boolean append) {
        return false;
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), "-C", dir.toString());
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anUnexpectedExceptionIsAnInternalErrorWithTheLineBeingRead(@TempDir Path dir)
      throws IOException {
    Run r = run(dir, new IllegalStateException("boom"));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("makelint: internal error while reading Makefile:2: "
        + "java.lang.IllegalStateException: boom; please report this at "
        + ErrorReport.ISSUES_URL + " with the makefile that caused it\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aStackOverflowIsALocatedErrorNotAStackTrace(@TempDir Path dir) throws IOException {
    Run r = run(dir, new StackOverflowError());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out() + r.err()).startsWith("Makefile:2:1: error: expansion nested too deeply")
        .doesNotContain("\tat ");
  }

  @Test
  void runningOutOfMemoryIsALocatedError(@TempDir Path dir) throws IOException {
    Run r = run(dir, new OutOfMemoryError("Java heap space"));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out() + r.err()).startsWith("Makefile:2:1: error: out of memory")
        .doesNotContain("\tat ");
  }

  @Test
  void aRunThatStopsCheckingTheClockIsAbandonedAtTheLimit(@TempDir Path dir) throws IOException {
    // A read that blocks (a pipe, a hung network file system) never reaches a clock check.
    Files.writeString(dir.resolve("Makefile"), "X = 1\ninclude other.mk\nall: ; @true\n");
    Files.writeString(dir.resolve("other.mk"), "Y = 2\n");
    Reading.files = new FileSystemView() {
      @Override
      public boolean exists(Path p) {
        return FileSystemView.READ_ONLY.exists(p);
      }

      @Override
      public String read(Path p) throws IOException {
        if (p.getFileName().toString().equals("other.mk")) {
          try {
            Thread.sleep(30_000);
          } catch (InterruptedException e) {
            throw new java.io.InterruptedIOException("interrupted");
          }
        }
        return FileSystemView.READ_ONLY.read(p);
      }

      @Override
      public boolean write(Path p, String text, boolean append) {
        return false;
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long start = System.nanoTime();
    int status = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), "-C", dir.toString(),
        "--max-time", "1");
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(status).isEqualTo(2);
    assertThat(millis).isBetween(1_000L, 1_000L + Main.GRACE_MILLIS + 2_000L);
    Thread.yield();
    String e = err.toString(StandardCharsets.UTF_8);
    assertThat(e).isEqualTo("Makefile:2:1: error: makelint ran longer than 1 s "
        + "(limit --max-time=1; raise it with --max-time)\n");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void badLimitValuesAreUsageErrors(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Makefile"), "all: ; @true\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(new PrintStream(new ByteArrayOutputStream(), true),
        new PrintStream(err, true, StandardCharsets.UTF_8), "-C", dir.toString(),
        "--max-expansion-depth", "0");
    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("makelint: --max-*: limits");
  }
}
