package dev.makelint.evaluation;

import dev.makelint.syntax.Directive;
import dev.makelint.syntax.DirectiveParser;
import java.util.Map;

/**
 * The variables make defines before reading any makefile: the environment, make's own special
 * variables, and the command-line assignments (which beat the makefile unless it says override).
 */
final class Startup {
  private final EvaluationState st;
  private final Assignments assignments;

  Startup(EvaluationState st, Assignments assignments) {
    this.st = st;
    this.assignments = assignments;
  }

  void defineEnvironment() {
    Origin envOrigin =
        st.options.environmentOverrides() ? Origin.ENVIRONMENT_OVERRIDE : Origin.ENVIRONMENT;
    for (Map.Entry<String, String> e : st.options.environment().entrySet()) {
      String name = e.getKey();
      if (name.equals("MAKEFLAGS") || name.equals("MFLAGS") || name.equals("MAKELEVEL")
          || name.equals("SHELL") || name.isEmpty()) {
        continue;
      }
      define(name, e.getValue(), envOrigin, Flavor.RECURSIVE);
    }
  }

  void defineSpecials() {
    define("MAKE_COMMAND", "make", Origin.DEFAULT, Flavor.RECURSIVE);
    define("MAKE", "$(MAKE_COMMAND)", Origin.DEFAULT, Flavor.RECURSIVE);
    define("MAKE_HOST", hostTriplet(), Origin.DEFAULT, Flavor.RECURSIVE);
    define("MAKE_VERSION", "4.3", Origin.DEFAULT, Flavor.RECURSIVE);
    define("SHELL", "/bin/sh", Origin.DEFAULT, Flavor.RECURSIVE);
    define(".SHELLFLAGS", "-c", Origin.DEFAULT, Flavor.RECURSIVE);
    define(".RECIPEPREFIX", "", Origin.DEFAULT, Flavor.SIMPLE);
    define(".FEATURES", "target-specific order-only second-expansion else-if shortest-stem "
        + "undefine oneshell nocomment grouped-target extra-prereqs archives jobserver "
        + "output-sync check-symlink load", Origin.DEFAULT, Flavor.SIMPLE);
    define(".INCLUDE_DIRS", "/usr/include /usr/gnu/include /usr/local/include", Origin.DEFAULT,
        Flavor.SIMPLE);
    define("CURDIR", st.workDir().toString(), Origin.MAKEFILE, Flavor.SIMPLE);
    define("MAKECMDGOALS", String.join(" ", st.options.goals()), Origin.DEFAULT, Flavor.RECURSIVE);
    define("MAKEFILE_LIST", "", Origin.MAKEFILE, Flavor.SIMPLE);
    define(".DEFAULT_GOAL", "", Origin.MAKEFILE, Flavor.RECURSIVE);
    if (st.options.platform().os().equals("windows")
        && st.db.globals.lookupHere("OS") == null) {
      define("OS", "Windows_NT", Origin.ENVIRONMENT, Flavor.RECURSIVE);
    }
  }

  /** .POSIX: make switches some default variables to their POSIX values. */
  static void posixDefaults(EvaluationState st) {
    String[][] defaults = {
      {"ARFLAGS", "-rv"}, {"CC", "c99"}, {"CFLAGS", "-O1"}, {"FC", "fort77"}, {"FFLAGS", "-O1"},
      {"SCCSGETFLAGS", "-s"}, {".SHELLFLAGS", "-ec"}
    };
    for (String[] d : defaults) {
      Variable old = st.db.globals.lookupHere(d[0]);
      if (old == null || old.origin() == Origin.DEFAULT) {
        st.db.globals.put(new Variable(d[0], Flavor.RECURSIVE, Origin.DEFAULT, d[1],
            Location.NONE, null, false, false));
      }
    }
  }

  private String hostTriplet() {
    Platform p = st.options.platform();
    return switch (p.os()) {
      case "darwin" -> p.unameM() + "-apple-darwin";
      case "windows" -> "x86_64-w64-mingw32";
      default -> p.unameM() + "-pc-linux-gnu";
    };
  }

  void defineCommandLine() {
    for (String word : st.options.commandLineVariables()) {
      Directive d = DirectiveParser.classify(word);
      if (!(d instanceof Directive.Assign a)) {
        continue;
      }
      Location at = Location.NONE;
      String name = st.expander.expand(a.name(), new Scope(st.db.globals, at));
      assignments.define(st.db.globals, name, a.op(), a.value(), Origin.COMMAND_LINE, at, false,
          new Scope(st.db.globals, at));
    }
  }

  private void define(String name, String value, Origin origin, Flavor flavor) {
    st.db.globals.put(new Variable(name, flavor, origin, value, Location.NONE, null, false,
        false));
  }
}
