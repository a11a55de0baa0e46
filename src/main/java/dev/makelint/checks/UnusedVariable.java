package dev.makelint.checks;

import dev.makelint.evaluation.IncludeAttempt;
import dev.makelint.evaluation.BuiltinMakefiles;
import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.MakefileRead;
import dev.makelint.evaluation.Origin;
import dev.makelint.evaluation.ReadLine;
import dev.makelint.evaluation.Variable;
import dev.makelint.syntax.Directive;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A variable a makefile sets that nothing reads: no reference in any text make could expand (in
 * any branch, recipes of targets not built included), not exported to recipes or sub-makes, and
 * not one make or its built-in rules read themselves.
 */
public final class UnusedVariable implements Check {
  public static final String ID = "unused-variable";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.INFO, CheckGroup.HYGIENE,
      "a variable is set but never referenced, exported or read by make");

  /** Variables make itself reads, beyond those its built-in rules and variables reference. */
  private static final Set<String> MAKE_READS = Set.of(
      "MAKEFLAGS", "MFLAGS", "GNUMAKEFLAGS", "MAKE", "MAKECMDGOALS", "MAKEFILES",
      "MAKEFILE_LIST", "MAKELEVEL", "MAKEOVERRIDES", "MAKE_RESTARTS", "MAKE_TERMOUT",
      "MAKE_TERMERR", "MAKESHELL", "SHELL", "VPATH", "GPATH", "CURDIR", "SUFFIXES");

  /**
   * Names that usually come from the environment: a makefile that sets one changes what every
   * recipe's commands see (make exports variables that came from the environment).
   */
  private static final Set<String> ENVIRONMENT = Set.of(
      "PATH", "HOME", "USER", "LOGNAME", "LANG", "LANGUAGE", "TERM", "TMPDIR", "TZ", "PWD",
      "DISPLAY", "EDITOR", "PAGER", "LD_LIBRARY_PATH", "LIBRARY_PATH", "CPATH",
      "C_INCLUDE_PATH", "CPLUS_INCLUDE_PATH", "PKG_CONFIG_PATH", "PYTHONPATH", "GOPATH",
      "GOFLAGS", "CGO_ENABLED", "GOOS", "GOARCH", "SOURCE_DATE_EPOCH", "MACOSX_DEPLOYMENT_TARGET");

  private static volatile Set<String> builtinReferences;

  @Override
  public CheckInfo info() {
    return INFO;
  }

  /** What the walk over the text read found. */
  private static final class Walk {
    final VariableReferences refs = new VariableReferences();
    final Set<String> exported = new HashSet<>();
    boolean exportAll;
    /** First assignment (not from $(eval)) of each literal name: the line and its offset. */
    final Map<String, ReadLine> firstAssignment = new HashMap<>();
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    Walk w = walk(ctx);
    List<Finding> out = new ArrayList<>();
    if (w.refs.unbounded() || w.exportAll || ctx.db().target(".EXPORT_ALL_VARIABLES") != null
        || unreadMakefileText(ctx)) {
      // some reference or export may name any variable, or text make would read was not read:
      // nothing can be called unused
      return out;
    }
    Set<String> topLevel = new HashSet<>();
    for (MakefileRead r : ctx.db().makefiles()) {
      if (r.includedFrom() == null) {
        topLevel.add(ctx.display(r.name()));
      }
    }
    for (Variable v : ctx.db().globals().all()) {
      String name = v.name();
      if ((v.origin() != Origin.MAKEFILE && v.origin() != Origin.OVERRIDE)
          || Boolean.TRUE.equals(v.export()) || w.exported.contains(name)
          || name.startsWith(".") || MAKE_READS.contains(name) || ENVIRONMENT.contains(name)
          || name.startsWith("LC_") || w.refs.mayReference(name)
          || builtinReferences().contains(name)) {
        continue;
      }
      ReadLine first = w.firstAssignment.get(name);
      // Only files given to make directly: an included fragment is often shared with other
      // makefiles (a config.mk read by every sub-directory's makefile) that use what it sets.
      if (first == null || !topLevel.contains(ctx.display(first.location().file()))) {
        continue;
      }
      int offset = LineTrace.wordOffset(first.text(), name, 0);
      Location at = LineTrace.location(first, Math.max(0, offset));
      out.add(ctx.finding(this, "variable '" + name + "' is set but never used: no text refers"
          + " to it, it is not exported, and make does not read it", at,
          LineTrace.column(first, Math.max(0, offset)), List.of()));
    }
    return out;
  }

  /**
   * An include whose file was not read although make would read one: a missing {@code include}
   * (make would make it), or one whose name came out empty because it depends on a command
   * makelint did not run ({@code include $(shell pg_config --pgxs)}).
   */
  private static boolean unreadMakefileText(LintContext ctx) {
    Set<Location> attempted = new HashSet<>();
    for (IncludeAttempt a : ctx.db().includeAttempts()) {
      attempted.add(a.location());
      if (!a.optional() && a.outcome() != IncludeAttempt.Outcome.READ) {
        return true;
      }
    }
    for (ReadLine l : LineTrace.of(ctx).lines()) {
      if (l.kind() == ReadLine.Kind.INCLUDE && l.text().indexOf('$') >= 0
          && !attempted.contains(l.location())) {
        return true;
      }
    }
    return false;
  }

  private static Walk walk(LintContext ctx) {
    Walk w = new Walk();
    for (ReadLine l : LineTrace.of(ctx).lines()) {
      if (l.kind() == ReadLine.Kind.RECIPE || l.kind() == ReadLine.Kind.DEFINE_BODY) {
        w.refs.addText(l.text(), null);
        continue;
      }
      Directive d = LineTrace.directive(l);
      if (d instanceof Directive.Assign a) {
        String name = a.name().strip();
        noteExport(w, name, a.modifiers().export() || a.modifiers().unexport());
        if (l.kind() == ReadLine.Kind.ASSIGNMENT && !l.fromEval() && name.indexOf('$') < 0) {
          w.firstAssignment.putIfAbsent(name, l);
        }
        w.refs.addText(a.name(), null);
        w.refs.addText(a.value(), name);
      } else if (d instanceof Directive.Define def) {
        String name = def.name().strip();
        noteExport(w, name, def.modifiers().export() || def.modifiers().unexport());
        if (l.kind() == ReadLine.Kind.DEFINE && !l.fromEval() && name.indexOf('$') < 0) {
          w.firstAssignment.putIfAbsent(name, l);
        }
        w.refs.addText(def.name(), null);
      } else if (d instanceof Directive.Conditional c) {
        conditional(w, c);
      } else if (d instanceof Directive.Export e) {
        String names = e.names().strip();
        if (names.isEmpty()) {
          w.exportAll |= e.export();
        } else {
          for (String n : names.split("\\s+")) {
            noteExport(w, n, true);
          }
          w.refs.addText(names, null);
        }
      } else {
        w.refs.addText(l.text(), null);
      }
    }
    return w;
  }

  private static void noteExport(Walk w, String name, boolean exported) {
    if (!exported) {
      return;
    }
    if (name.indexOf('$') >= 0) {
      w.exportAll = true; // exports a computed name: any variable may be the one
    } else {
      w.exported.add(name);
    }
  }

  private static void conditional(Walk w, Directive.Conditional c) {
    switch (c.kind()) {
      case IFDEF, IFNDEF -> w.refs.addName(c.arg1() == null ? "" : c.arg1());
      case IFEQ, IFNEQ -> {
        w.refs.addText(c.arg1(), null);
        w.refs.addText(c.arg2(), null);
      }
      case ELSE -> {
        if (c.elseIf() != null) {
          conditional(w, c.elseIf());
        }
      }
      default -> {}
    }
  }

  /** Names the built-in variables and rules refer to (CFLAGS, LDLIBS, ...), with -r or not. */
  private static Set<String> builtinReferences() {
    Set<String> known = builtinReferences;
    if (known == null) {
      Set<String> names = new HashSet<>();
      for (String text : List.of(BuiltinMakefiles.VARIABLES, BuiltinMakefiles.RULES)) {
        names.addAll(referencedIn(text));
        for (String line : text.split("\n")) {
          int eq = line.indexOf('=');
          if (!line.startsWith("\t") && eq > 0) {
            String name = line.substring(0, eq);
            if (":+?!".indexOf(name.charAt(name.length() - 1)) >= 0) {
              name = name.substring(0, name.length() - 1);
            }
            names.add(name.strip());
          }
        }
      }
      known = Set.copyOf(names);
      builtinReferences = known;
    }
    return known;
  }

  private static final java.util.regex.Pattern REFERENCE =
      java.util.regex.Pattern.compile("\\$[({]([A-Za-z0-9_.]+)");

  private static Set<String> referencedIn(String text) {
    Set<String> out = new HashSet<>();
    java.util.regex.Matcher m = REFERENCE.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
