package dev.makelint.checks;

import dev.makelint.evaluation.Recipe;
import dev.makelint.evaluation.RuleEntry;
import dev.makelint.evaluation.Target;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recipe that writes its output under the target's name spelled out ({@code -o prog},
 * {@code > prog}, {@code touch stamp}) instead of {@code $@}. It works until the target is renamed or moved to a
 * variable; then make waits for a file the recipe no longer writes.
 */
public final class HardCodedTargetName implements Check {
  public static final String ID = "hard-coded-target-name";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.INFO, CheckGroup.HYGIENE,
      "a recipe writes its target under a literal name instead of $@");

  private static final Pattern AUTOMATIC_TARGET = Pattern.compile("\\$(?:@|\\(@[DF]?\\)|\\{@[DF]?\\})");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    List<Finding> out = new ArrayList<>();
    Map<Recipe, Integer> sharing = new IdentityHashMap<>();
    for (Target t : ctx.db().targets()) {
      for (RuleEntry e : t.entries()) {
        if (e.recipe() != null) {
          sharing.put(e.recipe(), sharing.getOrDefault(e.recipe(), 0) + 1);
        }
      }
    }
    LineTrace trace = LineTrace.of(ctx);
    for (Target t : ctx.db().targets()) {
      String name = t.name();
      if (!t.isTarget() || name.startsWith(".") || t.groupedWith() != null) {
        continue;
      }
      for (RuleEntry e : t.entries()) {
        Recipe r = e.recipe();
        // a recipe shared by several targets cannot name one of them; $@ differs per target
        if (r == null || sharing.getOrDefault(r, 0) != 1
            || AUTOMATIC_TARGET.matcher(String.join("\n", r.lines())).find()) {
          continue;
        }
        Finding f = literalOutput(ctx, trace.recipe(r), name);
        if (f != null) {
          out.add(f);
          break;
        }
      }
    }
    return out;
  }

  private Finding literalOutput(LintContext ctx, List<LineTrace.RecipeLine> lines, String name) {
    // Most recipes never spell out their target: no pattern to compile for them (compiling one
    // per target took about 1% of a 722-line makefile's lint).
    boolean named = false;
    for (LineTrace.RecipeLine line : lines) {
      named |= line.inFile() && line.text().contains(name);
    }
    if (!named) {
      return null;
    }
    Pattern output = Pattern.compile("(?:(?<![\\w-])-o\\s*|>>?\\s*|\\btouch\\s+(?:-\\S+\\s+)*)['\"]?("
        + Pattern.quote(name)
        + ")(?=$|[\\s;&|)'\"])");
    for (LineTrace.RecipeLine line : lines) {
      if (!line.inFile()) {
        continue; // text from $(eval) or $(call): the name was probably a parameter there
      }
      Matcher m = output.matcher(line.text());
      if (m.find()) {
        int at = m.start(1);
        return ctx.finding(this, "the recipe writes '" + name + "' by name; write $@ so that it"
            + " follows the target if the rule is renamed or its name moves into a variable",
            line.location(at), line.column(at), ctx.includeChain(line.location(at).file()));
      }
    }
    return null;
  }
}
