package dev.makelint.differential;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the output of {@code make -p} (GNU make 4.3) into a {@link Db}.
 *
 * <p>Handles the traps of the database format: several database blocks in one stream (the last
 * one wins), the stateful {@code .RECIPEPREFIX} switch lines of the Files section, recipe
 * continuation lines printed raw, simple variables whose value spans lines, {@code define}
 * blocks that contain nested {@code define}/{@code endef} lines, {@code # Not a target:} entries,
 * {@code $} doubling in simple variables and the {@code $(subst ,, )} form of whitespace-only
 * values. Lines are split on {@code \n} only, so bare CRs stay part of the text.
 */
final class MakeDbParser {

  static final Pattern ORIGIN =
      Pattern.compile(
          "^# (default|environment|environment under -e|makefile|command line|'override' directive"
              + "|automatic)( private)?(?: \\(from '(.*)', line (\\d+)\\))?$");
  private static final Pattern RECIPE_HEADER =
      Pattern.compile("^#  recipe to execute \\((?:from '(.*)', line (\\d+)|built-in)\\):$");
  private static final Pattern WARNING = Pattern.compile("^(.+?):(\\d+): warning: (.*)$");
  private static final Pattern FATAL_AT = Pattern.compile("^(.+?):(\\d+): \\*\\*\\* (.*)  Stop\\.$");
  private static final Pattern FATAL =
      Pattern.compile("^[^:\\s]*make(?:\\[\\d+\\])?: \\*\\*\\* (.*)  Stop\\.$");
  private static final Pattern WHITESPACE_VALUE = Pattern.compile("^\\$\\(subst ,,(\\s+)\\)$");
  private static final String VAR_STATS = "# variable set hash-table stats:";
  /** The error make always ends with, since the harness asks for the goal {@code .DEFAULT}. */
  static final String NO_RULE_DEFAULT = "No rule to make target '.DEFAULT'";

  private final String[] lines;
  private int pos;
  private final Db db = new Db();
  private char globalPrefix = '\t';

  private MakeDbParser(String[] lines) {
    this.lines = lines;
  }

  /** Parses make's stdout and stderr of one {@code make -p} run. */
  static Db parse(String stdout, String stderr) {
    String[] all = stdout.split("\n", -1);
    int first = -1;
    int last = -1;
    for (int i = 0; i < all.length; i++) {
      if (all[i].startsWith("# GNU Make ")) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    Db db;
    if (last < 0) {
      db = new Db();
      db.preamble = stdout;
    } else {
      int end = all.length;
      for (int i = last; i < all.length; i++) {
        if (all[i].startsWith("# Finished Make data base")) {
          end = i;
          break;
        }
      }
      MakeDbParser p = new MakeDbParser(Arrays.copyOfRange(all, last, end));
      p.parseBlock();
      db = p.db;
      db.preamble = String.join("\n", Arrays.copyOfRange(all, 0, first));
      int count = 0;
      for (String l : all) {
        if (l.startsWith("# GNU Make ")) {
          count++;
        }
      }
      db.databaseCount = count;
    }
    parseStderr(stderr, db);
    return db;
  }

  static void parseStderr(String stderr, Db db) {
    for (String line : stderr.split("\n")) {
      Matcher m = WARNING.matcher(line);
      if (m.matches()) {
        db.warnings.add(new Db.Message(m.group(1), Integer.valueOf(m.group(2)), m.group(3)));
        continue;
      }
      m = FATAL_AT.matcher(line);
      if (m.matches()) {
        db.fatalErrors.add(
            new Db.Message(m.group(1), Integer.valueOf(m.group(2)), stripDot(m.group(3))));
        continue;
      }
      m = FATAL.matcher(line);
      if (m.matches() && !m.group(1).startsWith(NO_RULE_DEFAULT)) {
        db.fatalErrors.add(new Db.Message(null, null, stripDot(m.group(1))));
      }
    }
  }

  private static String stripDot(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  // ---------------------------------------------------------------- block

  private void parseBlock() {
    pos = 0;
    if (seek("# Variables")) {
      parseVariables();
    }
    Db.Variable rp = db.variables.get(".RECIPEPREFIX");
    globalPrefix = prefixOf(rp == null ? "" : rp.value());
    Db.Variable goal = db.variables.get(".DEFAULT_GOAL");
    db.defaultGoal = goal == null ? null : goal.value();
    if (seek("# Implicit Rules")) {
      parseImplicitRules();
    }
    if (seek("# Files")) {
      parseFiles();
    }
  }

  private boolean seek(String header) {
    for (int i = pos; i < lines.length; i++) {
      if (lines[i].equals(header)) {
        pos = i + 1;
        return true;
      }
    }
    return false;
  }

  private static char prefixOf(String value) {
    return value.isEmpty() ? '\t' : value.charAt(0);
  }

  // ---------------------------------------------------------------- variables

  private void parseVariables() {
    while (pos < lines.length) {
      String line = lines[pos];
      if (line.equals(VAR_STATS) || line.startsWith("# Pattern-specific Variable Values")) {
        return;
      }
      Matcher m = ORIGIN.matcher(line);
      if (!m.matches()) {
        pos++;
        continue;
      }
      int start = pos + 1;
      int end = start + 1;
      while (end < lines.length
          && !ORIGIN.matcher(lines[end]).matches()
          && !lines[end].equals(VAR_STATS)) {
        end++;
      }
      List<String> def = Arrays.asList(Arrays.copyOfRange(lines, start, Math.min(end, lines.length)));
      Db.Variable v = parseDefinition(def, m);
      if (v != null) {
        db.variables.put(v.name(), v);
      }
      pos = end;
    }
  }

  private static Db.Variable parseDefinition(List<String> def, Matcher origin) {
    if (def.isEmpty()) {
      return null;
    }
    String file = origin.group(3);
    Integer line = origin.group(4) == null ? null : Integer.valueOf(origin.group(4));
    String originName = originName(origin.group(1));
    String first = def.get(0);
    if (first.startsWith("define ") && def.size() >= 2 && def.get(def.size() - 1).equals("endef")) {
      String name = first.substring("define ".length());
      String value = String.join("\n", def.subList(1, def.size() - 1));
      return new Db.Variable(name, "recursive", originName, value, file, line);
    }
    int sp = first.indexOf(' ');
    if (sp < 0) {
      return null;
    }
    String name = first.substring(0, sp);
    String rest = first.substring(sp + 1);
    String flavor;
    String value;
    if (rest.startsWith(":= ") || rest.equals(":=")) {
      flavor = "simple";
      value = rest.length() > 3 ? rest.substring(3) : "";
    } else if (rest.startsWith("= ") || rest.equals("=")) {
      flavor = "recursive";
      value = rest.length() > 2 ? rest.substring(2) : "";
    } else {
      return null;
    }
    if (def.size() > 1) {
      value = value + "\n" + String.join("\n", def.subList(1, def.size()));
    }
    return new Db.Variable(name, flavor, originName, decodeValue(value, flavor), file, line);
  }

  /** Undoes make's printing of a value: whitespace-only values and {@code $} doubling. */
  static String decodeValue(String printed, String flavor) {
    Matcher ws = WHITESPACE_VALUE.matcher(printed);
    if (ws.matches()) {
      return ws.group(1);
    }
    if (flavor.equals("simple")) {
      return printed.replace("$$", "$");
    }
    return printed;
  }

  static String originName(String printed) {
    switch (printed) {
      case "environment under -e":
        return "environment override";
      case "'override' directive":
        return "override";
      default:
        return printed;
    }
  }

  // ---------------------------------------------------------------- implicit rules

  private void parseImplicitRules() {
    while (pos < lines.length) {
      String line = lines[pos];
      if (line.isEmpty()) {
        pos++;
        continue;
      }
      if (line.startsWith("# ") && (line.contains(" implicit rules") || line.startsWith("# No implicit"))) {
        pos++;
        return;
      }
      if (line.startsWith("#")) {
        pos++;
        continue;
      }
      RuleLine r = RuleLine.parse(line);
      pos++;
      List<String> recipe = null;
      String file = null;
      Integer at = null;
      while (pos < lines.length && lines[pos].startsWith("#  ")) {
        Matcher m = RECIPE_HEADER.matcher(lines[pos]);
        pos++;
        if (m.matches()) {
          file = m.group(1);
          at = m.group(2) == null ? null : Integer.valueOf(m.group(2));
          recipe = readRecipe(globalPrefix);
        }
      }
      db.patternRules.add(
          new Db.PatternRule(
              splitWords(r.name), r.prerequisites, r.orderOnly, recipe, file, at, r.doubleColon));
    }
  }

  /** Reads recipe lines printed with {@code prefix}; continuation lines are taken raw. */
  private List<String> readRecipe(char prefix) {
    List<String> recipe = new ArrayList<>();
    while (pos < lines.length && !lines[pos].isEmpty() && lines[pos].charAt(0) == prefix) {
      StringBuilder logical = new StringBuilder(lines[pos].substring(1));
      pos++;
      while (endsWithOddBackslashes(logical) && pos < lines.length) {
        logical.append('\n').append(lines[pos]);
        pos++;
      }
      recipe.add(logical.toString());
    }
    return recipe;
  }

  static boolean endsWithOddBackslashes(CharSequence s) {
    int n = 0;
    for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
      n++;
    }
    return n % 2 == 1;
  }

  static List<String> splitWords(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.trim().split("[ \t]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- files

  private void parseFiles() {
    char prefix = globalPrefix;
    boolean notTarget = false;
    List<Db.Variable> pendingVars = new ArrayList<>();
    while (pos < lines.length) {
      String line = lines[pos];
      if (line.startsWith("# files hash-table stats:")) {
        return;
      }
      if (line.isEmpty()) {
        pos++;
        continue;
      }
      if (line.startsWith(".RECIPEPREFIX = ")) {
        prefix = prefixOf(line.substring(".RECIPEPREFIX = ".length()));
        pos++;
        continue;
      }
      if (line.equals("# Not a target:")) {
        notTarget = true;
        pos++;
        continue;
      }
      Matcher origin = ORIGIN.matcher(line);
      if (origin.matches() && pos + 1 < lines.length) {
        Db.Variable v = parseTargetVariable(lines[pos + 1], origin);
        if (v != null) {
          pendingVars.add(v);
        }
        pos += 2;
        continue;
      }
      if (line.startsWith("#")) {
        pos++;
        continue;
      }
      RuleLine r = RuleLine.parse(line);
      pos++;
      boolean phony = false;
      List<String> recipe = null;
      String file = null;
      Integer at = null;
      while (pos < lines.length && lines[pos].startsWith("#")) {
        String flag = lines[pos];
        if (flag.equals("# automatic") && pos + 1 < lines.length) {
          // automatic variables make set to expand this file's prerequisites a second time
          pos += 2;
          continue;
        }
        if (ORIGIN.matcher(flag).matches() || flag.equals("# Not a target:")) {
          break;
        }
        pos++;
        if (flag.startsWith("#  Phony target")) {
          phony = true;
        }
        Matcher m = RECIPE_HEADER.matcher(flag);
        if (m.matches()) {
          file = m.group(1);
          at = m.group(2) == null ? null : Integer.valueOf(m.group(2));
          recipe = readRecipe(prefix);
        }
      }
      if (notTarget) {
        db.nonTargets.add(r.name);
      } else {
        Db.Target t = db.target(r.name);
        t.phony |= phony;
        t.doubleColon |= r.doubleColon;
        t.entries.add(new Db.Entry(r.prerequisites, r.orderOnly, recipe, file, at));
        t.targetVariables.addAll(pendingVars);
      }
      notTarget = false;
      pendingVars = new ArrayList<>();
    }
  }

  private static Db.Variable parseTargetVariable(String line, Matcher origin) {
    int colon = line.indexOf(": ");
    if (colon < 0) {
      return null;
    }
    String rest = line.substring(colon + 2);
    int sp = rest.indexOf(' ');
    if (sp < 0) {
      return null;
    }
    String name = rest.substring(0, sp);
    String op = rest.substring(sp + 1);
    String flavor;
    String value;
    if (op.startsWith(":= ") || op.equals(":=")) {
      flavor = "simple";
      value = op.length() > 3 ? op.substring(3) : "";
    } else if (op.startsWith("+= ") || op.equals("+=")) {
      flavor = "append";
      value = op.length() > 3 ? op.substring(3) : "";
    } else if (op.startsWith("= ") || op.equals("=")) {
      flavor = "recursive";
      value = op.length() > 2 ? op.substring(2) : "";
    } else {
      return null;
    }
    return new Db.Variable(
        name,
        flavor,
        originName(origin.group(1)),
        decodeValue(value, flavor),
        origin.group(3),
        origin.group(4) == null ? null : Integer.valueOf(origin.group(4)));
  }

  /** The head line of a file entry or pattern rule: {@code name:[:] prereqs [| order-only]}. */
  record RuleLine(
      String name, boolean doubleColon, List<String> prerequisites, List<String> orderOnly) {
    static RuleLine parse(String line) {
      int k = -1;
      for (int i = 0; i < line.length(); i++) {
        if (line.charAt(i) != ':') {
          continue;
        }
        int next = i + 1;
        if (next < line.length() && line.charAt(next) == ':') {
          next++;
        }
        if (next == line.length() || line.charAt(next) == ' ') {
          k = i;
          break;
        }
      }
      if (k < 0) {
        return new RuleLine(line, false, List.of(), List.of());
      }
      boolean dc = k + 1 < line.length() && line.charAt(k + 1) == ':';
      String rest = line.substring(k + (dc ? 2 : 1));
      String normal = rest;
      String oo = "";
      int bar = rest.indexOf(" | ");
      if (bar >= 0) {
        normal = rest.substring(0, bar);
        oo = rest.substring(bar + 3);
      } else if (rest.endsWith(" |")) {
        normal = rest.substring(0, rest.length() - 2);
      }
      return new RuleLine(line.substring(0, k), dc, splitWords(normal), splitWords(oo));
    }
  }
}
