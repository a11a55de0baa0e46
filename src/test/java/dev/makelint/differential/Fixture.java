package dev.makelint.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One fixture under {@code fixtures/db/}: either {@code <area>/<name>.mk} or a directory
 * {@code <area>/<name>/} holding a {@code Makefile}. Its header comment lines configure the run:
 * {@code # make-args: ARG...}, {@code # env: NAME=value} (repeatable) and
 * {@code # expect-fatal: TEXT}.
 */
record Fixture(
    String id,
    Path source,
    boolean directory,
    String mainFile,
    List<String> makeArgs,
    Map<String, String> env,
    String expectFatal,
    String problem) {

  /** The fixtures under {@code root}, sorted by id. */
  static List<Fixture> discover(Path root) {
    List<Fixture> out = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return out;
    }
    try (Stream<Path> areas = Files.list(root)) {
      for (Path area : areas.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> entries = Files.list(area)) {
          for (Path p : entries.sorted().toList()) {
            String areaName = area.getFileName().toString();
            String file = p.getFileName().toString();
            if (Files.isDirectory(p)) {
              out.add(load(areaName + "/" + file, p, true, "Makefile"));
            } else if (file.endsWith(".mk")) {
              out.add(load(areaName + "/" + file.substring(0, file.length() - 3), p, false, file));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static Fixture load(String id, Path source, boolean directory, String mainFile) {
    Path main = directory ? source.resolve(mainFile) : source;
    if (!Files.isRegularFile(main)) {
      return new Fixture(id, source, directory, mainFile, List.of(), Map.of(), null,
          "fixture directory has no " + mainFile);
    }
    try {
      String text = new String(Files.readAllBytes(main), StandardCharsets.UTF_8);
      return parseHeader(id, source, directory, mainFile, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the header: the comment (and blank) lines at the top of the main makefile. */
  static Fixture parseHeader(String id, Path source, boolean directory, String mainFile, String text) {
    List<String> args = new ArrayList<>();
    Map<String, String> env = new LinkedHashMap<>();
    String fatal = null;
    String problem = null;
    for (String line : text.split("\n", -1)) {
      String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      if (l.isBlank()) {
        continue;
      }
      if (!l.startsWith("#")) {
        break;
      }
      String body = l.substring(1).strip();
      if (body.startsWith("make-args:")) {
        args.addAll(splitArgs(body.substring("make-args:".length())));
      } else if (body.startsWith("env:")) {
        String assignment = body.substring("env:".length()).strip();
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
          problem = "bad '# env:' line (want NAME=value): " + l;
        } else {
          env.put(assignment.substring(0, eq), assignment.substring(eq + 1));
        }
      } else if (body.startsWith("expect-fatal:")) {
        fatal = body.substring("expect-fatal:".length()).strip();
        if (fatal.isEmpty()) {
          problem = "empty '# expect-fatal:' line";
        }
      }
    }
    return new Fixture(id, source, directory, mainFile, List.copyOf(args), Map.copyOf(env), fatal, problem);
  }

  /** Splits words on blanks; single and double quotes group words, as in a shell. */
  static List<String> splitArgs(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (char c : s.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          cur.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (c == ' ' || c == '\t') {
        if (inWord) {
          out.add(cur.toString());
          cur.setLength(0);
          inWord = false;
        }
      } else {
        cur.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      out.add(cur.toString());
    }
    return out;
  }

  /** All text of the fixture's files (used to decide whether the environment matters). */
  String allText() {
    StringBuilder b = new StringBuilder();
    try (Stream<Path> files = directory ? Files.walk(source) : Stream.of(source)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        b.append(new String(Files.readAllBytes(p), StandardCharsets.UTF_8)).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toString();
  }

  /** Copies the fixture into {@code dir}: the directory's content, or the single file. */
  void copyTo(Path dir) throws IOException {
    if (!directory) {
      Files.copy(source, dir.resolve(mainFile));
      return;
    }
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : files.toList()) {
        Path target = dir.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
