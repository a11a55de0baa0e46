package dev.makelint.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Read-only questions the evaluator asks the file system (does a file exist, read an included
 * file). Writing goes through {@link #write}, the single place that may write, and only when the
 * user asked for commands to run.
 */
public interface FileSystemView {
  boolean exists(Path p);

  String read(Path p) throws IOException;

  /** Writes for $(file >...) in run mode; the safe implementation refuses. */
  boolean write(Path p, String text, boolean append) throws IOException;

  /** The real file system, read-only. */
  FileSystemView READ_ONLY =
      new FileSystemView() {
        @Override
        public boolean exists(Path p) {
          return Files.exists(p);
        }

        @Override
        public String read(Path p) throws IOException {
          return dev.makelint.reading.SourceFile.decode(Files.readAllBytes(p));
        }

        @Override
        public boolean write(Path p, String text, boolean append) {
          return false;
        }
      };
}
