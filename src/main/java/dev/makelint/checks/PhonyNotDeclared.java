package dev.makelint.checks;

import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.Prerequisite;
import dev.makelint.evaluation.Recipe;
import dev.makelint.evaluation.RuleEntry;
import dev.makelint.evaluation.Target;
import dev.makelint.rulegraph.Node;
import dev.makelint.rulegraph.RuleGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A target that is evidently not a file but is not declared {@code .PHONY}. Evidence is one of:
 * a conventional action name ({@code all}, {@code clean}, {@code install}, {@code test}, …) whose
 * recipe does not write {@code $@}, or that only groups other targets and no implicit rule makes;
 * or a plain name (no '.' or '/') whose recipe never names the target and whose prerequisites are
 * all phony. Never for pattern, suffix or special targets, targets with file-like names, targets
 * an implicit rule could build, or names that exist as files or directories (there the harm is
 * already real, and target-shadowed-by-file reports it).
 */
public final class PhonyNotDeclared implements Check {
  public static final String ID = "phony-not-declared";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.WARNING, CheckGroup.STYLE,
      "a target that is not a file but is not declared .PHONY")
      .withAliases("phonydeclared")
      .disabledByDefault(); // opt-in: target-shadowed-by-file reports the case that already bites

  /** Names the GNU coding standards and common practice give to actions, never to files. */
  static final Set<String> CONVENTIONAL = Set.of("all", "clean", "distclean", "mostlyclean",
      "maintainer-clean", "realclean", "clobber", "install", "install-strip", "uninstall",
      "installcheck", "installdirs", "check", "test", "distcheck", "dist", "lint", "format",
      "fmt", "help");

  /** Files that tools write without being told their name (ctags writes 'tags'). */
  private static final Set<String> IMPLICIT_OUTPUTS = Set.of("tags", "TAGS", "GTAGS", "GRTAGS",
      "GPATH", "configure", "Makefile", "makefile", "GNUmakefile", "node_modules");

  /** A raw recipe that names its target: $@, $(@), ${@}, $(@D), $(@F)… */
  private static final Pattern DOLLAR_AT = Pattern.compile("\\$(?:@|[({]@[DF]?[)}])");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    // Found targets count as phony for the targets that depend on them: "deploy: image".
    Map<Target, String> found = new LinkedHashMap<>();
    Set<String> notFiles = new HashSet<>();
    boolean more = true;
    while (more) {
      more = false;
      for (Target t : ctx.db().targets()) {
        String name = t.name();
        if (found.containsKey(t) || !t.isTarget() || firstRuleLine(t) == null
            || name.startsWith(".") || name.contains("%") || ctx.db().phony(name)
            || IMPLICIT_OUTPUTS.contains(name)) {
          continue;
        }
        String message = evidence(ctx, t, notFiles);
        if (message != null) {
          found.put(t, message);
          notFiles.add(name);
          more = true;
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    Location phonyAt = phonyDeclaration(ctx);
    for (Map.Entry<Target, String> f : found.entrySet()) {
      String name = f.getKey().name();
      String message = f.getValue();
      Location at = firstRuleLine(f.getKey());
      List<RelatedLocation> related = new ArrayList<>();
      if (phonyAt != null) {
        related.add(ctx.related(phonyAt, "the .PHONY declaration it could join"));
      }
      related.addAll(ctx.includeChain(at.file()));
      int column = Columns.word(ctx.physicalLine(at), name);
      out.add(ctx.finding(this, message, at, column > 0 ? column : 1, related));
    }
    return out;
  }

  /** Why {@code t} is evidently not a file, as the finding's message; null when it may be one. */
  private static String evidence(LintContext ctx, Target t, Set<String> notFiles) {
    String name = t.name();
    List<Recipe> recipes = recipes(t);
    boolean dollarAt = recipes.stream().anyMatch(r -> r.lines().stream()
        .anyMatch(l -> DOLLAR_AT.matcher(l).find()));
    Path path = ctx.workDir().resolve(name);
    if (name.contains(".") || name.contains("/") || Files.exists(path)) {
      return null; // a file or directory of that name exists: target-shadowed-by-file's case
    }
    String risk = "if a file named '" + name + "' ever exists, make will consider the target up "
        + "to date and skip its recipe";
    if (CONVENTIONAL.contains(name)) {
      if (recipes.isEmpty()) {
        return builtByImplicitRule(ctx, name) ? null
            : "'" + name + "' is not a file (it only groups other targets) but is not declared "
                + ".PHONY: " + risk;
      }
      return dollarAt ? null
          : "'" + name + "' is not a file (its recipe never creates it) but is not declared "
              + ".PHONY: " + risk;
    }
    if (recipes.isEmpty() || dollarAt || !prerequisitesArePhony(ctx, t, notFiles)) {
      return null;
    }
    if (Pattern.compile("(?<![\\w.-])" + Pattern.quote(name) + "(?![\\w.-])")
        .matcher(recipeText(ctx, t)).find()) {
      return null; // the recipe may well write it
    }
    return "'" + name + "' is not a file (its recipe never names it) but is not declared "
        + ".PHONY: " + risk;
  }

  private static List<Recipe> recipes(Target t) {
    List<Recipe> out = new ArrayList<>();
    for (RuleEntry e : t.entries()) {
      if (e.recipe() != null && !e.recipe().lines().isEmpty()) {
        out.add(e.recipe());
      }
    }
    return out;
  }

  private static Location firstRuleLine(Target t) {
    for (RuleEntry e : t.entries()) {
      for (Location l : e.ruleLocations()) {
        if (l.file() != null) {
          return l;
        }
      }
    }
    return null;
  }

  private static boolean prerequisitesArePhony(LintContext ctx, Target t,
      Set<String> notFiles) {
    for (RuleEntry e : t.entries()) {
      for (Prerequisite p : e.prerequisites()) {
        if (!p.orderOnly() && !ctx.db().phony(p.name()) && !notFiles.contains(p.name())) {
          return false;
        }
      }
    }
    return true;
  }

  /** The node make would use for {@code name}: from the goals' graph, or walked from it. */
  private static Node node(LintContext ctx, String name) {
    Node n = ctx.graph() == null ? null : ctx.graph().node(name);
    if (n == null) {
      n = RuleGraph.build(ctx.db(), ctx.workDir(), List.of(name)).node(name);
    }
    return n;
  }

  private static boolean builtByImplicitRule(LintContext ctx, String name) {
    Node n = node(ctx, name);
    return n == null || n.rules().stream().anyMatch(r -> r.pattern() != null);
  }

  private static final Pattern REFERENCE = Pattern.compile("\\$[({]([A-Za-z0-9_.-]+)[)}:]");

  /**
   * The recipes of {@code t} with the values of the variables they use (and that those use)
   * appended, and every {@code $@} replaced by the name: enough to see whether the recipe names
   * its target, without expanding anything (expansion could run $(shell) or $(eval)).
   */
  private static String recipeText(LintContext ctx, Target t) {
    StringBuilder out = new StringBuilder();
    for (Recipe r : recipes(t)) {
      for (String l : r.lines()) {
        out.append(l).append('\n');
      }
    }
    Set<String> seen = new java.util.HashSet<>();
    for (int depth = 0, from = 0; depth < 8; depth++) {
      int end = out.length();
      var m = REFERENCE.matcher(out.substring(from, end));
      List<String> names = new ArrayList<>();
      while (m.find()) {
        if (seen.add(m.group(1))) {
          names.add(m.group(1));
        }
      }
      for (String n : names) {
        var v = t.variables() != null ? t.variables().lookup(n) : ctx.db().variable(n);
        if (v == null) {
          v = ctx.db().variable(n);
        }
        if (v != null) {
          out.append(v.value()).append('\n');
        }
      }
      if (out.length() == end) {
        break;
      }
      from = end;
    }
    return DOLLAR_AT.matcher(out).replaceAll(java.util.regex.Matcher.quoteReplacement(t.name()));
  }


  /** The first line that declares .PHONY in a makefile, or null. */
  private static Location phonyDeclaration(LintContext ctx) {
    Target phony = ctx.db().target(".PHONY");
    return phony == null ? null : firstRuleLine(phony);
  }
}
