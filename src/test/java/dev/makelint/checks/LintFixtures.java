package dev.makelint.checks;

import dev.makelint.evaluation.EvalOptions;
import dev.makelint.evaluation.Evaluator;
import dev.makelint.evaluation.FileSystemView;
import dev.makelint.evaluation.Limits;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.Platform;
import dev.makelint.evaluation.SafeShellRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fixture projects with inline expectations. A fixture is either a single {@code NAME.mk} (copied
 * to a scratch directory as {@code Makefile}) or a directory (copied whole). Comments drive it:
 * {@code # expect: ID[, ID]} on the line where a finding must be reported, {@code # files: a.c b.h}
 * to create empty files, {@code # args: NAME=VALUE GOAL} for make's command line, {@code # enable:
 * ID[, ID]} to turn on checks that are off by default, {@code # option: ID.NAME=VALUE} to set a
 * check's option (a list is comma-separated). A fixture make cannot read expects the fatal error's
 * check on the line make names.
 */
public final class LintFixtures {
  private LintFixtures() {}

  static final Path ROOT = Path.of("src/test/resources/fixtures/checks");
  private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([a-z0-9, -]+)");
  private static final Pattern FILES = Pattern.compile("(?m)^#\\s*files:\\s*(.+)$");
  private static final Pattern ARGS = Pattern.compile("^#\\s*args:\\s*(.+)$");
  private static final Pattern ENABLE = Pattern.compile("^#\\s*enable:\\s*(.+)$");
  private static final Pattern OPTION =
      Pattern.compile("^#\\s*option:\\s*([a-z0-9-]+)\\.([A-Za-z0-9_-]+)=(.*)$");

  /** A prepared fixture: its scratch directory, arguments, settings and expected findings. */
  record Prepared(Path workDir, List<String> args, List<String> expected, LintSettings settings) {}

  static List<Path> all() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> checks = Files.list(ROOT)) {
      for (Path dir : checks.sorted().toList()) {
        try (Stream<Path> fx = Files.list(dir)) {
          out.addAll(fx.sorted().toList());
        }
      }
    }
    return out;
  }

  static Prepared prepare(Path fixture, Path scratch) throws IOException {
    if (Files.isDirectory(fixture)) {
      try (Stream<Path> walk = Files.walk(fixture)) {
        for (Path p : walk.toList()) {
          Path to = scratch.resolve(fixture.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(to);
          } else {
            Files.copy(p, to);
          }
        }
      }
    } else {
      Files.copy(fixture, scratch.resolve("Makefile"));
    }
    List<String> expected = new ArrayList<>();
    List<String> args = new ArrayList<>();
    LintSettings.Builder settings = LintSettings.builder();
    try (Stream<Path> walk = Files.walk(scratch)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String rel = scratch.relativize(p).toString();
        List<String> lines = Files.readAllLines(p);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = EXPECT.matcher(lines.get(i));
          if (m.find()) {
            for (String id : m.group(1).split(",")) {
              expected.add(rel + ":" + (i + 1) + ": " + id.strip());
            }
          }
          createListedFiles(scratch, lines.get(i));
          Matcher a = ARGS.matcher(lines.get(i));
          if (a.matches()) {
            args.addAll(Arrays.asList(a.group(1).strip().split("\\s+")));
          }
          Matcher en = ENABLE.matcher(lines.get(i));
          if (en.matches()) {
            for (String id : en.group(1).split(",")) {
              settings.enable(id.strip());
            }
          }
          Matcher o = OPTION.matcher(lines.get(i));
          if (o.matches()) {
            settings.option(o.group(1), o.group(2), optionValue(o.group(1), o.group(2),
                o.group(3).strip()));
          }
        }
      }
    }
    expected.sort(null);
    return new Prepared(scratch, args, expected, settings.build());
  }

  /**
   * Creates, empty, under {@code scratch}, each file that a {@code # files: NAME...} line of
   * {@code text} lists and that is not there yet (the fixtures' way of naming sources that must
   * exist).
   */
  public static void createListedFiles(Path scratch, String text) throws IOException {
    Matcher f = FILES.matcher(text);
    while (f.find()) {
      for (String name : f.group(1).strip().split("\\s+")) {
        Path file = scratch.resolve(name);
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
          Files.writeString(file, "");
        }
      }
    }
  }

  /** The option's text as the type of its default: list, integer, boolean or string. */
  private static Object optionValue(String check, String option, String text) {
    Object def = Checks.find(check).info().options().stream()
        .filter(o -> o.name().equals(option)).findFirst()
        .map(CheckOption::defaultValue).orElse("");
    if (def instanceof List<?>) {
      return text.isEmpty() ? List.of()
          : Arrays.stream(text.split(",")).map(String::strip).toList();
    }
    if (def instanceof Integer) {
      return Integer.parseInt(text);
    }
    if (def instanceof Boolean) {
      return Boolean.parseBoolean(text);
    }
    return text;
  }

  /** Reads and lints as {@code make ARGS} would in {@code workDir}. */
  static List<Finding> lint(Path workDir, List<String> args) {
    return lint(workDir, args, LintSettings.defaults());
  }

  /** Reads and lints with {@code settings}; a fatal reading error is the only finding. */
  static List<Finding> lint(Path workDir, List<String> args, LintSettings settings) {
    List<String> vars = new ArrayList<>();
    List<String> goals = new ArrayList<>();
    for (String a : args) {
      (a.indexOf('=') > 0 ? vars : goals).add(a);
    }
    Path wd = workDir.toAbsolutePath().normalize();
    EvalOptions opts = new EvalOptions(wd, List.of(), List.of(), vars, Map.of("PATH", "/usr/bin:/bin"),
        goals, false, false, false, Platform.parse("linux-x86_64"), Limits.DEFAULT);
    MakeDatabase db = Evaluator.evaluate(opts, new SafeShellRunner(opts.platform()),
        FileSystemView.READ_ONLY);
    if (db.fatal() != null && !db.readCompletely()) {
      return List.of(FatalErrors.of(db, wd));
    }
    return Linter.lint(db, wd, goals, settings);
  }

  /** Findings as {@code file:line: check}, sorted, comparable with the expectations. */
  static List<String> keys(List<Finding> findings) {
    return findings.stream().map(f -> f.file() + ":" + f.line() + ": " + f.check()).sorted()
        .toList();
  }

  static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
