package dev.makelint.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the built-in database resources ({@code builtin-variables.mk}, {@code builtin-rules.mk})
 * against the GNU make installed on this machine: every {@code # default} variable and every
 * implicit rule that {@code make -p -f /dev/null} prints must be in the resources with the same
 * value or recipe, in the same order for rules. Skipped when make is not on PATH or is not the
 * version the resources were generated from. Fix failures by running
 * {@code src/test/resources/builtin/regenerate.sh}.
 */
class BuiltinResourcesTest {
  private static final String RESOURCE_DIR = "/dev/makelint/evaluation/";

  private static Path make;
  private static List<String> db;
  private static List<String> variablesText;
  private static List<String> rulesText;

  @TempDir static Path tmp;

  @BeforeAll
  static void runMake() throws Exception {
    variablesText = resourceLines("builtin-variables.mk");
    rulesText = resourceLines("builtin-rules.mk");
    Optional<Path> found = findOnPath("make");
    assumeTrue(found.isPresent(), "make is not on PATH");
    make = found.get();
    db = makeDatabase(tmp, "-p", "-f", "/dev/null", "-q", ".DEFAULT");
    String version = headerVersion(db);
    assumeTrue(version != null, "make on PATH is not GNU make (no database header)");
    String resourceVersion = resourceVersion(variablesText);
    assumeTrue(
        version.equals(resourceVersion),
        "make on PATH is GNU make " + version + "; the resources describe " + resourceVersion);
  }

  // ---------------------------------------------------------------------------------- tests

  @Test
  void everyDefaultVariableIsInTheResourceWithTheSameFlavorAndValue() {
    Map<String, Var> expected = defaultVariablesOf(db);
    Map<String, Var> actual = variablesOfResource(variablesText);
    Set<String> skipped = skippedNames(variablesText);
    assertTrue(expected.size() > 50, "too few default variables parsed: " + expected.size());

    List<String> problems = new ArrayList<>();
    for (Var v : expected.values()) {
      Var r = actual.get(v.name);
      if (skipped.contains(v.name)) {
        if (r != null) problems.add(v.name + " is listed as skipped but is defined in the resource");
      } else if (r == null) {
        problems.add("missing: " + v);
      } else if (!r.equals(v)) {
        problems.add("differs: make has [" + v + "], resource has [" + r + "]");
      }
    }
    for (Var r : actual.values()) {
      if (!expected.containsKey(r.name)) problems.add("not a default variable of make: " + r);
    }
    for (String s : skipped) {
      if (!expected.containsKey(s)) problems.add("skipped name is not a default variable: " + s);
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void everyImplicitRuleIsInTheResourceWithTheSameRecipeInMakesOrder() {
    List<Rule> expected = implicitRulesOf(db);
    List<Rule> actual = rulesOfResource(rulesText);
    assertEquals(implicitRuleCount(db), expected.size(), "parser missed implicit rules");
    assertSameRules(expected, actual);
  }

  /** Compares rule lists, naming the first rule that differs. */
  private static void assertSameRules(List<Rule> expected, List<Rule> actual) {
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(
          expected.get(i),
          actual.get(i),
          "implicit rule #" + (i + 1) + " differs (make's version first)");
    }
    assertEquals(expected, actual, "different number of implicit rules");
  }

  @Test
  void suffixListMatches() {
    String expected =
        filesSection(db).stream().filter(l -> l.startsWith(".SUFFIXES: ")).findFirst().orElse(null);
    assertNotNull(expected, "no .SUFFIXES entry in make's database");
    List<String> inResource =
        rulesText.stream().filter(l -> l.startsWith(".SUFFIXES:")).toList();
    assertEquals(List.of(expected), inResource);
  }

  @Test
  void builtinSuffixRuleNamesMatch() {
    Set<String> expected = builtinSuffixRulesWithRecipe(db);
    String line =
        rulesText.stream()
            .filter(l -> l.startsWith("# builtin-suffix-rules:"))
            .findFirst()
            .orElse("# builtin-suffix-rules:");
    Set<String> actual =
        new TreeSet<>(Arrays.asList(line.substring(line.indexOf(':') + 1).trim().split("\\s+")));
    actual.remove("");
    assertEquals(expected, actual);
  }

  /** Reading the resources with GNU make itself (-r -R) must rebuild make's built-in rules. */
  @Test
  void resourcesReadBackByMakeGiveTheSameDatabase() throws Exception {
    Path vars = tmp.resolve("builtin-variables.mk");
    Path rules = tmp.resolve("builtin-rules.mk");
    Files.write(vars, variablesText, StandardCharsets.UTF_8);
    Files.write(rules, rulesText, StandardCharsets.UTF_8);
    List<String> back =
        makeDatabase(tmp, "-r", "-R", "-p", "-f", vars.toString(), "-f", rules.toString(), "-q",
            ".DEFAULT");
    assertSameRules(implicitRulesOf(db), implicitRulesOf(back));

    Map<String, Var> fromFile = new LinkedHashMap<>();
    forEachVariable(
        back,
        (origin, v) -> {
          if (origin.startsWith("makefile (from '" + vars)) fromFile.put(v.name, v);
        });
    Map<String, Var> expected = defaultVariablesOf(db);
    expected.keySet().removeAll(skippedNames(variablesText));
    assertEquals(new TreeSet<>(expected.values()), new TreeSet<>(fromFile.values()));
  }

  // ------------------------------------------------------------------------- running make

  private static Optional<Path> findOnPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) return Optional.empty();
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) continue;
      Path p = Path.of(dir, name);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) return Optional.of(p);
    }
    return Optional.empty();
  }

  /** Runs make with an empty environment (PATH only) in {@code dir}; returns its stdout lines. */
  private static List<String> makeDatabase(Path dir, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(make.toString());
    cmd.addAll(Arrays.asList(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().clear();
    pb.environment().put("PATH", "/usr/bin:/bin");
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    byte[] out;
    try (InputStream in = p.getInputStream()) {
      out = in.readAllBytes();
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "make did not finish");
    // Exit status 2 ("No rule to make target '.DEFAULT'") is expected; the database is printed.
    List<String> lines = new String(out, StandardCharsets.UTF_8).lines().toList();
    assertFalse(lines.isEmpty(), "make printed nothing");
    return lines;
  }

  private static String headerVersion(List<String> lines) {
    for (String l : lines) {
      if (l.startsWith("# GNU Make ")) return l.substring("# GNU Make ".length()).trim();
    }
    return null;
  }

  private static String resourceVersion(List<String> lines) {
    String first = lines.isEmpty() ? "" : lines.get(0);
    // "# GNU make 4.3: built-in variables ..."
    String prefix = "# GNU make ";
    if (!first.startsWith(prefix) || first.indexOf(':') < 0) return "?";
    return first.substring(prefix.length(), first.indexOf(':'));
  }

  private static List<String> resourceLines(String name) throws IOException {
    try (InputStream in = BuiltinResourcesTest.class.getResourceAsStream(RESOURCE_DIR + name)) {
      assertNotNull(in, "resource " + RESOURCE_DIR + name + " is missing");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  // ------------------------------------------------------------------ parsing make -p output

  record Var(String name, String op, String value) implements Comparable<Var> {
    @Override
    public String toString() {
      return name + " " + op + " " + value;
    }

    @Override
    public int compareTo(Var o) {
      return toString().compareTo(o.toString());
    }
  }

  /** One implicit rule: its header line as make prints it, and its recipe lines (tab removed). */
  record Rule(String header, List<String> recipe) {
    @Override
    public String toString() {
      return header + (recipe.isEmpty() ? "" : "\n\t" + String.join("\n\t", recipe));
    }
  }

  private static List<String> section(List<String> lines, String start, String endPrefix) {
    return section(lines, start, (String l) -> l.startsWith(endPrefix));
  }

  private static List<String> section(
      List<String> lines, String start, java.util.function.Predicate<String> end) {
    int from = lines.indexOf(start);
    assertTrue(from >= 0, "no '" + start + "' in make's output");
    List<String> out = new ArrayList<>();
    for (int i = from + 1; i < lines.size() && !end.test(lines.get(i)); i++) {
      out.add(lines.get(i));
    }
    return out;
  }

  private static List<String> filesSection(List<String> lines) {
    return section(lines, "# Files", "# files hash-table stats");
  }

  /** Parses "NAME = value" / "NAME := value" the way make -p prints it. */
  private static Var parseAssignment(String line) {
    int rec = line.indexOf(" = ");
    int simple = line.indexOf(" := ");
    if (simple >= 0 && (rec < 0 || simple < rec)) {
      return new Var(line.substring(0, simple), ":=", line.substring(simple + 4));
    }
    if (rec >= 0) return new Var(line.substring(0, rec), "=", line.substring(rec + 3));
    if (line.endsWith(" :=")) return new Var(line.substring(0, line.length() - 3), ":=", "");
    if (line.endsWith(" =")) return new Var(line.substring(0, line.length() - 2), "=", "");
    return null;
  }

  private interface VarSink {
    void accept(String origin, Var v);
  }

  private static void forEachVariable(List<String> lines, VarSink sink) {
    List<String> vars = section(lines, "# Variables", "# variable set hash-table stats");
    String origin = null;
    for (int i = 0; i < vars.size(); i++) {
      String l = vars.get(i);
      if (l.startsWith("# ")) {
        origin = l.substring(2);
      } else if (l.startsWith("define ") && origin != null) {
        StringBuilder body = new StringBuilder();
        for (i++; i < vars.size() && !vars.get(i).equals("endef"); i++) {
          body.append(vars.get(i)).append('\n');
        }
        sink.accept(origin, new Var(l.substring(7), "define", body.toString()));
        origin = null;
      } else if (!l.isEmpty() && origin != null) {
        Var v = parseAssignment(l);
        assertNotNull(v, "cannot parse variable line: " + l);
        sink.accept(origin, v);
        origin = null;
      }
    }
  }

  private static Map<String, Var> defaultVariablesOf(List<String> lines) {
    Map<String, Var> out = new LinkedHashMap<>();
    forEachVariable(
        lines,
        (origin, v) -> {
          if (origin.equals("default")) out.put(v.name, v);
        });
    return out;
  }

  private static List<Rule> implicitRulesOf(List<String> lines) {
    List<String> sec =
        section(lines, "# Implicit Rules", (String l) -> l.matches("# \\d+ implicit rules.*"));
    List<Rule> rules = new ArrayList<>();
    String header = null;
    List<String> recipe = new ArrayList<>();
    for (String l : sec) {
      if (l.startsWith("\t")) {
        recipe.add(l.substring(1));
      } else if (l.isEmpty() || l.startsWith("#")) {
        continue;
      } else {
        if (header != null) rules.add(new Rule(header, List.copyOf(recipe)));
        header = l;
        recipe.clear();
      }
    }
    if (header != null) rules.add(new Rule(header, List.copyOf(recipe)));
    return rules;
  }

  private static int implicitRuleCount(List<String> lines) {
    for (String l : lines) {
      if (l.matches("# \\d+ implicit rules.*")) {
        return Integer.parseInt(l.substring(2, l.indexOf(' ', 2)));
      }
    }
    throw new AssertionError("no implicit rule count in make's output");
  }

  private static Set<String> builtinSuffixRulesWithRecipe(List<String> lines) {
    List<String> files = filesSection(lines);
    Set<String> out = new TreeSet<>();
    for (int i = 0; i + 1 < files.size(); i++) {
      String name = files.get(i);
      if (name.isEmpty() || name.startsWith("#") || name.startsWith("\t")) continue;
      if (!files.get(i + 1).equals("#  Builtin rule")) continue;
      for (int j = i + 2; j < files.size() && !files.get(j).isEmpty(); j++) {
        if (files.get(j).startsWith("\t")) {
          out.add(name.substring(0, name.indexOf(':')));
          break;
        }
      }
    }
    return out;
  }

  // ------------------------------------------------------------------- parsing the resources

  private static Set<String> skippedNames(List<String> text) {
    for (String l : text) {
      if (l.startsWith("# skipped:")) {
        return new LinkedHashSet<>(
            Arrays.asList(l.substring("# skipped:".length()).trim().split("\\s+")));
      }
    }
    return Set.of();
  }

  private static Map<String, Var> variablesOfResource(List<String> text) {
    Map<String, Var> out = new LinkedHashMap<>();
    for (int i = 0; i < text.size(); i++) {
      String l = text.get(i);
      if (l.isEmpty() || l.startsWith("#")) continue;
      if (l.startsWith("define ")) {
        StringBuilder body = new StringBuilder();
        for (i++; i < text.size() && !text.get(i).equals("endef"); i++) {
          body.append(text.get(i)).append('\n');
        }
        out.put(l.substring(7), new Var(l.substring(7), "define", body.toString()));
        continue;
      }
      Var v = parseAssignment(l);
      assertNotNull(v, "not an assignment in builtin-variables.mk: " + l);
      assertFalse(out.containsKey(v.name), "assigned twice in builtin-variables.mk: " + v.name);
      out.put(v.name, v);
    }
    return out;
  }

  private static List<Rule> rulesOfResource(List<String> text) {
    List<Rule> rules = new ArrayList<>();
    String header = null;
    List<String> recipe = new ArrayList<>();
    for (String l : text) {
      if (header != null && l.startsWith("\t")) {
        recipe.add(l.substring(1));
        continue;
      }
      if (header != null) {
        rules.add(new Rule(header, List.copyOf(recipe)));
        header = null;
        recipe.clear();
      }
      if (l.isEmpty() || l.startsWith("#") || l.startsWith(".SUFFIXES:")) continue;
      assertTrue(l.contains(":"), "not a rule line in builtin-rules.mk: " + l);
      header = l;
    }
    if (header != null) rules.add(new Rule(header, List.copyOf(recipe)));
    return rules;
  }
}
