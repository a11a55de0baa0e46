package dev.makelint.differential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares GNU make's database with makelint's and describes every difference in one line.
 *
 * <p>Compared: variables whose origin is {@code makefile}, {@code override} or
 * {@code command line} (minus make's runtime bookkeeping, see {@link #IGNORED_VARIABLES});
 * targets that have at least one rule; pattern rules defined in a makefile (built-in rules, whose
 * recipe has no file, are left out on both sides); the default goal; the "overriding recipe" /
 * "ignoring old recipe" warnings.
 */
final class DbComparator {

  static final Set<String> COMPARED_ORIGINS = Set.of("makefile", "override", "command line");

  /**
   * Variables make sets itself at run time (flags, working directory, restart count, shell status,
   * the command-line variable bookkeeping). {@code MAKEFILE_LIST} is compared: it is meaningful.
   * {@code .DEFAULT_GOAL} is compared through {@link Db#defaultGoal}, and as a variable only when a
   * makefile assigned it (it then has a location).
   */
  static final Set<String> IGNORED_VARIABLES =
      Set.of(
          "MAKEFLAGS",
          "MFLAGS",
          "GNUMAKEFLAGS",
          "MAKEOVERRIDES",
          "-*-command-variables-*-",
          "CURDIR",
          "MAKECMDGOALS",
          "MAKELEVEL",
          "MAKE_RESTARTS",
          ".SHELLSTATUS",
          ".VARIABLES");

  /** The warnings compared; others (e.g. {@code $(warning)} output) are not. */
  static boolean isComparedWarning(Db.Message m) {
    return m.message() != null
        && (m.message().startsWith("overriding recipe for target")
            || m.message().startsWith("ignoring old recipe for target"));
  }

  private final List<String> diffs = new ArrayList<>();
  private final boolean compareTargetVariables;

  private DbComparator(boolean compareTargetVariables) {
    this.compareTargetVariables = compareTargetVariables;
  }

  /** Differences between {@code make} (the oracle) and {@code lint}; empty when they agree. */
  static List<String> compare(Db make, Db lint, boolean compareTargetVariables) {
    DbComparator c = new DbComparator(compareTargetVariables);
    c.defaultGoal(make, lint);
    c.variables(make, lint);
    c.targets(make, lint);
    c.patternRules(make, lint);
    c.warnings(make, lint);
    return c.diffs;
  }

  private void diff(String what, Object makeValue, Object lintValue) {
    if (!Objects.equals(makeValue, lintValue)) {
      diffs.add(what + ": make " + show(makeValue) + ", makelint " + show(lintValue));
    }
  }

  /** Like {@link #diff} but shows the values unquoted (for file:line locations). */
  private void diffLocation(String what, String makeValue, String lintValue) {
    if (!Objects.equals(makeValue, lintValue)) {
      diffs.add(what + ": make " + makeValue + ", makelint " + lintValue);
    }
  }

  static String show(Object o) {
    if (o == null) {
      return "(none)";
    }
    if (o instanceof String s) {
      return quote(s);
    }
    if (o instanceof List<?> l) {
      return l.stream().map(DbComparator::show).collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(o);
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }

  // ---------------------------------------------------------------- default goal

  private void defaultGoal(Db make, Db lint) {
    diff("default goal", nullToEmpty(make.defaultGoal), nullToEmpty(lint.defaultGoal));
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  // ---------------------------------------------------------------- variables

  static boolean isComparedVariable(Db.Variable v) {
    if (v == null || !COMPARED_ORIGINS.contains(v.origin()) || IGNORED_VARIABLES.contains(v.name())) {
      return false;
    }
    return !v.name().equals(".DEFAULT_GOAL") || v.file() != null;
  }

  private void variables(Db make, Db lint) {
    Set<String> names = new TreeSet<>();
    make.variables.values().stream().filter(DbComparator::isComparedVariable).forEach(v -> names.add(v.name()));
    lint.variables.values().stream().filter(DbComparator::isComparedVariable).forEach(v -> names.add(v.name()));
    for (String name : names) {
      Db.Variable m = make.variables.get(name);
      Db.Variable l = lint.variables.get(name);
      if (l == null) {
        diffs.add("variable " + name + ": missing in makelint; make has " + describe(m));
      } else if (m == null) {
        diffs.add("variable " + name + ": not in make; makelint has " + describe(l));
      } else {
        compareVariable("variable " + name, m, l);
      }
    }
  }

  private void compareVariable(String what, Db.Variable m, Db.Variable l) {
    diff(what + " flavor", m.flavor(), l.flavor());
    diff(what + " origin", m.origin(), l.origin());
    diff(what + " value", m.value(), l.value());
    if (!m.name().equals("MAKEFILE_LIST")) {
      // make records for MAKEFILE_LIST the file being read when it was last appended to, under
      // the name the include directive gave (e.g. 'frag.mk' for inc/frag.mk found through -I),
      // at line 1: an artifact of make's bookkeeping, not an assignment. Its value is compared.
      diffLocation(what + " location", m.location(), l.location());
    }
  }

  static String describe(Db.Variable v) {
    return v.flavor() + " " + v.origin() + " at " + v.location() + " = " + quote(v.value());
  }

  // ---------------------------------------------------------------- targets

  private void targets(Db make, Db lint) {
    Set<String> names = new TreeSet<>(make.targets.keySet());
    names.addAll(lint.targets.keySet());
    for (String name : names) {
      Db.Target m = make.targets.get(name);
      Db.Target l = lint.targets.get(name);
      String what = "target " + quote(name);
      if (l == null) {
        diffs.add(
            what
                + ": missing in makelint"
                + (lint.nonTargets.contains(name) ? " (listed without any rule)" : "")
                + "; make has "
                + describe(m));
        continue;
      }
      if (m == null) {
        diffs.add(what + ": make has no rule for it; makelint has " + describe(l));
        continue;
      }
      diff(what + " phony", m.phony, l.phony);
      diff(what + " double-colon", m.doubleColon, l.doubleColon);
      if (m.entries.size() != l.entries.size()) {
        diffs.add(what + ": make has " + m.entries.size() + " entries, makelint " + l.entries.size());
      }
      int n = Math.min(m.entries.size(), l.entries.size());
      for (int i = 0; i < n; i++) {
        String ew = m.entries.size() > 1 || l.entries.size() > 1 ? what + " entry " + (i + 1) : what;
        compareEntry(ew, m.entries.get(i), l.entries.get(i));
      }
      if (compareTargetVariables) {
        compareTargetVariables(what, m, l);
      }
    }
  }

  private void compareEntry(String what, Db.Entry m, Db.Entry l) {
    // make -p prints names unescaped ('e\\ f' as 'e f'), so a list is only as exact as its
    // blank-joined text: compare that.
    if (!String.join(" ", m.prerequisites()).equals(String.join(" ", l.prerequisites()))) {
      diff(what + " prerequisites", m.prerequisites(), l.prerequisites());
    }
    if (!String.join(" ", m.orderOnly()).equals(String.join(" ", l.orderOnly()))) {
      diff(what + " order-only", m.orderOnly(), l.orderOnly());
    }
    compareRecipe(what, m.recipe(), m.recipeFile(), m.recipeLine(), l.recipe(), l.recipeFile(), l.recipeLine());
  }

  private void compareRecipe(
      String what,
      List<String> mRecipe,
      String mFile,
      Integer mLine,
      List<String> lRecipe,
      String lFile,
      Integer lLine) {
    if (mRecipe == null || lRecipe == null) {
      if (mRecipe != lRecipe) {
        diffs.add(
            what
                + " recipe: make "
                + (mRecipe == null ? "has none" : show(mRecipe) + " at " + Db.location(mFile, mLine))
                + ", makelint "
                + (lRecipe == null ? "has none" : show(lRecipe) + " at " + Db.location(lFile, lLine)));
      }
      return;
    }
    // A continuation line may be one element with "\n" or several elements: compare the text.
    if (!String.join("\n", mRecipe).equals(String.join("\n", lRecipe))) {
      diffs.add(what + " recipe: make " + show(mRecipe) + ", makelint " + show(lRecipe));
    }
    diffLocation(what + " recipe location", Db.location(mFile, mLine), Db.location(lFile, lLine));
  }

  private void compareTargetVariables(String what, Db.Target m, Db.Target l) {
    Map<String, Db.Variable> mv = byName(m.targetVariables);
    Map<String, Db.Variable> lv = byName(l.targetVariables);
    Set<String> names = new TreeSet<>(mv.keySet());
    names.addAll(lv.keySet());
    for (String name : names) {
      Db.Variable a = mv.get(name);
      Db.Variable b = lv.get(name);
      if (a == null || b == null) {
        diffs.add(
            what + " variable " + name + ": make " + (a == null ? "(none)" : describe(a))
                + ", makelint " + (b == null ? "(none)" : describe(b)));
      } else {
        compareVariable(what + " variable " + name, a, b);
      }
    }
  }

  private static Map<String, Db.Variable> byName(List<Db.Variable> vars) {
    Map<String, Db.Variable> out = new LinkedHashMap<>();
    vars.forEach(v -> out.put(v.name(), v));
    return out;
  }

  static String describe(Db.Target t) {
    StringBuilder b = new StringBuilder();
    b.append(t.doubleColon ? "double-colon" : "single-colon");
    if (t.phony) {
      b.append(", phony");
    }
    for (Db.Entry e : t.entries) {
      b.append("; ").append(t.doubleColon ? "::" : ":");
      if (!e.prerequisites().isEmpty()) {
        b.append(' ').append(String.join(" ", e.prerequisites()));
      }
      if (!e.orderOnly().isEmpty()) {
        b.append(" | ").append(String.join(" ", e.orderOnly()));
      }
      if (e.hasRecipe()) {
        b.append(", recipe at ").append(Db.location(e.recipeFile(), e.recipeLine()));
      }
    }
    return b.toString();
  }

  // ---------------------------------------------------------------- pattern rules

  private void patternRules(Db make, Db lint) {
    Map<String, Db.PatternRule> m = userRules(make);
    Map<String, Db.PatternRule> l = userRules(lint);
    Set<String> keys = new TreeSet<>(m.keySet());
    keys.addAll(l.keySet());
    for (String key : keys) {
      Db.PatternRule a = m.get(key);
      Db.PatternRule b = l.get(key);
      String what = "pattern rule " + quote(key);
      if (b == null) {
        diffs.add(what + ": missing in makelint (make: recipe at " + Db.location(a.recipeFile(), a.recipeLine()) + ")");
      } else if (a == null) {
        diffs.add(what + ": not in make (makelint: recipe at " + Db.location(b.recipeFile(), b.recipeLine()) + ")");
      } else {
        compareRecipe(what, a.recipe(), a.recipeFile(), a.recipeLine(), b.recipe(), b.recipeFile(), b.recipeLine());
      }
    }
    List<String> mOrder = new ArrayList<>(m.keySet());
    List<String> lOrder = new ArrayList<>(l.keySet());
    if (m.keySet().equals(l.keySet()) && !mOrder.equals(lOrder)) {
      diff("pattern rule order", mOrder, lOrder);
    }
  }

  private static Map<String, Db.PatternRule> userRules(Db db) {
    Map<String, Db.PatternRule> out = new LinkedHashMap<>();
    for (Db.PatternRule r : db.patternRules) {
      if (!r.builtin()) {
        out.put(r.key(), r);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- warnings

  private void warnings(Db make, Db lint) {
    List<String> m = compared(make.warnings);
    List<String> l = compared(lint.warnings);
    List<String> onlyMake = new ArrayList<>(m);
    l.forEach(onlyMake::remove);
    List<String> onlyLint = new ArrayList<>(l);
    m.forEach(onlyLint::remove);
    onlyMake.forEach(w -> diffs.add("warning missing in makelint: " + w));
    onlyLint.forEach(w -> diffs.add("warning not given by make: " + w));
  }

  private static List<String> compared(List<Db.Message> warnings) {
    return warnings.stream()
        .filter(DbComparator::isComparedWarning)
        .map(Db.Message::toString)
        .sorted()
        .collect(Collectors.toList());
  }
}
