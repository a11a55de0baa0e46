package dev.makelint.syntax;

import dev.makelint.evaluation.BuiltinMakefiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every physical line of the makefiles this repository holds (make's built-ins, the fixtures, the
 * examples and the benchmark makefile): real-world text for the parsers' fast paths to agree on.
 */
public final class RepositoryMakefiles {
  private RepositoryMakefiles() {}

  public static List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.addAll(BuiltinMakefiles.VARIABLES.lines().toList());
    lines.addAll(BuiltinMakefiles.RULES.lines().toList());
    for (String root : List.of("src/test/resources", "examples", "bench")) {
      try (Stream<Path> files = Files.walk(Path.of(root))) {
        for (Path p : files.filter(Files::isRegularFile).filter(p -> {
          String f = p.getFileName().toString();
          return f.equals("Makefile") || f.endsWith(".mk") || f.equals("Makefile.local");
        }).toList()) {
          lines.addAll(Files.readAllLines(p, StandardCharsets.ISO_8859_1));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return lines;
  }
}
