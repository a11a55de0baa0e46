package dev.makelint.evaluation;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file system view for tests that reads the real files as {@link FileSystemView#READ_ONLY}
 * does and leaves writing to the test: each test says what a {@code $(file >...)} does there
 * (write for real, count, or fail).
 */
public abstract class RealFilesView implements FileSystemView {
  @Override
  public boolean exists(Path p) {
    return FileSystemView.READ_ONLY.exists(p);
  }

  @Override
  public String read(Path p) throws IOException {
    return FileSystemView.READ_ONLY.read(p);
  }
}
