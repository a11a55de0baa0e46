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
      if (found == null || !ev.readMakefile(found, name, at, inc.optional(), setDefault)) {
        missing.add(new Missing(name, at, inc.optional()));
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
   * {@code include} with no rule to make it is fatal as in make; one with a rule is noted.
   */
  void checkMissing(MakeDatabase db) {
    for (Missing m : missing) {
      if (m.optional()) {
        continue;
      }
      Target t = db.targets.get(m.name());
      boolean makeable = t != null && t.isTarget;
      if (!makeable) {
        st.diagnostic(Diagnostic.Kind.ERROR, m.at(), m.name() + ": No such file or directory");
        // make prints this without a location; the include line is more useful to a reader.
        throw new MakeError(m.at(), "No rule to make target '" + m.name() + "'");
      }
      st.diagnostic(Diagnostic.Kind.WARNING, m.at(), m.name()
          + ": not found; make would build it with its rule and restart (not run by makelint)");
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
