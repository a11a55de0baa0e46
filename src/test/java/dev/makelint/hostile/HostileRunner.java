package dev.makelint.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.makelint.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs makelint on each prepared hostile fixture inside one JVM started with a small heap
 * ({@link HostileInputTest} chooses -Xmx), and writes what happened as JSON: exit status, stdout,
 * stderr, wall time, peak heap, and the files that appeared in the fixture's directory.
 *
 * <p>Arguments: the results file and a list of fixtures, one a line: its directory and its
 * makelint arguments, separated by tabs.
 */
public final class HostileRunner {
  private HostileRunner() {}

  public static void main(String[] args) throws IOException {
    Path results = Path.of(args[0]);
    List<Map<String, Object>> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[1]))) {
      String[] fields = line.split("\t");
      Path dir = Path.of(fields[0]);
      List<String> words = new ArrayList<>(List.of("-C", dir.toString()));
      words.addAll(List.of(fields).subList(1, fields.length));
      List<String> before = listing(dir);
      System.gc();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        pool.resetPeakUsage();
      }
      ByteArrayOutputStream stdout = new ByteArrayOutputStream();
      ByteArrayOutputStream stderr = new ByteArrayOutputStream();
      long start = System.nanoTime();
      int status = Main.run(new PrintStream(stdout, true, StandardCharsets.UTF_8),
          new PrintStream(stderr, true, StandardCharsets.UTF_8), words.toArray(String[]::new));
      long millis = (System.nanoTime() - start) / 1_000_000;
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      List<String> after = listing(dir);
      after.removeAll(before);
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("dir", dir.toString());
      r.put("status", status);
      r.put("millis", millis);
      r.put("peakHeapMb", peak / (1024 * 1024));
      r.put("stdout", limit(stdout.toString(StandardCharsets.UTF_8)));
      r.put("stderr", limit(stderr.toString(StandardCharsets.UTF_8)));
      r.put("newFiles", after);
      out.add(r);
      new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(results.toFile(), out);
    }
  }

  private static String limit(String s) {
    return s.length() > 20_000 ? s.substring(0, 20_000) + "..." : s;
  }

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return new ArrayList<>(s.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }
}
