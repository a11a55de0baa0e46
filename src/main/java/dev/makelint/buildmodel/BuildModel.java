package dev.makelint.buildmodel;

import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.Recipe;
import dev.makelint.evaluation.Variable;
import dev.makelint.evaluation.VariableSet;
import dev.makelint.rulegraph.Node;
import dev.makelint.rulegraph.RuleGraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The compiles, links and archives the recipes of the reached targets would run, read from their
 * expanded commands. It exists so that checks can ask "which objects reach this link, and what was
 * each compiled from" as facts, with the make rule behind every fact.
 */
public final class BuildModel {
  /** Where a fact comes from: the target, the rule used and the recipe line. */
  public record Origin(Node node, Node.Rule rule, Location recipeLine, String command) {
    /** The rule line that carries the recipe. */
    public Location ruleLocation() {
      return rule.recipeRuleLocation();
    }
  }

  /** One source compiled into one object. */
  public record CompileStep(String source, String object, Origin origin) {}

  /** A link: output and its inputs in command-line order (repeats kept). */
  public record LinkStep(String output, List<ToolCommand.LinkInput> inputs, Origin origin) {}

  /** An archive update: members in order (repeats kept). */
  public record ArchiveStep(String archive, List<String> members, Origin origin) {}

  private final List<CompileStep> compiles = new ArrayList<>();
  private final List<LinkStep> links = new ArrayList<>();
  private final List<ArchiveStep> archives = new ArrayList<>();
  private final Map<String, List<CompileStep>> byObject = new LinkedHashMap<>();
  private final Map<String, List<ArchiveStep>> byArchive = new LinkedHashMap<>();

  public List<CompileStep> compiles() {
    return Collections.unmodifiableList(compiles);
  }

  public List<LinkStep> links() {
    return Collections.unmodifiableList(links);
  }

  public List<ArchiveStep> archives() {
    return Collections.unmodifiableList(archives);
  }

  /** The compiles that write {@code object} (a normalised path). */
  public List<CompileStep> compilesOf(String object) {
    return byObject.getOrDefault(PathNames.normalize(object), List.of());
  }

  /** The archive updates that write {@code archive}. */
  public List<ArchiveStep> archiveSteps(String archive) {
    return byArchive.getOrDefault(PathNames.normalize(archive), List.of());
  }

  /** Normalises a file name the way command paths are normalised, for comparisons. */
  public static String normalize(String path) {
    return PathNames.normalize(path);
  }

  /**
   * Below this many commands the analysis runs on the calling thread only: handing work to other
   * threads costs more than it saves.
   */
  private static final int PARALLEL_THRESHOLD = 2_000;

  /**
   * Expands and reads every recipe of the reached targets. Expansion runs in graph order on this
   * thread (it can have effects, as {@code $(eval)} or {@code $(info)} in a recipe do); the
   * expanded commands, which are independent, are split and classified on all cores.
   */
  public static BuildModel build(MakeDatabase db, RuleGraph graph) {
    BuildModel m = new BuildModel();
    List<Origin> commands = new ArrayList<>();
    for (Node n : graph.nodes()) {
      for (Node.Rule r : n.rulesWithRecipe()) {
        expand(db, n, r, commands);
      }
    }
    List<List<ToolCommand>> tools = commands.size() < PARALLEL_THRESHOLD
        ? commands.stream().map(BuildModel::analyze).toList()
        : commands.parallelStream().map(BuildModel::analyze).toList();
    for (int i = 0; i < commands.size(); i++) {
      for (ToolCommand t : tools.get(i)) {
        m.record(t, commands.get(i));
      }
    }
    return m;
  }

  /** The tool commands of one expanded command; none when it cannot be read. */
  private static List<ToolCommand> analyze(Origin command) {
    try {
      return RecipeCommands.analyze(command.command(), ".");
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  /**
   * The variables a recipe of {@code rule} sees, automatic ones included. The automatic variables
   * ({@code $@ $< $^ $+ $? $| $* $%} and their {@code D} and {@code F} forms) are made when a
   * recipe line first refers to them.
   */
  public static VariableSet recipeScope(Node node, Node.Rule rule) {
    return new VariableSet(node.scope(), name -> automatic(node, rule, name));
  }

  /** The automatic variable {@code name} of a recipe of {@code rule}, or null for other names. */
  private static Variable automatic(Node node, Node.Rule rule, String name) {
    if (name.isEmpty() || name.length() > 2 || "@<^+?|*%".indexOf(name.charAt(0)) < 0
        || name.length() == 2 && name.charAt(1) != 'D' && name.charAt(1) != 'F') {
      return null;
    }
    List<String> words = automaticWords(node, rule, name.charAt(0));
    if (name.length() == 1) {
      return Variable.automatic(name, String.join(" ", words));
    }
    boolean dirs = name.charAt(1) == 'D';
    List<String> parts = new ArrayList<>(words.size());
    for (String w : words) {
      int slash = w.lastIndexOf('/');
      parts.add(dirs ? (slash < 0 ? "." : slash == 0 ? "/" : w.substring(0, slash))
          : w.substring(slash + 1));
    }
    return Variable.automatic(name, String.join(" ", parts));
  }

  private static List<String> automaticWords(Node node, Node.Rule rule, char which) {
    List<String> normal = new ArrayList<>();
    List<String> orderOnly = new ArrayList<>();
    for (Node.Edge e : rule.prerequisites()) {
      (e.orderOnly() ? orderOnly : normal).add(e.name());
    }
    return switch (which) {
      case '@' -> List.of(node.name());
      case '<' -> normal.isEmpty() ? List.of() : List.of(normal.get(0));
      case '^', '?' -> new ArrayList<>(new LinkedHashSet<>(normal));
      case '+' -> normal;
      case '|' -> new ArrayList<>(new LinkedHashSet<>(orderOnly));
      case '*' -> rule.stem() == null || rule.stem().isEmpty() ? List.of() : List.of(rule.stem());
      default -> List.of(); // '%': archive members are not modelled
    };
  }

  /** Expands the recipe of {@code rule} and adds one origin per non-empty shell command. */
  private static void expand(MakeDatabase db, Node node, Node.Rule rule, List<Origin> commands) {
    VariableSet scope = recipeScope(node, rule);
    Recipe recipe = rule.recipe();
    List<String> lines = recipe.lines();
    for (int i = 0; i < lines.size(); i++) {
      Location at = new Location(recipe.location().file(), recipe.location().line() + i);
      String expanded;
      try {
        expanded = db.expand(lines.get(i), scope, at);
      } catch (RuntimeException e) {
        continue;
      }
      for (String sub : expanded.split("\n")) {
        String cmd = stripPrefixes(sub);
        if (cmd.isEmpty()) {
          continue;
        }
        commands.add(new Origin(node, rule, at, cmd));
      }
    }
  }

  static String stripPrefixes(String line) {
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '@' || c == '-' || c == '+' || Character.isWhitespace(c)) {
        i++;
      } else {
        break;
      }
    }
    return line.substring(i).strip();
  }

  private void record(ToolCommand t, Origin origin) {
    if (t instanceof ToolCommand.Compile c) {
      List<String> outs = c.outputs();
      List<String> srcs = c.sourcePaths();
      if (c.output() != null) {
        for (String s : srcs) {
          addCompile(new CompileStep(s, c.output(), origin));
        }
      } else {
        for (int i = 0; i < srcs.size() && i < outs.size(); i++) {
          addCompile(new CompileStep(srcs.get(i), outs.get(i), origin));
        }
      }
    } else if (t instanceof ToolCommand.Link l) {
      links.add(new LinkStep(l.output(), l.inputs(), origin));
    } else if (t instanceof ToolCommand.Archive a) {
      ArchiveStep step = new ArchiveStep(a.archive(), a.members(), origin);
      archives.add(step);
      byArchive.computeIfAbsent(PathNames.normalize(a.archive()), k -> new ArrayList<>())
          .add(step);
    }
  }

  private void addCompile(CompileStep s) {
    compiles.add(s);
    byObject.computeIfAbsent(PathNames.normalize(s.object()), k -> new ArrayList<>()).add(s);
  }
}
