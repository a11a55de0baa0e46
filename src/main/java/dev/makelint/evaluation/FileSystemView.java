package dev.makelint.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

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

  /** Whether {@link #write} may be called at all; the evaluator does not call it otherwise. */
  default boolean writable() {
    return false;
  }

  /** {@code fs} for reading only: {@link #write} is never passed on. */
  static FileSystemView readOnly(FileSystemView fs) {
    return new FileSystemView() {
      @Override
      public boolean exists(Path p) {
        return fs.exists(p);
      }

      @Override
      public String read(Path p) throws IOException {
        return fs.read(p);
      }

      @Override
      public boolean write(Path p, String text, boolean append) {
        return false;
      }
    };
  }

  /** A file longer than {@link Limits#maxFileSize()}: it is not read. */
  final class TooLarge extends IOException {
    public TooLarge(Path p, long limit) {
      super(p + ": larger than " + limit + " bytes");
    }
  }

  /**
   * The real file system, read-only. Only regular files (and /dev/null) are read, never more than
   * {@link Limits#maxFileSize()} bytes of the run bound to this thread: a directory, a device, a
   * pipe or a huge file named by a hostile include is an error, not a hang.
   */
  FileSystemView READ_ONLY =
      new FileSystemView() {
        @Override
        public boolean exists(Path p) {
          return Files.exists(p);
        }

        @Override
        public String read(Path p) throws IOException {
          // One stat for the kind and the size (three, asked one by one, were 4% of reading
          // 2,000 included fragments). A stat that fails reads as "not a regular file".
          BasicFileAttributes attributes;
          try {
            attributes = Files.readAttributes(p, BasicFileAttributes.class);
          } catch (IOException | SecurityException e) {
            attributes = null;
          }
          if (attributes != null && attributes.isDirectory()) {
            throw new IOException("Is a directory");
          }
          if (attributes == null || !attributes.isRegularFile()) {
            if (p.toAbsolutePath().normalize().equals(Path.of("/dev/null"))) {
              return "";
            }
            throw new IOException("not a regular file (makelint reads only regular files)");
          }
          long limit = Progress.currentLimits().maxFileSize();
          byte[] bytes;
          try {
            if (attributes.size() > limit) {
              throw new TooLarge(p, limit);
            }
            try (InputStream in = Files.newInputStream(p)) {
              bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            }
          } catch (java.nio.file.AccessDeniedException e) {
            throw new IOException("Permission denied", e);
          } catch (java.nio.file.FileSystemException e) {
            throw new IOException(e.getReason() != null ? e.getReason() : "cannot read", e);
          }
          if (bytes.length > limit) {
            throw new TooLarge(p, limit);
          }
          return dev.makelint.reading.SourceFile.decode(bytes);
        }

        @Override
        public boolean write(Path p, String text, boolean append) {
          return false;
        }
      };
}
