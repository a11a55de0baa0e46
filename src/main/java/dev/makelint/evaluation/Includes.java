package dev.makelint.evaluation;

import dev.makelint.syntax.Directive;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code include}, {@code -include}/{@code sinclude}, the MAKEFILES variable and {@code vpath}:
 * expanding and globbing names, searching the include directories, and remembering which include
 * line brought each file in.
 */
final class Includes {
  /** make's built-in include directories, searched after the -I ones. */
  private static final List<String> DEFAULT_DIRS =
      List.of("/usr/include", "/usr/gnu/include", "/usr/local/include");

  private final EvaluationState st;
  private final List<Missing> missing = new ArrayList<>();

  private record Missing(String name, Location at, boolean optional) {}

  Includes(EvaluationState st) {
    this.st = st;
  }

  void include(Directive.Include inc, Location at, boolean setDefault, Evaluator ev,
      Expander expander) {
    String expanded = expander.expand(inc.files(), new Scope(st.db.globals, at));
    if (expanded.isBlank()) {
      return;
    }
    List<String> names = Globbing.expandNames(FileNames.split(expanded), st);
    for (String name : names) {
      String found = resolve(name);
      // noted before reading, so that the files it includes come after it
      int attempt = st.db.includeAttempts.size();
      st.db.includeAttempts.add(new IncludeAttempt(name, at, inc.optional(),
          IncludeAttempt.Outcome.READ));
      if (found != null) {
        ev.readFound(st.path(found), found, name, at, inc.optional(), setDefault);
      } else {
        missing.add(new Missing(name, at, inc.optional()));
        st.db.includeAttempts.set(attempt, st.db.includeAttempts.get(attempt)
            .withOutcome(IncludeAttempt.Outcome.MISSING));
      }
    }
  }

  /** The name under which {@code name} is found: as given, or in an include directory. */
  String resolve(String name) {
    Path p = st.path(name);
    if (p == null) {
      return null;
    }
    if (st.files.exists(p)) {
      return name;
    }
    if (name.startsWith("/")) {
      return null;
    }
    List<String> dirs = new ArrayList<>(st.options.includeDirs());
    dirs.addAll(DEFAULT_DIRS);
    for (String dir : dirs) {
      String candidate = dir.endsWith("/") ? dir + name : dir + "/" + name;
      Path c = st.path(candidate);
      if (c != null && st.files.exists(c)) {
        return candidate;
      }
    }
    return null;
  }

  /** Files named by the MAKEFILES environment variable: read first, never the default goal. */
  void readMakefilesVariable(Evaluator ev) {
    Variable v = st.db.globals.lookup("MAKEFILES");
    if (v == null || v.value().isBlank()) {
      return;
    }
    String expanded = st.expander.expand(v.value(), new Scope(st.db.globals, Location.NONE));
    for (String name : FileNames.split(expanded)) {
      String found = resolve(name);
      if (found != null) {
        ev.readMakefile(found, name, null, true, false);
      }
    }
  }

  /**
   * After reading, make tries to remake missing includes. makelint runs nothing, so a missing
   * {@code include} with no rule to make it is fatal as in make; one with a rule is noted. The
   * fatal error is returned rather than thrown: make stops only after reading everything, so the
   * caller finishes the database first.
   */
  MakeError checkMissing(MakeDatabase db) {
    MakeError fatal = null;
    for (Missing m : missing) {
      boolean makeable = makeable(db, m.name());
      if (makeable) {
        markMissingWithRule(db, m);
      }
      if (m.optional()) {
        continue;
      }
      if (!makeable) {
        st.diagnostic(Diagnostic.Kind.ERROR, m.at(), m.name() + ": No such file or directory");
        // make prints this without a location; the include line is more useful to a reader.
        if (fatal == null) {
          fatal = new MakeError(m.at(), "No rule to make target '" + m.name() + "'");
        }
        continue;
      }
      st.diagnostic(Diagnostic.Kind.WARNING, m.at(), m.name()
          + ": not found; make would build it with its rule and restart (not run by makelint)");
    }
    return fatal;
  }

  private static void markMissingWithRule(MakeDatabase db, Missing m) {
    List<IncludeAttempt> attempts = db.includeAttempts;
    for (int i = 0; i < attempts.size(); i++) {
      IncludeAttempt a = attempts.get(i);
      if (a.name().equals(m.name()) && a.location().equals(m.at())) {
        attempts.set(i, a.withOutcome(IncludeAttempt.Outcome.MISSING_WITH_RULE));
      }
    }
  }

  /**
   * Whether make would find a rule for a missing include: an explicit target, or a pattern rule
   * with a recipe whose prerequisites exist or are targets themselves (the dependency-file idiom
   * {@code include $(SRCS:.c=.d)} with {@code %.d: %.c}). One level of implicit rules is enough
   * for the idioms in use; match-anything rules are left out as make leaves them out for files
   * it would have to chain to.
   */
  private boolean makeable(MakeDatabase db, String name) {
    Target t = db.targets.get(name);
    if (t != null && t.isTarget) {
      return true;
    }
    for (PatternRule r : db.patternRules) {
      if (r.recipe() == null || r.recipe().lines().isEmpty()) {
        continue;
      }
      for (String target : r.targets()) {
        if (target.equals("%")) {
          continue;
        }
        String stemDir = "";
        String file = name;
        int slash = name.lastIndexOf('/');
        if (target.indexOf('/') < 0 && slash >= 0) {
          stemDir = name.substring(0, slash + 1);
          file = name.substring(slash + 1);
        }
        dev.makelint.evaluation.functions.Patterns.Pattern p =
            dev.makelint.evaluation.functions.Patterns.parse(target);
        if (!p.hasPercent() || !p.matches(file)) {
          continue;
        }
        String stem = p.stem(file, 0, file.length());
        boolean ok = true;
        for (String prereq : r.prerequisites()) {
          int pct = prereq.indexOf('%');
          String dep = pct < 0 ? prereq : prereq.substring(0, pct) + stem + prereq.substring(pct + 1);
          if (pct >= 0 && prereq.indexOf('/') < 0) {
            dep = stemDir + dep;
          }
          Target dt = db.targets.get(dep);
          if (!existsAsFile(dep) && (dt == null || !dt.isTarget)) {
            ok = false;
            break;
          }
        }
        if (ok) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code name} is a file; a name the file system rejects (a NUL in it) is not. */
  private boolean existsAsFile(String name) {
    try {
      return st.files.exists(st.workDir().resolve(name));
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  void vpath(Directive.Vpath v, Location at, Expander expander) {
    String expanded = expander.expand(v.args(), new Scope(st.db.globals, at));
    List<String> words = FileNames.split(expanded);
    if (words.isEmpty()) {
      st.db.vpaths.clear();
      return;
    }
    String pattern = words.get(0);
    if (words.size() == 1) {
      st.db.vpaths.removeIf(e -> e.pattern().equals(pattern));
      return;
    }
    List<String> dirs = new ArrayList<>();
    for (String w : words.subList(1, words.size())) {
      for (String d : w.split(":")) {
        if (!d.isEmpty()) {
          dirs.add(d);
        }
      }
    }
    st.db.vpaths.add(new MakeDatabase.VpathEntry(pattern, dirs, at));
  }
}
