package dev.makelint.checks;

import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.Recipe;
import dev.makelint.evaluation.RuleEntry;
import dev.makelint.evaluation.Target;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A target meant as a command ({@code test}, {@code clean}, {@code docs}, a sub-directory built by
 * {@code $(MAKE) -C}) that is not declared {@code .PHONY} while a file or directory of that name
 * exists: make compares its time stamp and says "'test' is up to date" instead of running the
 * recipe.
 */
public final class TargetShadowedByFile implements Check {
  public static final String ID = "target-shadowed-by-file";
  /** Names that conventionally run commands rather than build a file of that name. */
  static final List<String> CONVENTIONAL = List.of(
      "all", "check", "test", "tests", "clean", "distclean", "mostlyclean", "maintainer-clean",
      "realclean", "install", "uninstall", "build", "docs", "doc", "dist", "lint", "format",
      "fmt", "help", "run", "deploy", "release", "bench", "benchmark", "benchmarks", "coverage",
      "examples");

  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.WARNING, CheckGroup.HYGIENE,
      "a command-like target is not .PHONY and a file or directory of its name exists")
      .withOptions(new CheckOption("commands", CONVENTIONAL,
          "target names that always run commands rather than build a file of that name"));

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    @SuppressWarnings("unchecked")
    Set<String> commands = Set.copyOf((List<String>) ctx.option(INFO, "commands"));
    // one finding per rule line: $(SUBDIRS): names several directories at once
    Map<Location, List<String>> namesAt = new LinkedHashMap<>();
    Map<Location, Boolean> allDirectories = new LinkedHashMap<>();
    for (Target t : ctx.db().targets()) {
      String name = t.name();
      if (!t.isTarget() || name.startsWith(".") || name.indexOf('%') >= 0
          || ctx.db().phony(name)) {
        continue;
      }
      Path path;
      try {
        path = ctx.workDir().resolve(name);
      } catch (InvalidPathException e) {
        continue;
      }
      if (!Files.exists(path)) {
        continue;
      }
      boolean directory = Files.isDirectory(path);
      for (RuleEntry e : t.entries()) {
        Recipe r = e.recipe();
        if (r == null || r.lines().isEmpty()
            // a double-colon rule without prerequisites runs every time
            || t.doubleColon() && e.prerequisites().isEmpty()) {
          continue;
        }
        String text = String.join("\n", r.lines());
        boolean entersIt = directory && entersDirectory(text, name);
        if (!commands.contains(name) && !entersIt || writesTarget(text, name)) {
          continue;
        }
        Location at = OverridingRecipe.ruleLine(ctx, name, r.location());
        namesAt.computeIfAbsent(at, k -> new ArrayList<>()).add(name);
        allDirectories.merge(at, directory, Boolean::logicalAnd);
        break;
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<Location, List<String>> n : namesAt.entrySet()) {
      List<String> names = n.getValue();
      Location at = n.getKey();
      String kind = allDirectories.get(at) ? "directory" : "file";
      String message = names.size() == 1
          ? "'" + names.get(0) + "' is not declared .PHONY and a " + kind + " named '"
              + names.get(0) + "' exists: 'make " + names.get(0) + "' will find it up to date"
              + " and not run the recipe; add it to .PHONY"
          : "'" + String.join("', '", names) + "' are not declared .PHONY and "
              + (kind.equals("file") ? "files" : "directories") + " of those names exist: make will find"
              + " them up to date and not run the recipe; add them to .PHONY";
      out.add(ctx.finding(this, message, at, ctx.column(at, names.get(0)), ctx.includeChain(at.file())));
    }
    return out;
  }

  /** The recipe builds inside the directory: {@code $(MAKE) -C NAME}, {@code cd NAME}. */
  private static boolean entersDirectory(String recipe, String name) {
    String n = "(?:" + Pattern.quote(name) + "|\\$@|\\$\\(@\\)|\\$\\{@\\})";
    return Pattern.compile("(?:-C\\s*|--directory=|\\bcd\\s+)['\"]?" + n + "(?=$|[\\s;&|)/'\"])")
        .matcher(recipe).find();
  }

  /**
   * The recipe writes the target itself: the name (or {@code $@}) after {@code -o}, a
   * redirection, {@code touch} or {@code mkdir}, or as the last word of {@code cp}, {@code mv},
   * {@code ln} or {@code install}.
   */
  static boolean writesTarget(String recipe, String name) {
    String n = "(?:" + Pattern.quote(name) + "|\\$@|\\$\\(@\\)|\\$\\{@\\})";
    String end = "(?=$|[\\s;&|)/'\"])";
    if (Pattern.compile("(?:(?<![\\w-])-o\\s*|>>?\\s*)['\"]?" + n + end).matcher(recipe).find()) {
      return true;
    }
    if (Pattern.compile("\\b(?:touch|mkdir)\\b(?:[ \\t]+[^\\s;&|]+)*?[ \\t]+['\"]?" + n + end)
        .matcher(recipe).find()) {
      return true;
    }
    return Pattern.compile("\\b(?:cp|mv|ln|install|rsync)\\b[^;&|\\n]*\\s['\"]?" + n
        + "['\"]?/?\\s*(?:$|[;&|\\n])", Pattern.MULTILINE).matcher(recipe).find();
  }
}
