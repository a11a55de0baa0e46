package dev.makelint.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The generated projects the benchmarks run on, by size name. Each is generated once into
 * {@code target/bench-projects/SIZE} (or under {@code -Dmakelint.bench.dir=DIR}) and reused.
 *
 * <ul>
 *   <li>{@code small}: 20 modules x 50 sources x 2 flavours (about 70 KB of makefiles, 2,000
 *       objects);
 *   <li>{@code medium}: 200 modules (about 0.7 MB, 20,000 objects);
 *   <li>{@code large}: 2,000 modules (about 7 MB, 200,000 objects), the size issue 6 names.
 * </ul>
 *
 * Every project carries the injected duplicate-source fault.
 */
public final class BenchProjects {
  private BenchProjects() {}

  public static ProjectGenerator.Spec spec(String size) {
    int modules = switch (size) {
      case "small" -> 20;
      case "medium" -> 200;
      case "large" -> 2_000;
      default -> throw new IllegalArgumentException("size: small, medium or large, not " + size);
    };
    return new ProjectGenerator.Spec(modules, 50, 2, true);
  }

  /** The project of {@code size}, generated on first use. */
  public static Path project(String size) {
    Path root = Path.of(System.getProperty("makelint.bench.dir", "target/bench-projects"));
    Path dir = root.resolve(size.toLowerCase(Locale.ROOT)).toAbsolutePath();
    Path done = dir.resolve(".generated");
    try {
      if (!Files.exists(done)) {
        if (Files.exists(dir)) {
          try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
          }
        }
        ProjectGenerator.generate(dir, spec(size));
        Files.writeString(done, "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }
}
