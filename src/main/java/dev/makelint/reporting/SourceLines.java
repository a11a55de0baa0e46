package dev.makelint.reporting;

import dev.makelint.reading.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The physical lines of the files findings point into, read once each, for excerpts. */
final class SourceLines {
  /** Files larger than this are not read again for excerpts. */
  private static final long MAX_BYTES = 16L << 20;

  private final Path workDir;
  private final Map<String, List<String>> cache = new HashMap<>();

  SourceLines(Path workDir) {
    this.workDir = workDir;
  }

  /** The text of line {@code line} (1-based) of {@code file}, or null when it cannot be had. */
  String line(String file, int line) {
    if (file == null || line < 1) {
      return null;
    }
    List<String> lines = cache.get(file);
    if (lines == null) {
      cache.put(file, lines = read(file));
    }
    return line <= lines.size() ? lines.get(line - 1) : null;
  }

  private List<String> read(String file) {
    try {
      Path p = workDir.resolve(file);
      if (!Files.isRegularFile(p) || Files.size(p) > MAX_BYTES) {
        return List.of();
      }
      return SourceFile.physicalLines(SourceFile.decode(Files.readAllBytes(p)));
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
