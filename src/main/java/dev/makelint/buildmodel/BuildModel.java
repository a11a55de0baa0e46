package dev.makelint.buildmodel;

import dev.makelint.evaluation.LimitExceeded;
import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.MakeError;
import dev.makelint.evaluation.Recipe;
import dev.makelint.evaluation.RecipeTemplate;
import dev.makelint.evaluation.Variable;
import dev.makelint.evaluation.VariableSet;
import dev.makelint.rulegraph.Node;
import dev.makelint.rulegraph.RuleGraph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;

/**
 * The compiles, links and archives the recipes of the reached targets would run, read from their
 * expanded commands. It exists so that checks can ask "which objects reach this link, and what was
 * each compiled from" as facts, with the make rule behind every fact.
 */
public final class BuildModel {
  /** Where a fact comes from: the target, the rule used and the recipe line. */
  public record Origin(Node node, Node.Rule rule, Location recipeLine) {
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

  /**
   * A recursive make ({@code $(MAKE) -C dir …}): what it builds is decided by another reading, so
   * it is recorded, not looked into.
   */
  public record SubMake(List<String> argv, String workingDir, Origin origin) {}

  /**
   * A recipe line whose expansion stops make ($(error …), a variable referencing itself): make
   * would stop there when it runs the recipe.
   */
  public record ExpansionError(Node node, Location recipeLine, MakeError error) {}

  private final List<CompileStep> compiles = new ArrayList<>();
  private final List<ExpansionError> expansionErrors = new ArrayList<>();
  private final List<LinkStep> links = new ArrayList<>();
  private final List<ArchiveStep> archives = new ArrayList<>();
  private final List<SubMake> subMakes = new ArrayList<>();
  private final Map<String, List<CompileStep>> byObject;
  private final Map<String, List<ArchiveStep>> byArchive = new LinkedHashMap<>();
  /**
   * By recipe line and variables: how many times it was expanded (an Integer), NO_TEMPLATE or a
   * RecipeTemplate. Only while the recipes are expanded; null after.
   */
  private Map<TemplateKey, Object> templates = new HashMap<>();
  /** Expansions of a line with the same variables before it is made a template. */
  private final int templateAfter;
  /** How many expansions were filled in from a template (tests see that templates were used). */
  private int filled;
  /** The state version {@link #templates} hold for (see fromTemplate). */
  private int templatesVersion;

  /**
   * @param reachedNodes the rule graph's size: every compiled object is one of its nodes, and the
   *     index by object is made that large at once (grown by doubling, its copies were 2% of the
   *     model's CPU samples at 2,000 modules)
   */
  private BuildModel(int reachedNodes, int templateAfter) {
    this.templateAfter = templateAfter;
    byObject = new LinkedHashMap<>((int) Math.min(1 << 30, reachedNodes * 4L / 3 + 1));
  }

  public List<CompileStep> compiles() {
    return Collections.unmodifiableList(compiles);
  }

  public List<LinkStep> links() {
    return Collections.unmodifiableList(links);
  }

  public List<ArchiveStep> archives() {
    return Collections.unmodifiableList(archives);
  }

  public List<SubMake> subMakes() {
    return Collections.unmodifiableList(subMakes);
  }

  /** The recipe lines of reached targets that make could not expand, in reaching order. */
  public List<ExpansionError> expansionErrors() {
    return Collections.unmodifiableList(expansionErrors);
  }

  /** How many recipe lines were filled in from a template rather than expanded. */
  int templatesFilled() {
    return filled;
  }

  /**
   * The compiles that write {@code object}, compared as normalised paths. The checks ask with
   * names they have normalised already, once per object of every link: the name itself is looked
   * up first, which answers as normalising would (the index's keys are normalised, and
   * normalising one gives it back) without reading it for "." and ".." segments.
   */
  public List<CompileStep> compilesOf(String object) {
    List<CompileStep> steps = byObject.get(object);
    if (steps != null) {
      return steps;
    }
    String normal = PathNames.normalize(object);
    return normal == object ? List.of() : byObject.getOrDefault(normal, List.of());
  }

  /** The archive updates that write {@code archive}. */
  public List<ArchiveStep> archiveSteps(String archive) {
    return byArchive.getOrDefault(PathNames.normalize(archive), List.of());
  }

  /** Normalises a file name the way command paths are normalised, for comparisons. */
  public static String normalize(String path) {
    return PathNames.normalize(path);
  }

  /** One expanded shell command of a recipe line, waiting to be read. */
  private record Command(Origin origin, String text) {}

  /**
   * A fact read from a command (a CompileStep, LinkStep, ArchiveStep or SubMake), and the
   * normalised name it is indexed by (a compile's object, an archive), else null. Facts are made
   * on the thread that reads the batch; the expanding thread only files them (at 2,000 modules,
   * making them there had taken 0.4 s of its 2 s).
   */
  private record Fact(Object step, String key) {}

  /**
   * Commands are read in batches of this many. A full batch is read on another thread while
   * expansion goes on; a tree with fewer commands is read on the calling thread only, where
   * handing work over would cost more than it saves.
   */
  private static final int BATCH = 1_000;

  /**
   * At most this many batches wait for other threads; with more, this thread reads the batch it
   * just filled itself, and goes on. Expansion is faster than reading, and without a bound the
   * expanded texts piled up (195,000 of them waiting at 2,000 modules), lived through young
   * collections and were copied into the old generation.
   */
  private static final int BATCHES_AHEAD = 2;

  /**
   * Expands and reads every recipe of the reached targets. Expansion runs in graph order on this
   * thread (it can have effects, as {@code $(eval)} or {@code $(info)} in a recipe do); the
   * expanded commands, which are independent, are split and classified in batches on another
   * thread meanwhile (on this one too when {@link #BATCHES_AHEAD} batches already wait), and
   * their facts recorded in the same order. Measured at 2,000 modules: expansion and reading
   * overlap, and the command texts die young instead of all being kept until the end.
   */
  public static BuildModel build(MakeDatabase db, RuleGraph graph) {
    return build(db, graph, BATCH, 1);
  }

  /** As {@link #build(MakeDatabase, RuleGraph)}, in batches of {@code batch} (tests vary it). */
  static BuildModel build(MakeDatabase db, RuleGraph graph, int batch) {
    return build(db, graph, batch, 1);
  }

  /**
   * As {@link #build(MakeDatabase, RuleGraph, int)}; a recipe line is made a template after
   * {@code templateAfter} expansions with the same variables (tests try 0, at once, and
   * Integer.MAX_VALUE, never).
   */
  static BuildModel build(MakeDatabase db, RuleGraph graph, int batch, int templateAfter) {
    BuildModel m = new BuildModel(graph.nodes().size(), templateAfter);
    boolean oneShell = db.target(".ONESHELL") != null && db.target(".ONESHELL").isTarget();
    String make = db.variable("MAKE") == null ? "make"
        : db.expand("$(MAKE)", db.globals(), Location.NONE).strip();
    Settings settings = new Settings(db, oneShell, suffixes(db), make);
    Deque<Batch> batches = new ArrayDeque<>(); // in the order their facts are filed
    List<Command> commands = new ArrayList<>();
    for (Node n : graph.nodes()) {
      // Indexed, and no list of the rules with a recipe: the C1 compiler, which makelint runs
      // with, allocates every iterator and list (here and in read, 300,000 nodes and 200,000
      // commands at 2,000 modules).
      List<Node.Rule> rules = n.rules();
      for (int k = 0; k < rules.size(); k++) {
        Node.Rule r = rules.get(k);
        if (!r.hasRecipe()) {
          continue;
        }
        m.expand(settings, n, r, commands);
        if (commands.size() >= batch) {
          List<Command> full = commands;
          commands = new ArrayList<>();
          if (handedOver(batches) < BATCHES_AHEAD) {
            // A task of the common pool: CompletableFuture.supplyAsync would start a thread per
            // batch when the pool's parallelism is 1 (2 cores; 200 threads at 500 modules).
            batches.add(new Batch(ForkJoinPool.commonPool().submit(() -> read(full, make))));
          } else {
            // Read here, and go on expanding: its facts wait for the batches before it. (This
            // thread had waited for those too, and at 2,000 modules spent 29% of the model's
            // wall time waiting; async-profiler, wall clock.)
            batches.add(new Batch(read(full, make)));
          }
          while (!batches.isEmpty() && batches.peekFirst().isDone()) {
            m.file(batches.removeFirst().join());
          }
        }
      }
    }
    m.templates = null; // a model lives to the end of the run; its templates need not
    List<Fact> last = read(commands, make);
    while (!batches.isEmpty()) {
      m.file(batches.removeFirst().join());
    }
    m.file(last);
    return m;
  }

  /** A batch's facts, read on another thread (task) or already on this one (facts). */
  private static final class Batch {
    private final ForkJoinTask<List<Fact>> task;
    private final List<Fact> facts;

    Batch(ForkJoinTask<List<Fact>> task) {
      this.task = task;
      this.facts = null;
    }

    Batch(List<Fact> facts) {
      this.task = null;
      this.facts = facts;
    }

    boolean isDone() {
      return task == null || task.isDone();
    }

    /** Its facts; for a handed-over batch, once another thread has read it (or this one). */
    List<Fact> join() {
      return task == null ? facts : task.join();
    }
  }

  /** How many of {@code batches} were handed to another thread and are not read yet. */
  private static int handedOver(Deque<Batch> batches) {
    int n = 0;
    for (Batch b : batches) {
      if (!b.isDone()) {
        n++;
      }
    }
    return n;
  }

  /** The facts of {@code commands}, in order. */
  private static List<Fact> read(List<Command> commands, String makeProgram) {
    List<Fact> out = new ArrayList<>(commands.size());
    for (Command c : commands) {
      List<RecipeCommands.Analyzed> analyzed = analyze(c.text());
      for (int k = 0; k < analyzed.size(); k++) { // indexed: see build
        RecipeCommands.Analyzed a = analyzed.get(k);
        if (isMake(a.command().argv(), makeProgram)) {
          out.add(new Fact(new SubMake(a.command().argv(), a.command().workingDir(), c.origin()),
              null));
        } else {
          facts(a.tool(), c.origin(), out);
        }
      }
    }
    return out;
  }

  /** Files {@code facts} in the model, in order. */
  private void file(List<Fact> facts) {
    for (Fact f : facts) {
      if (f.step() instanceof CompileStep s) {
        compiles.add(s);
        index(byObject, f.key(), s);
      } else if (f.step() instanceof LinkStep l) {
        links.add(l);
      } else if (f.step() instanceof ArchiveStep a) {
        archives.add(a);
        index(byArchive, f.key(), a);
      } else if (f.step() instanceof SubMake s) {
        subMakes.add(s);
      }
    }
  }

  /**
   * Adds {@code step} to the steps of {@code key}. Nearly every key has one step, kept as a list
   * of one (an ArrayList with its ten-slot array per object was 16 MB at 2,000 modules); a
   * second step makes it an ArrayList.
   */
  private static <T> void index(Map<String, List<T>> map, String key, T step) {
    List<T> steps = map.get(key);
    if (steps == null) {
      map.put(key, List.of(step));
    } else if (steps instanceof ArrayList<T> more) {
      more.add(step);
    } else {
      List<T> two = new ArrayList<>(steps);
      two.add(step);
      map.put(key, two);
    }
  }

  /** What every recipe is read with: .ONESHELL, the suffixes for $*, the program $(MAKE) names. */
  private record Settings(MakeDatabase db, boolean oneShell, List<String> suffixes,
      String makeProgram) {}

  /** The suffixes make recognises (the prerequisites of .SUFFIXES), longest first. */
  private static List<String> suffixes(MakeDatabase db) {
    List<String> out = new ArrayList<>();
    var t = db.target(".SUFFIXES");
    if (t != null) {
      for (var e : t.entries()) {
        for (var p : e.prerequisites()) {
          out.add(p.name());
        }
      }
    }
    out.sort(LONGEST_FIRST);
    return out;
  }

  /** A class, not a lambda: code on the start-up path uses none (see README, Start-up). */
  private static final Comparator<String> LONGEST_FIRST = new Comparator<>() {
    @Override
    public int compare(String a, String b) {
      return b.length() - a.length();
    }
  };

  /** The commands of one expanded command line; none when it cannot be read. */
  private static List<RecipeCommands.Analyzed> analyze(String command) {
    try {
      return RecipeCommands.analyzeDetailed(command, ".", Map.of());
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  /** The variables a recipe of {@code rule} sees, automatic ones included. */
  public static VariableSet recipeScope(Node node, Node.Rule rule) {
    return recipeScope(node, rule, List.of());
  }

  /**
   * As {@link #recipeScope(Node, Node.Rule)}; for an explicit rule {@code $*} is the target name
   * without the first of {@code suffixes} it ends with, as make sets it. The automatic variables
   * ({@code $@ $< $^ $+ $? $| $* $%} and, but for {@code $|}, their {@code D} and {@code F}
   * forms) are made when a recipe line first refers to them.
   */
  public static VariableSet recipeScope(Node node, Node.Rule rule, List<String> suffixes) {
    return new VariableSet(node.scope(), new AutomaticVariables(node, rule, suffixes));
  }

  /** Makes a recipe's automatic variables on demand (a class, not a lambda: start-up). */
  private static final class AutomaticVariables implements Function<String, Variable> {
    private final Node node;
    private final Node.Rule rule;
    private final List<String> suffixes;

    AutomaticVariables(Node node, Node.Rule rule, List<String> suffixes) {
      this.node = node;
      this.rule = rule;
      this.suffixes = suffixes;
    }

    @Override
    public Variable apply(String name) {
      return automatic(node, rule, suffixes, name);
    }
  }

  /** The automatic variable {@code name} of a recipe of {@code rule}, or null for other names. */
  private static Variable automatic(Node node, Node.Rule rule, List<String> suffixes,
      String name) {
    String value = automaticValue(node, rule, suffixes, name);
    return value == null ? null : Variable.automatic(name, value);
  }

  /** The value of the automatic variable {@code name}, or null for other names. */
  private static String automaticValue(Node node, Node.Rule rule, List<String> suffixes,
      String name) {
    if (!Variable.isAutomaticName(name)) {
      return null;
    }
    char which = name.charAt(0);
    // $@, $< and $* are one word or none: no list to build or join (every compile command of a
    // large tree asks for two or three of them).
    String single = switch (which) {
      case '@' -> node.name();
      case '<' -> firstNormalPrerequisite(rule);
      case '*' -> stem(node, rule, suffixes);
      default -> null;
    };
    if (single != null) {
      return name.length() == 1 || single.isEmpty() ? single
          : name.charAt(1) == 'D' ? directoryPart(single) : filePart(single);
    }
    List<String> words = automaticWords(rule, which);
    if (name.length() == 1) {
      return String.join(" ", words);
    }
    boolean dirs = name.charAt(1) == 'D';
    List<String> parts = new ArrayList<>(words.size());
    for (String w : words) {
      parts.add(dirs ? directoryPart(w) : filePart(w));
    }
    return String.join(" ", parts);
  }

  private static String directoryPart(String word) {
    int slash = word.lastIndexOf('/');
    return slash < 0 ? "." : slash == 0 ? "/" : word.substring(0, slash);
  }

  private static String filePart(String word) {
    return word.substring(word.lastIndexOf('/') + 1);
  }

  private static String firstNormalPrerequisite(Node.Rule rule) {
    List<Node.Edge> prerequisites = rule.prerequisites();
    for (int i = 0; i < prerequisites.size(); i++) { // indexed: see build
      if (!prerequisites.get(i).orderOnly()) {
        return prerequisites.get(i).name();
      }
    }
    return "";
  }

  private static String stem(Node node, Node.Rule rule, List<String> suffixes) {
    String stem = rule.stem();
    if (rule.pattern() == null && (stem == null || stem.isEmpty())) {
      stem = explicitStem(node.name(), suffixes);
    }
    return stem == null ? "" : stem;
  }

  /** The words of $^ $+ $? $| and (archive members are not modelled) $%. */
  private static List<String> automaticWords(Node.Rule rule, char which) {
    List<String> normal = new ArrayList<>();
    List<String> orderOnly = new ArrayList<>();
    for (Node.Edge e : rule.prerequisites()) {
      (e.orderOnly() ? orderOnly : normal).add(e.name());
    }
    return switch (which) {
      case '^', '?' -> new ArrayList<>(new LinkedHashSet<>(normal));
      case '+' -> normal;
      case '|' -> new ArrayList<>(new LinkedHashSet<>(orderOnly));
      default -> List.of(); // '%'
    };
  }

  private static String explicitStem(String target, List<String> suffixes) {
    for (String suffix : suffixes) {
      if (target.length() > suffix.length() && target.endsWith(suffix)) {
        return target.substring(0, target.length() - suffix.length());
      }
    }
    return "";
  }

  /** Expands the recipe of {@code rule} and adds one origin per non-empty shell command. */
  private void expand(Settings settings, Node node, Node.Rule rule, List<Command> commands) {
    MakeDatabase db = settings.db();
    VariableSet scope = null; // made when a line is expanded rather than filled in
    Recipe recipe = rule.recipe();
    List<String> lines = recipe.lines();
    StringBuilder script = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      Location at = recipe.lineLocation(i);
      String expanded;
      try {
        expanded = fromTemplate(db, node, rule, settings.suffixes(), i, at);
        if (expanded == null) {
          if (scope == null) {
            scope = recipeScope(node, rule, settings.suffixes());
          }
          expanded = db.expand(lines.get(i), scope, at);
        }
      } catch (LimitExceeded e) {
        throw e; // a resource limit stops the run; it is reported, not skipped
      } catch (MakeError e) {
        expansionErrors.add(new ExpansionError(node, at, e));
        continue;
      } catch (RuntimeException e) {
        continue;
      }
      // One command per line of the expansion; most expansions are one line, read without
      // splitting (String.split was 4% of the expanding thread's CPU samples at 2,000 modules).
      for (int start = 0, end; start < expanded.length(); start = end + 1) {
        end = expanded.indexOf('\n', start);
        if (end < 0) {
          end = expanded.length();
        }
        String cmd = stripPrefixes(start == 0 && end == expanded.length() ? expanded
            : expanded.substring(start, end));
        if (cmd.isEmpty()) {
          continue;
        }
        if (settings.oneShell()) {
          // .ONESHELL: one shell runs every line, so a "cd" carries over to the lines after it
          script.append(cmd).append('\n');
        } else {
          commands.add(new Command(new Origin(node, rule, at), cmd));
        }
      }
    }
    if (settings.oneShell() && script.length() > 0) {
      String cmd = script.toString().strip();
      commands.add(new Command(new Origin(node, rule, recipe.lineLocation(0)), cmd));
    }
  }

  /**
   * Line {@code line} of the recipe of {@code rule} expanded for {@code node} from a {@link
   * RecipeTemplate}, or null when it is to be expanded: the second time a line is expanded with
   * the same variables (for the next object of a module, typically; see templateAfter), it is
   * made a template if it can be, and the template is filled from then on. At 2,000 modules
   * expansions had been a quarter of the model's CPU samples, on the one thread that expands.
   */
  private String fromTemplate(MakeDatabase db, Node node, Node.Rule rule, List<String> suffixes,
      int line, Location at) {
    Recipe recipe = rule.recipe();
    String text = recipe.lines().get(line);
    if (text.indexOf('$') < 0) {
      return null;
    }
    if (db.stateVersion() != templatesVersion) {
      templates.clear(); // an $(eval), $(file) or $(shell) in a recipe may have changed them
      templatesVersion = db.stateVersion();
    }
    TemplateKey key = new TemplateKey(recipe, line, node.scope());
    Object known = templates.get(key);
    int expanded = known == null ? 0 : known instanceof Integer n ? n : -1;
    if (expanded >= templateAfter) {
      known = db.recipeTemplate(text, node.scope(), at);
      templates.put(key, known != null ? known : NO_TEMPLATE);
    } else if (expanded >= 0) {
      templates.put(key, expanded + 1);
    }
    if (!(known instanceof RecipeTemplate t)) {
      return null;
    }
    filled++;
    String[] values = new String[t.holeCount()];
    for (int i = 0; i < values.length; i++) {
      values[i] = automaticValue(node, rule, suffixes, t.hole(i));
    }
    return db.fill(t, values, at);
  }

  /** A recipe line and the variables its targets see, both compared by identity. */
  private static final class TemplateKey {
    private final Recipe recipe;
    private final int line;
    private final VariableSet variables;
    private final int hash;

    TemplateKey(Recipe recipe, int line, VariableSet variables) {
      this.recipe = recipe;
      this.line = line;
      this.variables = variables;
      this.hash = (System.identityHashCode(recipe) * 31 + line) * 31
          + System.identityHashCode(variables);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof TemplateKey k && k.recipe == recipe && k.line == line
          && k.variables == variables;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** In {@link #templates}: the line cannot be a template with these variables. */
  private static final Object NO_TEMPLATE = new Object();

  /** True for a recursive make: the program is $(MAKE)'s value or is named make/gmake. */
  private static boolean isMake(List<String> argv, String makeProgram) {
    if (argv.isEmpty()) {
      return false;
    }
    String program = argv.get(0);
    if (program.equals(makeProgram)) {
      return true;
    }
    String base = program.substring(program.lastIndexOf('/') + 1);
    return base.equals("make") || base.equals("gmake");
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

  /** The facts of one classified command, added to {@code out}. */
  private static void facts(ToolCommand t, Origin origin, List<Fact> out) {
    if (t instanceof ToolCommand.Compile c) {
      List<String> outs = c.outputs();
      List<String> srcs = c.sourcePaths();
      if (c.output() != null) {
        String object = shared(c.output(), origin);
        for (String s : srcs) {
          compile(new CompileStep(shared(s, origin), object, origin), out);
        }
      } else {
        for (int i = 0; i < srcs.size() && i < outs.size(); i++) {
          compile(new CompileStep(shared(srcs.get(i), origin), shared(outs.get(i), origin),
              origin), out);
        }
      }
    } else if (t instanceof ToolCommand.Link l) {
      out.add(new Fact(new LinkStep(l.output(), sharedInputs(l.inputs(), origin), origin), null));
    } else if (t instanceof ToolCommand.Archive a) {
      out.add(new Fact(new ArchiveStep(a.archive(), a.members(), origin),
          PathNames.normalize(a.archive())));
    }
  }

  /**
   * {@code inputs}, with each object file named as the recipe's rule names it (its prerequisites,
   * in the order $^ gives them) made of the rule graph's string, not a copy cut out of the
   * command: a link step lives to the end, and at 2,000 modules its object names were 200,000
   * strings of their own (21 MB).
   */
  private static List<ToolCommand.LinkInput> sharedInputs(List<ToolCommand.LinkInput> inputs,
      Origin origin) {
    List<Node.Edge> edges = origin.rule().prerequisites();
    List<ToolCommand.LinkInput> out = null;
    int next = 0;
    for (int i = 0; i < inputs.size(); i++) {
      if (inputs.get(i) instanceof ToolCommand.ObjectFile o) {
        // the prerequisite of that name among the next few (repeats, which $^ leaves out, and
        // order-only ones in between); a command that names its objects otherwise keeps its own
        for (int j = next; j < edges.size() && j < next + LOOK_AHEAD; j++) {
          String name = edges.get(j).name();
          if (name.equals(o.path())) {
            if (name != o.path()) {
              if (out == null) {
                out = new ArrayList<>(inputs);
              }
              out.set(i, new ToolCommand.ObjectFile(name));
            }
            next = j + 1;
            break;
          }
        }
      }
    }
    return out == null ? inputs : List.copyOf(out);
  }

  /** How many prerequisites past the last one matched sharedInputs compares an object with. */
  private static final int LOOK_AHEAD = 4;

  private static void compile(CompileStep s, List<Fact> out) {
    out.add(new Fact(s, PathNames.normalize(s.object())));
  }

  /**
   * {@code name}, or the equal name of the recipe's target or first prerequisite: a compile step
   * then keeps the rule graph's string, not a copy cut out of the command (two per compile, which
   * all live to the end: 400,000 at 2,000 modules).
   */
  private static String shared(String name, Origin origin) {
    String target = origin.node().name();
    if (name.equals(target)) {
      return target;
    }
    String first = firstNormalPrerequisite(origin.rule());
    return name.equals(first) ? first : name;
  }
}
