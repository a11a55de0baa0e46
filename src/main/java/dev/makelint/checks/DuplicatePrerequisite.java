package dev.makelint.checks;

import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.Prerequisite;
import dev.makelint.evaluation.ReadLine;
import dev.makelint.evaluation.RuleEntry;
import dev.makelint.evaluation.Target;
import dev.makelint.buildmodel.BuildModel;
import dev.makelint.syntax.Expr;
import dev.makelint.syntax.ExprParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One rule line names the same prerequisite twice for a target, directly or through a variable
 * that lists it twice. {@code $^} drops the repeat, so it is harmless to make, but it is usually
 * a copy-paste slip or a list built twice. Repeats across separate rule lines (a dependency file
 * restating a prerequisite) are normal and not reported; neither are rules whose recipe uses
 * {@code $+} (repeats kept on purpose, e.g. libraries for the linker) nor repeats that reach a
 * link command, which duplicate-object-in-link reports.
 */
public final class DuplicatePrerequisite implements Check {
  public static final String ID = "duplicate-prerequisite";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.INFO, CheckGroup.HYGIENE,
      "the same prerequisite is named twice in one rule");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    List<Finding> out = new ArrayList<>();
    Map<String, String[]> expansions = new java.util.HashMap<>();
    Set<String> linkedTwice = linkedTwice(ctx);
    LineTrace trace = LineTrace.of(ctx);
    Map<String, List<String>> targetsByRepeat = new LinkedHashMap<>();
    Map<String, Location> repeatAt = new LinkedHashMap<>();
    for (Target t : ctx.db().targets()) {
      if (!t.isTarget()) {
        continue;
      }
      for (RuleEntry e : t.entries()) {
        if (e.recipe() != null && String.join("\n", e.recipe().lines()).contains("$+")) {
          continue;
        }
        // A target named twice on one rule line gets that line's prerequisites twice (make
        // does the same): count per naming of the target, not per prerequisite entry.
        Map<Location, Integer> namings = new HashMap<>();
        for (Location l : e.ruleLocations()) {
          namings.put(l, namings.getOrDefault(l, 0) + 1);
        }
        Map<Location, Map<String, Integer>> countsAt = new LinkedHashMap<>();
        for (Prerequisite p : e.prerequisites()) {
          Map<String, Integer> counts = countsAt.get(p.location());
          if (counts == null) {
            countsAt.put(p.location(), counts = new HashMap<>());
          }
          int n = counts.getOrDefault(p.name(), 0) + 1;
          counts.put(p.name(), n);
          if (n != namings.getOrDefault(p.location(), 1) + 1 || p.name().startsWith("-l")
              || linkedTwice.contains(t.name() + "\0" + BuildModel.normalize(p.name()))) {
            continue;
          }
          String key = p.location() + "\0" + p.name();
          List<String> targets = targetsByRepeat.get(key);
          if (targets == null) {
            targetsByRepeat.put(key, targets = new ArrayList<>());
          }
          targets.add(t.name());
          repeatAt.putIfAbsent(key, p.location());
        }
      }
    }
    Map<String, List<String>> targetsByVariable = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> r : targetsByRepeat.entrySet()) {
      String name = r.getKey().substring(r.getKey().indexOf('\0') + 1);
      Location at = repeatAt.get(r.getKey());
      List<String> targets = r.getValue();
      int column = 1;
      String how = " (through a variable)";
      ReadLine line = trace.at(at);
      if (line != null) {
        int colon = LineTrace.ruleColon(line.text());
        int first = colon < 0 ? -1 : writtenAt(line.text(), name, colon + 1);
        int second = first < 0 ? -1 : writtenAt(line.text(), name, first + 1);
        if (second < 0) {
          String variable = listingTwice(ctx, line, name, expansions);
          if (variable != null) {
            // one finding per list, however many rules use it
            List<String> listed = targetsByVariable.get(variable + "\0" + name);
            if (listed == null) {
              targetsByVariable.put(variable + "\0" + name, listed = new ArrayList<>());
            }
            listed.addAll(targets);
            continue;
          }
        }
        int shown = second >= 0 ? second : first;
        if (shown >= 0) {
          at = LineTrace.location(line, shown);
          column = LineTrace.column(line, shown);
          how = second >= 0 ? "" : " (here and through a variable)";
        }
      }
      out.add(ctx.finding(this, "'" + name + "' is named twice" + how + " among the"
          + " prerequisites of " + names(targets) + " on this rule line; make uses it once", at,
          column, ctx.includeChain(at.file())));
    }
    for (Map.Entry<String, List<String>> v : targetsByVariable.entrySet()) {
      String variable = v.getKey().substring(0, v.getKey().indexOf('\0'));
      String name = v.getKey().substring(v.getKey().indexOf('\0') + 1);
      Location at = ctx.db().variable(variable) == null ? Location.NONE
          : ctx.db().variable(variable).location();
      int column = 1;
      for (LintContext.Assignment a : ctx.assignmentsMentioning(name)) {
        if (a.variable().equals(variable)) {
          at = a.location(); // the last line that lists it: the repeat
        }
      }
      String text = ctx.physicalLine(at);
      if (text != null) {
        int first = LineTrace.wordOffset(text, name, 0);
        int second = first < 0 ? -1 : LineTrace.wordOffset(text, name, first + 1);
        column = (second >= 0 ? second : Math.max(first, 0)) + 1;
      }
      out.add(ctx.finding(this, "'" + name + "' is listed twice in " + variable + ", which the"
          + " prerequisites of " + names(v.getValue()) + " use; make uses it once", at, column,
          ctx.includeChain(at.file())));
    }
    return out;
  }

  /**
   * Offset of {@code name} written in a rule line from {@code from}: as a word, or after a
   * directory variable ({@code $(srcdir)/name}).
   */
  private static int writtenAt(String text, String name, int from) {
    int i = text.indexOf(name, from);
    while (i >= 0) {
      int end = i + name.length();
      boolean endOk = end >= text.length() || " \t\n\\|;".indexOf(text.charAt(end)) >= 0;
      boolean startOk = i == from && from == 0 || i > 0 && " \t\n:|".indexOf(text.charAt(i - 1)) >= 0
          || i > 1 && text.charAt(i - 1) == '/' && (text.charAt(i - 2) == ')'
              || text.charAt(i - 2) == '}');
      if (startOk && endOk) {
        return i;
      }
      i = text.indexOf(name, i + 1);
    }
    return -1;
  }

  private static String names(List<String> targets) {
    List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(targets));
    String shown = "'" + String.join("', '", distinct.subList(0, Math.min(3, distinct.size())))
        + "'";
    return distinct.size() > 3 ? shown + " and " + (distinct.size() - 3) + " more" : shown;
  }

  /**
   * The variable that alone lists {@code name} twice among the prerequisites of the rule line, or
   * null when the repeat comes from two places.
   */
  private static String listingTwice(LintContext ctx, ReadLine rule, String name,
      Map<String, String[]> expansions) {
    String text = rule.text();
    int colon = LineTrace.ruleColon(text);
    if (colon < 0) {
      return null;
    }
    String prerequisites = text.substring(colon + 1);
    int semicolon = prerequisites.indexOf(';');
    if (semicolon >= 0) {
      prerequisites = prerequisites.substring(0, semicolon);
    }
    Expr e = ExprParser.parse(prerequisites);
    List<Expr> parts = e instanceof Expr.Concat c ? c.parts() : List.of(e);
    for (Expr part : parts) {
      if (!(part instanceof Expr.VarRef r) || !(r.name() instanceof Expr.Literal l)) {
        continue;
      }
      String source = prerequisites.substring(part.start(), part.end());
      // a list is used by many rule lines: expand each reference once per run
      String[] words = expansions.get(source);
      if (words == null) {
        try {
          words = ctx.db().expand(source, ctx.db().globals(), rule.location()).split("\\s+");
        } catch (RuntimeException ex) {
          words = new String[0];
        }
        expansions.put(source, words);
      }
      int count = 0;
      for (String w : words) {
        String word = w;
        while (word.startsWith("./") && word.length() > 2) {
          word = word.substring(2); // make drops a leading ./ from file names
        }
        if (word.equals(name)) {
          count++;
        }
      }
      if (count >= 2) {
        int c = l.text().indexOf(':');
        return (c >= 0 ? l.text().substring(0, c) : l.text()).strip();
      }
    }
    return null;
  }

  /** "target\0object" for every object duplicate-object-in-link finds twice in a link. */
  private static Set<String> linkedTwice(LintContext ctx) {
    Set<String> out = new HashSet<>();
    if (ctx.model() == null) {
      return out;
    }
    for (LinkContents.Contents c : LinkContents.all(ctx)) {
      Set<String> seen = new HashSet<>();
      for (LinkContents.Entry e : c.entries()) {
        if (!seen.add(e.object())) {
          out.add(c.target() + "\0" + e.object());
        }
      }
    }
    return out;
  }
}
