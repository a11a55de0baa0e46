package dev.makelint.rulegraph;

import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.PatternRule;
import dev.makelint.evaluation.Prerequisite;
import dev.makelint.evaluation.RuleEntry;
import dev.makelint.evaluation.Target;
import dev.makelint.evaluation.Variable;
import dev.makelint.evaluation.VariableSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What make would consider to update the goals: every file reached from them through explicit
 * rules, implicit rule search and double-colon entries, with the rule used for each. It exists so
 * that the build model can expand exactly the recipes make would run, in their context, without
 * running anything. Cycles are recorded and broken, as make does.
 */
public final class RuleGraph {
  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final List<Missing> missing = new ArrayList<>();
  private final List<Cycle> cycles = new ArrayList<>();
  private final List<String> goals;

  private RuleGraph(List<String> goals) {
    this.goals = List.copyOf(goals);
  }

  /** The goals walked from. */
  public List<String> goals() {
    return goals;
  }

  /** Every reached file, in the order make first reaches it (depth first). */
  public Collection<Node> nodes() {
    return Collections.unmodifiableCollection(nodes.values());
  }

  /** The node for {@code name}, or null when it was not reached. */
  public Node node(String name) {
    return nodes.get(name);
  }

  /** Prerequisites that are neither files nor makeable. */
  public List<Missing> missing() {
    return Collections.unmodifiableList(missing);
  }

  /** Dependency cycles found (each dropped edge once). */
  public List<Cycle> cycles() {
    return Collections.unmodifiableList(cycles);
  }

  /**
   * Walks from {@code goals} (the default goal when empty) as make would.
   *
   * @param workDir the directory make runs in, where existing files are looked up
   */
  public static RuleGraph build(MakeDatabase db, Path workDir, List<String> goals) {
    List<String> g = new ArrayList<>(goals);
    if (g.isEmpty() && db.defaultGoal() != null) {
      g.add(db.defaultGoal());
    }
    RuleGraph graph = new RuleGraph(g);
    new Walker(db, workDir, graph).walk();
    return graph;
  }

  /** A successful implicit rule match. */
  record Match(PatternRule rule, String stem, List<String> prerequisites) {}

  private static final class Walker {
    private final MakeDatabase db;
    private final Path workDir;
    private final RuleGraph graph;
    private final Set<String> mentioned = new HashSet<>();
    private final List<PatternRule> patternRules = new ArrayList<>();
    /**
     * Every target pattern of every pattern rule, in search order (ruleOf and targetOf give the
     * rule and pattern of each number). The "%" patterns match every name: they are kept apart
     * from the index, which holds the others (specificRule maps its numbers back), and merged in
     * by number, leaving out the non-terminal ones where make would not try them.
     */
    private final PatternIndex implicitTargets = new PatternIndex(true);
    private final int[] specificRule;
    private final int[] matchAnythingRules;
    private final int[] terminalMatchAnythingRules;
    private final PatternRule[] ruleOf;
    private final String[] targetOf;
    /** Per target pattern: its rule has a recipe (a rule without one is never used). */
    private final boolean[] withRecipe;
    /** The patterns of the pattern-specific variable sets, in definition order. */
    private final PatternIndex variablePatterns = new PatternIndex(false);
    private final List<VariableSet> variableSets = new ArrayList<>();
    private final Set<String> phony = new HashSet<>();
    private final Map<String, Match> searchCache = new HashMap<>();
    /** A scope (compared by identity) and the pattern-variable sets layered on it, in order. */
    private record ScopeKey(VariableSet inherited, List<Integer> patternSets) {}

    private final Map<ScopeKey, VariableSet> sharedScopes = new HashMap<>();
    private final Set<String> searchFailed = new HashSet<>();
    private final FileExistence files;
    private final Map<String, Boolean> vpathCache = new HashMap<>();
    private final LinkedHashSet<String> stack = new LinkedHashSet<>();
    private final List<String> vpathDirs = new ArrayList<>();
    private final boolean hasDefault;

    Walker(MakeDatabase db, Path workDir, RuleGraph graph) {
      this.db = db;
      this.workDir = workDir;
      this.graph = graph;
      this.files = new FileExistence(workDir);
      for (Target t : db.targets()) {
        if (t.isTarget()) {
          mentioned.add(t.name());
        }
        for (RuleEntry e : t.entries()) {
          for (Prerequisite p : e.prerequisites()) {
            mentioned.add(p.name());
          }
        }
      }
      for (PatternRule r : db.patternRules()) {
        if (!r.builtin()) {
          patternRules.add(r);
        }
      }
      for (PatternRule r : db.patternRules()) {
        if (r.builtin()) {
          patternRules.add(r);
        }
      }
      List<PatternRule> rules = new ArrayList<>();
      List<String> targets = new ArrayList<>();
      for (PatternRule r : patternRules) {
        for (String tp : r.targets()) {
          rules.add(r);
          targets.add(tp);
        }
      }
      ruleOf = rules.toArray(new PatternRule[0]);
      targetOf = targets.toArray(new String[0]);
      withRecipe = new boolean[ruleOf.length];
      List<Integer> specific = new ArrayList<>();
      List<Integer> anything = new ArrayList<>();
      List<Integer> terminalAnything = new ArrayList<>();
      for (int i = 0; i < ruleOf.length; i++) {
        withRecipe[i] = ruleOf[i].recipe() != null && !ruleOf[i].recipe().lines().isEmpty();
        if (!targetOf[i].equals("%")) {
          implicitTargets.add(targetOf[i]);
          specific.add(i);
        } else {
          anything.add(i);
          if (ruleOf[i].terminal()) {
            terminalAnything.add(i);
          }
        }
      }
      specificRule = specific.stream().mapToInt(Integer::intValue).toArray();
      matchAnythingRules = anything.stream().mapToInt(Integer::intValue).toArray();
      terminalMatchAnythingRules =
          terminalAnything.stream().mapToInt(Integer::intValue).toArray();
      for (Map.Entry<String, VariableSet> pv : db.patternVariableSets().entrySet()) {
        variablePatterns.add(pv.getKey());
        variableSets.add(pv.getValue());
      }
      Target phonyTarget = db.target(".PHONY");
      if (phonyTarget != null) {
        for (RuleEntry e : phonyTarget.entries()) {
          for (Prerequisite p : e.prerequisites()) {
            phony.add(p.name());
          }
        }
      }
      Variable vp = db.variable("VPATH");
      if (vp != null) {
        String v = db.expand("$(VPATH)", db.globals(), Location.NONE);
        for (String d : v.split("[:\\s]+")) {
          if (!d.isBlank()) {
            vpathDirs.add(d);
          }
        }
      }
      Target def = db.target(".DEFAULT");
      hasDefault = def != null && def.entries().stream()
          .anyMatch(e -> e.recipe() != null && !e.recipe().lines().isEmpty());
    }

    void walk() {
      for (String goal : graph.goals) {
        visit(goal, db.globals(), null, Location.NONE);
      }
    }

    private void visit(String name, VariableSet inherited, String parent, Location at) {
      if (stack.contains(name)) {
        List<String> path = new ArrayList<>();
        boolean in = false;
        for (String s : stack) {
          in |= s.equals(name);
          if (in) {
            path.add(s);
          }
        }
        path.add(name);
        graph.cycles.add(new Cycle(path, at));
        return;
      }
      if (graph.nodes.containsKey(name)) {
        return;
      }
      Target t = db.target(name);
      boolean phony = this.phony.contains(name);
      List<Node.Rule> rules = new ArrayList<>();
      if (t != null && t.isTarget()) {
        if (t.doubleColon()) {
          for (RuleEntry e : t.entries()) {
            rules.add(explicit(e));
          }
        } else if (!t.entries().isEmpty()) {
          RuleEntry e = t.entries().get(0);
          boolean hasRecipe = e.recipe() != null && !e.recipe().lines().isEmpty();
          Match m = hasRecipe || phony ? null : search(name);
          if (m == null) {
            rules.add(explicit(e));
          } else {
            List<Node.Edge> edges = new ArrayList<>();
            Location ruleAt = m.rule().location() == null ? Location.NONE : m.rule().location();
            for (String p : m.prerequisites()) {
              edges.add(new Node.Edge(p, false, ruleAt));
            }
            edges.addAll(edges(e));
            rules.add(new Node.Rule(edges, m.rule().recipe(), m.stem(), m.rule(),
                e.ruleLocations()));
          }
        }
      } else {
        Match m = phony ? null : search(name);
        if (m != null) {
          List<Node.Edge> edges = new ArrayList<>();
          Location ruleAt = m.rule().location() == null ? Location.NONE : m.rule().location();
          for (String p : m.prerequisites()) {
            edges.add(new Node.Edge(p, false, ruleAt));
          }
          rules.add(new Node.Rule(edges, m.rule().recipe(), m.stem(), m.rule(), List.of()));
        } else if (!exists(name) && !hasDefault && (t == null || !t.isTarget())) {
          graph.missing.add(new Missing(name, parent, at));
        }
      }
      VariableSet scope = scope(name, t, inherited);
      graph.nodes.put(name, new Node(name, rules, scope, parent));
      stack.add(name);
      for (Node.Rule r : rules) {
        for (Node.Edge edge : r.prerequisites()) {
          visit(edge.name(), scope, name, edge.location());
        }
      }
      stack.remove(name);
    }

    private Node.Rule explicit(RuleEntry e) {
      return new Node.Rule(edges(e), e.recipe(), e.stem() == null ? "" : e.stem(), null,
          e.ruleLocations());
    }

    private static List<Node.Edge> edges(RuleEntry e) {
      List<Node.Edge> out = new ArrayList<>();
      for (Prerequisite p : e.prerequisites()) {
        out.add(new Node.Edge(p.name(), p.orderOnly(), p.location()));
      }
      return out;
    }

    /**
     * Inherited variables, then matching pattern-specific ones, then the target's own. The layers
     * of pattern-specific variables are shared by every node that inherits the same scope and
     * matches the same patterns (the objects of one module, typically): a node never changes its
     * scope, and a copy per node cost a fifth of the rule graph's time on large trees.
     */
    private VariableSet scope(String name, Target t, VariableSet inherited) {
      VariableSet scope = inherited;
      List<Integer> used = null;
      for (int i : variablePatterns.matching(name)) {
        if (!variableSets.get(i).isEmpty()) {
          if (used == null) {
            used = new ArrayList<>(2);
          }
          used.add(i);
        }
      }
      if (used != null) {
        scope = sharedScopes.computeIfAbsent(new ScopeKey(inherited, used), k -> {
          VariableSet layered = k.inherited();
          for (int i : k.patternSets()) {
            layered = layer(layered, variableSets.get(i));
          }
          return layered;
        });
      }
      if (t != null && t.variables() != null && !t.variables().isEmpty()) {
        scope = layer(scope, t.variables());
      }
      return scope;
    }

    private static VariableSet layer(VariableSet parent, VariableSet vars) {
      VariableSet s = new VariableSet(parent);
      for (Variable v : vars.all()) {
        s.put(v);
      }
      return s;
    }

    boolean exists(String name) {
      if (files.exists(name)) {
        return true;
      }
      if (name.startsWith("/") || db.vpaths().isEmpty() && vpathDirs.isEmpty()) {
        return false;
      }
      return vpathCache.computeIfAbsent(name, this::existsInVpath);
    }

    private boolean existsInVpath(String name) {
      try {
        for (MakeDatabase.VpathEntry v : db.vpaths()) {
          if (Patterns.stem(v.pattern(), name) != null) {
            for (String d : v.directories()) {
              if (Files.exists(workDir.resolve(d).resolve(name))) {
                return true;
              }
            }
          }
        }
        for (String d : vpathDirs) {
          if (Files.exists(workDir.resolve(d).resolve(name))) {
            return true;
          }
        }
      } catch (java.nio.file.InvalidPathException e) {
        return false;
      }
      return false;
    }

    private boolean existsOrOught(String name) {
      return mentioned.contains(name) || exists(name);
    }

    /** Implicit rule search for {@code name}; null when no rule applies. */
    Match search(String name) {
      if (searchCache.containsKey(name)) {
        return searchCache.get(name);
      }
      if (searchFailed.contains(name)) {
        return null;
      }
      searchFailed.add(name); // guards recursion through intermediates
      Match m = search(name, 0);
      if (m != null) {
        searchFailed.remove(name);
        searchCache.put(name, m);
      }
      return m;
    }

    /**
     * make's pattern_search: the first rule (in order) whose prerequisites all exist or ought to
     * exist; failing that, the first non-terminal rule whose missing prerequisites can be made
     * through further implicit rules (intermediate files, at most two levels deep).
     */
    private Match search(String name, int depth) {
      // The (rule, target pattern) pairs that match, in the order make tries them. A non-terminal
      // match-anything rule is not tried when a more specific pattern matched, nor for an
      // intermediate file.
      int[] specific = implicitTargets.matching(name);
      boolean specificMatched = specific.length > 0;
      int[] candidates = mergeInOrder(specific,
          specificMatched || depth > 0 ? terminalMatchAnythingRules : matchAnythingRules);
      // First pass: prerequisites as they are. Rules that may still succeed through
      // intermediate files are kept for the second pass (a terminal rule, or any rule at the
      // deepest level, would fail there exactly as here).
      List<Match> second = null;
      for (int c : candidates) {
        if (!withRecipe[c]) {
          continue;
        }
        PatternRule r = ruleOf[c];
        Patterns.DirStem ds = Patterns.stemWithDir(targetOf[c], name);
        if (ds == null) {
          continue;
        }
        List<String> prereqs = new ArrayList<>(r.prerequisites().size());
        for (String pp : r.prerequisites()) {
          prereqs.add(Patterns.substitute(pp, ds));
        }
        boolean ok = true;
        for (String p : prereqs) {
          if (!(r.terminal() ? exists(p) : existsOrOught(p))) {
            ok = false;
            break;
          }
        }
        if (ok) {
          return new Match(r, ds.stem(), prereqs);
        }
        if (!r.terminal() && depth < 2) {
          if (second == null) {
            second = new ArrayList<>();
          }
          second.add(new Match(r, ds.stem(), prereqs));
        }
      }
      if (second == null) {
        return null;
      }
      for (Match m : second) {
        boolean ok = true;
        for (String p : m.prerequisites()) {
          if (existsOrOught(p)) {
            continue;
          }
          if (!p.equals(name) && !searchFailed.contains(p) && intermediate(p, depth + 1)) {
            continue;
          }
          ok = false;
          break;
        }
        if (ok) {
          return m;
        }
      }
      return null;
    }

    /** Rule numbers, ascending: the index's matches (mapped by specificRule) and {@code others}. */
    private int[] mergeInOrder(int[] indexMatches, int[] others) {
      int[] out = new int[indexMatches.length + others.length];
      int i = 0;
      int j = 0;
      int k = 0;
      while (i < indexMatches.length || j < others.length) {
        if (j == others.length
            || i < indexMatches.length && specificRule[indexMatches[i]] < others[j]) {
          out[k++] = specificRule[indexMatches[i++]];
        } else {
          out[k++] = others[j++];
        }
      }
      return out;
    }

    private boolean intermediate(String name, int depth) {
      searchFailed.add(name);
      try {
        return search(name, depth) != null;
      } finally {
        searchFailed.remove(name);
      }
    }
  }
}
