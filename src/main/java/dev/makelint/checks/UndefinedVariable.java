package dev.makelint.checks;

import dev.makelint.evaluation.BuiltinMakefiles;
import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.MakeDatabase.UndefinedReference;
import dev.makelint.evaluation.Origin;
import dev.makelint.evaluation.PatternVariable;
import dev.makelint.evaluation.Target;
import dev.makelint.evaluation.Variable;
import dev.makelint.syntax.BuiltinFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to a variable that is not set where make expands it, in the configuration
 * evaluated: the lines read, and the recipes of the targets the goals reach. What GNU make's
 * {@code --warn-undefined-variables} reports, minus what is meant to be empty: tests of a value
 * (ifeq, $(if …), $(or …)), names computed by an expansion ({@code $($(m)_LIBS)}, an optional
 * per-item setting), automatic variables and $(call) parameters, the variables make sets
 * only sometimes, the flags make's built-in rules read (CFLAGS, LDFLAGS…), and the names of
 * option {@code ignore}.
 */
public final class UndefinedVariable implements Check {
  public static final String ID = "undefined-variable";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.WARNING, CheckGroup.MAKE,
      "a reference to a variable that is never set in the evaluated configuration")
      .withOptions(new CheckOption("ignore",
          List.of("DESTDIR", "V", "VERBOSE", "Q", "QUIET", "CROSS_COMPILE", "EXTRA_*",
              "*_EXTRA"),
          "variables meant to be empty unless the user sets them; `*` matches any characters"));

  /** Variables GNU make sets itself only in some runs, or computes on reference. */
  private static final Set<String> MAKE_MANAGED = Set.of("MAKECMDGOALS", "MAKE_RESTARTS",
      "MAKE_TERMOUT", "MAKE_TERMERR", "MAKEFILES", "MAKEOVERRIDES", "MAKEFLAGS", "MFLAGS",
      "GNUMAKEFLAGS", "MAKELEVEL", ".SHELLSTATUS", ".EXTRA_PREREQS", ".LOADED", ".VARIABLES",
      "VPATH", "GPATH", "MAKESHELL", "COMSPEC");

  /**
   * The variables make's built-in rules and variables read but never set (CFLAGS, LDLIBS…); worked
   * out on first use, as most runs have no undefined reference to weigh (and so are the patterns
   * that find them: compiled with the class, they cost every run about 2 ms).
   */
  private static final class BuiltinHooks {
    static final Pattern REFERENCE = Pattern.compile("\\$[({]([A-Za-z0-9_.]+)[)}]");
    static final Pattern DEFINITION =
        Pattern.compile("(?m)^([^#\\s=:?+]+)\\s*(?:::=|:=|\\?=|=)");
    static final Pattern COMMENT_LINE = Pattern.compile("(?m)^#.*$");
    static final Set<String> NAMES = builtinHooks();
  }

  @Override
  public CheckInfo info() {
    return INFO;
  }

  /** One finding's worth: a name referenced in one statement. */
  private record Key(String name, String file, int line) {}

  @Override
  public List<Finding> run(LintContext ctx) {
    List<String> ignore = ignoreList(ctx.option(INFO, "ignore"));
    Map<Key, List<UndefinedReference>> groups = new LinkedHashMap<>();
    Map<Key, LineSearch.Hit> places = new LinkedHashMap<>();
    java.util.Set<String> shellVariables = new java.util.HashSet<>();
    if (ctx.settings().enabled(ShellVariableInRecipe.INFO)) {
      for (Finding f : new ShellVariableInRecipe().run(ctx)) {
        shellVariables.add(f.file() + ":" + f.line() + ":" + f.column());
      }
    }
    for (UndefinedReference r : ctx.undefinedReferences()) {
      boolean optionalLookup = r.computed() && indexOfSpace(r.name()) < 0;
      if (r.tested() || optionalLookup || exempt(r.name(), ignore) || !fromMakefileText(r)) {
        continue;
      }
      LineSearch.Hit place = place(ctx, r);
      if (place == null || CONDITIONAL.matcher(lineOf(ctx, place)).find()) {
        continue; // written in a test: an ifeq line of a template that $(call) expands
      }
      if (r.name().length() == 1 && shellVariables.contains(ctx.display(place.at().file()) + ":"
          + place.at().line() + ":" + place.column())) {
        continue; // $HOME read as $(H)OME: shell-variable-in-recipe explains it better
      }
      Key key = new Key(r.name(), ctx.display(place.at().file()), place.at().line());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
      places.putIfAbsent(key, place);
    }
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<Key, List<UndefinedReference>> e : groups.entrySet()) {
      UndefinedReference first = e.getValue().get(0);
      LineSearch.Hit place = places.get(e.getKey());
      List<RelatedLocation> related = new ArrayList<>();
      if (first.within() != null && first.at().file() != null) {
        related.add(ctx.related(first.at(), "expanded here, through the value of '"
            + first.within().name() + "'"));
      }
      related.addAll(ctx.includeChain(place.at().file()));
      out.add(ctx.finding(this, message(ctx, first), place.at(), place.column(), related));
    }
    return out;
  }

  private static final Pattern CONDITIONAL =
      Pattern.compile("^\\s*(?:else\\s+)?(?:ifeq|ifneq|ifdef|ifndef)\\b");

  private static String lineOf(LintContext ctx, LineSearch.Hit place) {
    String line = ctx.physicalLine(place.at());
    return line == null ? "" : line;
  }

  private static List<String> ignoreList(Object option) {
    List<String> out = new ArrayList<>();
    if (option instanceof List<?> l) {
      for (Object o : l) {
        out.add(String.valueOf(o));
      }
    } else if (option != null) {
      for (String s : String.valueOf(option).split(",")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
    }
    return out;
  }

  private static boolean exempt(String name, List<String> ignore) {
    if (name.isBlank()) {
      return true;
    }
    // automatic variables are empty outside recipes by design; $(|D) and $(|F) are none (GNU
    // make warns that they are undefined)
    if (Variable.isAutomaticName(name) || name.chars().allMatch(Character::isDigit)
        || MAKE_MANAGED.contains(name) || BuiltinHooks.NAMES.contains(name)) {
      return true;
    }
    for (String glob : ignore) {
      if (globMatches(glob, name)) {
        return true;
      }
    }
    return false;
  }

  /** {@code glob} matches all of {@code name}; {@code *} stands for any characters. */
  static boolean globMatches(String glob, String name) {
    StringBuilder re = new StringBuilder();
    String[] parts = glob.split("\\*", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        re.append(".*");
      }
      re.append(Pattern.quote(parts[i]));
    }
    return name.matches(re.toString());
  }

  /** Whether the reference was written in a makefile (not in a built-in or command-line value). */
  private static boolean fromMakefileText(UndefinedReference r) {
    Variable v = r.within();
    if (v == null) {
      return r.at() != null && r.at().file() != null;
    }
    return (v.origin() == Origin.MAKEFILE || v.origin() == Origin.OVERRIDE)
        && v.location() != null && v.location().file() != null;
  }

  /** Where the reference is written: the line and column of {@code $(NAME)}. */
  private static LineSearch.Hit place(LintContext ctx, UndefinedReference r) {
    String name = r.name();
    Location start = r.within() != null ? r.within().location() : r.at();
    LineSearch.Hit hit = LineSearch.inStatement(ctx, start, l -> Columns.reference(l, name));
    if (hit == null && r.within() != null) {
      // an earlier "NAME += … $(X)" line of the same variable
      Pattern assigns = Pattern.compile("^\\s*(?:override\\s+|export\\s+)*"
          + Pattern.quote(r.within().name()) + "\\s*(?:\\+=|=|:=|::=|\\?=)");
      hit = LineSearch.before(ctx, start,
          l -> assigns.matcher(l).find() ? Columns.reference(l, name) : 0);
    }
    if (hit == null && name.indexOf(' ') > 0) {
      String head = name.substring(0, name.indexOf(' '));
      hit = LineSearch.inStatement(ctx, start, l -> {
        int i = Math.max(l.indexOf("$(" + head + " "), l.indexOf("${" + head + " "));
        return i + 1;
      });
    }
    if (hit == null) {
      if (start.file() == null || start.line() < 1) {
        return null;
      }
      // text made by $(eval): the reference is not on the line, the $(eval) is
      String line = ctx.physicalLine(start);
      int eval = line == null ? -1 : Math.max(line.indexOf("$(eval"), line.indexOf("${eval"));
      hit = new LineSearch.Hit(start, eval >= 0 ? eval + 1 : Columns.firstNonBlank(line));
    }
    return hit;
  }

  private static String message(LintContext ctx, UndefinedReference r) {
    String name = r.name();
    String in = r.within() == null ? "" : " (in the value of '" + r.within().name() + "')";
    int space = indexOfSpace(name);
    if (space > 0) {
      String head = name.substring(0, space);
      String fn = NearestName.of(head, functionNames());
      return "'$(" + head + " …)'" + in + " is not a function call: '" + head
          + "' is not a make function" + (fn == null ? "" : " (did you mean '" + fn + "'?)")
          + ", so make expands it as an unset variable, to nothing";
    }
    Variable later = ctx.db().variable(name);
    if (later != null && later.location() != null && later.location().file() != null) {
      return "'" + name + "'" + in + " is used before it is set (at "
          + ctx.display(later.location().file()) + ":" + later.location().line()
          + "): here it expands to nothing";
    }
    String owner = targetSetting(ctx, name);
    if (owner != null) {
      return "'" + name + "'" + in + " is set only for " + owner
          + ", not where it is expanded here, so it expands to nothing";
    }
    Set<String> known = knownNames(ctx);
    if (r.within() != null) {
      known.remove(r.within().name()); // X = $(X) would reference itself
    }
    String near = NearestName.of(name, known);
    return "'" + name + "'" + in + " is never set, so it expands to nothing"
        + (near == null ? "" : " (did you mean '" + near + "'?)");
  }

  private static int indexOfSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** "target 'x'" or "targets matching 'p'" when a target or pattern variable sets it. */
  private static String targetSetting(LintContext ctx, String name) {
    for (Target t : ctx.db().targets()) {
      if (t.variables() != null && t.variables().lookupHere(name) != null) {
        return "target '" + t.name() + "'";
      }
    }
    for (PatternVariable pv : ctx.db().patternVariables()) {
      if (pv.variable().name().equals(name)) {
        return "targets matching '" + pv.pattern() + "'";
      }
    }
    return null;
  }

  /** Names a misspelling may have meant: variables set by the makefiles, and make's own. */
  private static Set<String> knownNames(LintContext ctx) {
    Set<String> out = new TreeSet<>(BuiltinHooks.NAMES);
    for (Variable v : ctx.db().globals().all()) {
      if (v.origin() != Origin.ENVIRONMENT && v.origin() != Origin.ENVIRONMENT_OVERRIDE) {
        out.add(v.name());
      }
    }
    for (Target t : ctx.db().targets()) {
      if (t.variables() != null) {
        for (Variable v : t.variables().all()) {
          out.add(v.name());
        }
      }
    }
    for (PatternVariable pv : ctx.db().patternVariables()) {
      out.add(pv.variable().name());
    }
    return out;
  }

  private static List<String> functionNames() {
    List<String> out = new ArrayList<>();
    for (BuiltinFunction f : BuiltinFunction.values()) {
      out.add(f.makeName());
    }
    return out;
  }

  private static Set<String> builtinHooks() {
    String vars = withoutComments(BuiltinMakefiles.VARIABLES);
    Set<String> referenced = new LinkedHashSet<>();
    Matcher m = BuiltinHooks.REFERENCE.matcher(
        vars + "\n" + withoutComments(BuiltinMakefiles.RULES));
    while (m.find()) {
      referenced.add(m.group(1));
    }
    Matcher d = BuiltinHooks.DEFINITION.matcher(vars);
    while (d.find()) {
      referenced.remove(d.group(1));
    }
    referenced.remove("MAKE_COMMAND"); // set by make at start-up
    return Set.copyOf(referenced);
  }

  private static String withoutComments(String text) {
    return BuiltinHooks.COMMENT_LINE.matcher(text).replaceAll("");
  }
}
