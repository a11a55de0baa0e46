package dev.makelint.differential;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code known-differences.txt}: one {@code area/name  reason} per line; {@code #} starts a
 * comment line. Listed fixtures are still run and reported, but their disagreement does not fail
 * the build.
 */
final class KnownDifferences {
  private KnownDifferences() {}

  static Map<String, String> parse(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+", 2);
      out.put(parts[0], parts.length > 1 ? parts[1].strip() : "(no reason given)");
    }
    return out;
  }

  static Map<String, String> load(Path file) throws IOException {
    return Files.isRegularFile(file)
        ? parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))
        : Map.of();
  }
}
