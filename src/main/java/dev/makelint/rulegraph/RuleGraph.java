package dev.makelint.rulegraph;

import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.Prerequisite;
import dev.makelint.evaluation.RuleEntry;
import dev.makelint.evaluation.Target;
import dev.makelint.evaluation.Variable;
import dev.makelint.evaluation.VariableSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What make would consider to update the goals: every file reached from them through explicit
 * rules, implicit rule search and double-colon entries, with the rule used for each. It exists so
 * that the build model can expand exactly the recipes make would run, in their context, without
 * running anything. Cycles are recorded and broken, as make does.
 */
public final class RuleGraph {
  /** The reached files' nodes, in the order make first reaches them. */
  private final List<Node> nodes;
  /**
   * The nodes by name when the walk was planned: the plan's table, whose entry for each name
   * holds its node (a table of the nodes alone had been a second table of 300,000 names, filled
   * on the one walking thread: 70 of its 160 ms at 2,000 modules, async-profiler, wall clock).
   * Null for a walk without a plan, which fills {@link #unplannedNodes}.
   */
  private Map<String, Walker.Planned> plannedNodes;
  private final Map<String, Node> unplannedNodes = new HashMap<>();
  private final List<Missing> missing = new ArrayList<>();
  private final List<Cycle> cycles = new ArrayList<>();
  private final List<String> goals;

  private RuleGraph(List<String> goals, int expectedNodes) {
    this.goals = List.copyOf(goals);
    this.nodes = new ArrayList<>(expectedNodes);
  }

  /**
   * A hash table capacity that holds {@code n} entries without growing. Large trees' tables are
   * made at their size at once: grown by doubling, they were copied again and again (at 500
   * modules, 5% of the implicit rule search's CPU samples were ConcurrentHashMap.transfer).
   */
  static int capacity(int n) {
    return (int) Math.min(1 << 30, n * 4L / 3 + 1);
  }

  /** The goals walked from. */
  public List<String> goals() {
    return goals;
  }

  /** Every reached file, in the order make first reaches it (depth first). */
  public Collection<Node> nodes() {
    return Collections.unmodifiableList(nodes);
  }

  /** The node for {@code name}, or null when it was not reached. */
  public Node node(String name) {
    if (plannedNodes == null) {
      return unplannedNodes.get(name);
    }
    Walker.Planned p = plannedNodes.get(name);
    return p == null ? null : p.node;
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
    return build(db, workDir, goals, PARALLEL_THRESHOLD);
  }

  /**
   * As {@link #build(MakeDatabase, Path, List)}, planning ahead on all cores from {@code
   * parallelThreshold} mentioned names on (tests compare both ways).
   */
  static RuleGraph build(MakeDatabase db, Path workDir, List<String> goals,
      int parallelThreshold) {
    List<String> g = new ArrayList<>(goals);
    if (g.isEmpty() && db.defaultGoal() != null) {
      g.add(db.defaultGoal());
    }
    NameTails mentionedTails = new NameTails();
    Set<String> mentioned = mentionedNames(db, mentionedTails);
    // Reached names: the mentioned ones and, half again, the sources that implicit rules find.
    // (Counting the database's targets instead, as before, gave 6,000 at 2,000 modules, where
    // 300,000 names are reached: every table grew by doubling, 5% of the plan's CPU samples.)
    int expected = mentioned.size() + mentioned.size() / 2;
    RuleGraph graph = new RuleGraph(g, expected);
    new Walker(db, workDir, graph, mentioned, mentionedTails, expected).walk(parallelThreshold);
    return graph;
  }

  /** At most this many entries are made room for at once in the set of mentioned names. */
  private static final int MAX_PRESIZE = 1 << 20;

  /**
   * Names that "ought to exist": the targets and prerequisites the makefiles mention. Their
   * endings go to {@code tails} in the same loop (a second pass over the set, 228,000 names at
   * 2,000 modules, took about 30 ms on the one thread that sets the graph up).
   */
  private static Set<String> mentionedNames(MakeDatabase db, NameTails tails) {
    long mentions = 0;
    for (Target t : db.targets()) {
      mentions++;
      for (RuleEntry e : t.entries()) {
        mentions += e.prerequisites().size();
      }
    }
    Set<String> mentioned = new HashSet<>(capacity((int) Math.min(mentions, MAX_PRESIZE)));
    for (Target t : db.targets()) {
      if (t.isTarget() && mentioned.add(t.name())) {
        tails.add(t.name());
      }
      for (RuleEntry e : t.entries()) {
        for (Prerequisite p : e.prerequisites()) {
          if (mentioned.add(p.name())) {
            tails.add(p.name());
          }
        }
      }
    }
    return mentioned;
  }

  /**
   * Below this many mentioned names the walk searches as it goes, on the calling thread; above it
   * the rules of every reachable name are worked out first on all cores (implicit rule search is
   * most of the walk's time on large trees, and the searches are independent).
   */
  private static final int PARALLEL_THRESHOLD = 5_000;

  private static final class Walker {
    private final MakeDatabase db;
    private final RuleGraph graph;
    private final Set<String> mentioned;
    private final ImplicitSearch implicit;
    /** The patterns of the pattern-specific variable sets, in definition order. */
    private final PatternIndex variablePatterns = new PatternIndex(false);
    private final List<VariableSet> variableSets = new ArrayList<>();
    private final Set<String> phony = new HashSet<>();
    /**
     * The endings of the database's target names: most reached names (objects, sources) are no
     * target, and their endings say so without a probe into the database's table (at 2,000
     * modules, 300,000 names against 4,000 targets: 3% of the plan's CPU samples).
     */
    private final NameTails targetTails = new NameTails();
    /** A scope and the pattern-variable sets layered on it, in order, both compared by identity. */
    private static final class ScopeKey {
      private final VariableSet inherited;
      private final List<Integer> patternSets;

      ScopeKey(VariableSet inherited, List<Integer> patternSets) {
        this.inherited = inherited;
        this.patternSets = patternSets;
      }

      // By identity, written out: patternSets gives one list object per distinct list, and a
      // record's equals and hashCode go through method handles, slow under the C1 compiler.
      @Override
      public boolean equals(Object o) {
        return o instanceof ScopeKey k && k.inherited == inherited
            && k.patternSets == patternSets;
      }

      @Override
      public int hashCode() {
        return System.identityHashCode(inherited) * 31 + System.identityHashCode(patternSets);
      }
    }

    private final Map<ScopeKey, VariableSet> sharedScopes = new HashMap<>();
    /** The arguments and result of the last shared scope {@link #scope} found. */
    private VariableSet lastInherited;
    private List<Integer> lastUsed;
    private VariableSet lastScope;
    /** The distinct results of {@link #patternSets}, each its own key (names planned at once). */
    private final Map<List<Integer>, List<Integer>> distinctPatternSets =
        new ConcurrentHashMap<>();
    /** The reachable names, worked out ahead of the walk (large inputs only). */
    private final Map<String, Planned> planned;

    /**
     * What the plan worked out about one name, and whether the walk has been there. One object
     * per name, found by one look-up, carries it all: a map of rules, a set of names seen, a set
     * of absent names and the walk's own look-ups into the graph each cost a probe into a table
     * of 300,000 entries per name at 2,000 modules (10% of the plan's CPU samples, and the
     * largest item of the walk's).
     */
    private static final class Planned {
      final String name;
      /** Set by the thread that plans the name; read after the plan (its tasks have joined). */
      Target target;
      List<Node.Rule> rules;
      /** No rule makes it and it is not on disk (the stat is done planning, on all cores). */
      boolean absent;
      /** The pattern-specific variable sets it matches (see patternSets), or null for none. */
      List<Integer> patternSets;
      /** The planned names of its rules' prerequisites, in the rules' order. */
      Planned[] prerequisites;
      /** The node the walk made, or null before (the walking thread's only until it is done). */
      Node node;
      /** The walk is below this name now (the walking thread's only). */
      boolean onStack;

      Planned(String name) {
        this.name = name;
      }
    }
    /** The names the walk is below, outermost first. */
    private final List<String> stack = new ArrayList<>();
    /**
     * The same names as a set, for a walk without a plan (a planned name says itself whether it
     * is on the stack: at 2,000 modules, 300,000 insertions into and removals from a set were
     * most of the walk's own samples after the node table's).
     */
    private final Set<String> onStack = new HashSet<>();
    private final boolean hasDefault;

    Walker(MakeDatabase db, Path workDir, RuleGraph graph, Set<String> mentioned,
        NameTails mentionedTails, int expected) {
      this.db = db;
      this.graph = graph;
      this.mentioned = mentioned;
      this.planned = new ConcurrentHashMap<>(expected);
      for (Target t : db.targets()) {
        targetTails.add(t.name());
      }
      this.implicit = new ImplicitSearch(db, workDir, mentioned, mentionedTails, expected);
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
      Target def = db.target(".DEFAULT");
      hasDefault = def != null && def.entries().stream()
          .anyMatch(e -> e.recipe() != null && !e.recipe().lines().isEmpty());
    }

    void walk(int parallelThreshold) {
      if (mentioned.size() >= parallelThreshold) {
        plan();
        graph.plannedNodes = planned;
      }
      for (String goal : graph.goals) {
        visit(goal, planned.get(goal), db.globals(), null, Location.NONE);
      }
    }

    /**
     * Works out the rules of every name reachable from the goals, one breadth-first level at a
     * time, each level on all cores. The walk then only looks them up: the same rules it would
     * have worked out itself, since a name's rules depend on nothing but the name.
     */
    private void plan() {
      List<Planned> level = new ArrayList<>();
      for (String goal : graph.goals) {
        Planned p = new Planned(goal);
        if (planned.putIfAbsent(goal, p) == null) {
          level.add(p);
        }
      }
      while (!level.isEmpty()) {
        level = planLevel(level);
      }
    }

    /** Names a thread takes from a level at a time. */
    private static final int CHUNK = 256;

    /**
     * Plans the names of {@code level} on this thread and the common pool's, each taking the next
     * {@link #CHUNK} names until none are left; returns the names first reached from them. (A
     * parallel stream cut each level into four parts on 2 cores, and the thread that finished
     * first waited for the other: at 2,000 modules, 470 ms of the calling thread's 1,425 ms in
     * the plan; async-profiler, wall clock.) The order of the next level does not matter: a
     * name's rules depend on nothing but the name.
     */
    private List<Planned> planLevel(List<Planned> level) {
      int runners = Math.min(ForkJoinPool.getCommonPoolParallelism() + 1,
          (level.size() + CHUNK - 1) / CHUNK);
      AtomicInteger cursor = new AtomicInteger();
      List<ForkJoinTask<List<Planned>>> others = new ArrayList<>();
      for (int k = 1; k < runners; k++) {
        others.add(ForkJoinPool.commonPool().submit(() -> planChunks(level, cursor)));
      }
      List<Planned> next = planChunks(level, cursor);
      for (ForkJoinTask<List<Planned>> t : others) {
        next.addAll(t.join());
      }
      return next;
    }

    /** Plans chunks of {@code level} from {@code cursor} on; the names first reached from them. */
    private List<Planned> planChunks(List<Planned> level, AtomicInteger cursor) {
      List<Planned> next = new ArrayList<>();
      int n = level.size();
      for (int start; (start = cursor.getAndAdd(CHUNK)) < n; ) {
        for (int i = start, end = Math.min(n, start + CHUNK); i < end; i++) {
          planOne(level.get(i), next);
        }
      }
      return next;
    }

    /** Works out what {@code p} needs, adding the names first reached from it to {@code next}. */
    private void planOne(Planned p, List<Planned> next) {
      p.target = target(p.name);
      p.rules = rulesOf(p.name, p.target);
      // A file no rule makes must be on disk; its stat is done here, on all cores (one per
      // source: 100,000 of them took 0.47 s of the walk at 2,000 modules).
      p.absent = p.rules.isEmpty() && !implicit.exists(p.name);
      // Matched here on all cores, not by the walk (at 2,000 modules, with a pattern per module
      // and flavour, a third of the walk's CPU samples).
      p.patternSets = patternSets(p.name);
      // Indexed loops here and in visit: the C1 compiler, which makelint runs with, allocates
      // every iterator (at 2,000 modules, 57 MB of the rule graph's 518).
      List<Node.Rule> rules = p.rules;
      int edges = 0;
      for (int r = 0; r < rules.size(); r++) {
        edges += rules.get(r).prerequisites().size();
      }
      p.prerequisites = new Planned[edges];
      int i = 0;
      for (int r = 0; r < rules.size(); r++) {
        List<Node.Edge> prerequisites = rules.get(r).prerequisites();
        for (int k = 0; k < prerequisites.size(); k++) {
          Node.Edge e = prerequisites.get(k);
          Planned q = new Planned(e.name());
          Planned known = planned.putIfAbsent(e.name(), q);
          if (known == null) {
            next.add(q);
          }
          p.prerequisites[i++] = known != null ? known : q;
        }
      }
    }

    /** The database's target {@code name}, or null. */
    private Target target(String name) {
      return targetTails.mayContain(name) ? db.target(name) : null;
    }

    /**
     * The rules make would use for {@code name}: its explicit rule, or the implicit rule search
     * finds (for a target without a recipe, its prerequisites are added to the match's), or each
     * double-colon entry; none for a file with no rule.
     */
    private List<Node.Rule> rulesOf(String name, Target t) {
      // Lists of one or none, as the node keeps them: a planned name keeps its rules until the
      // walk, and an ArrayList with its ten-slot array per name (200,000 at 2,000 modules, 16 MB)
      // was copied into the old generation by the plan's young collections.
      boolean phony = this.phony.contains(name);
      if (t != null && t.isTarget()) {
        if (t.doubleColon()) {
          List<Node.Rule> rules = new ArrayList<>();
          for (RuleEntry e : t.entries()) {
            rules.add(explicit(e));
          }
          return List.copyOf(rules);
        } else if (!t.entries().isEmpty()) {
          RuleEntry e = t.entries().get(0);
          boolean hasRecipe = e.recipe() != null && !e.recipe().lines().isEmpty();
          ImplicitSearch.Match m = hasRecipe || phony ? null : implicit.search(name);
          if (m == null) {
            return List.of(explicit(e));
          }
          List<Node.Edge> edges = implicitEdges(m);
          edges.addAll(edges(e));
          return List.of(new Node.Rule(edges, m.rule().recipe(), m.stemSource(), m.stemBegin(),
              m.stemEnd(), m.rule(), e.ruleLocations()));
        }
        return List.of();
      }
      ImplicitSearch.Match m = phony ? null : implicit.search(name);
      return m == null ? List.of() : List.of(new Node.Rule(implicitEdges(m), m.rule().recipe(),
          m.stemSource(), m.stemBegin(), m.stemEnd(), m.rule(), List.of()));
    }

    private static List<Node.Edge> implicitEdges(ImplicitSearch.Match m) {
      List<Node.Edge> edges = new ArrayList<>();
      Location ruleAt = m.rule().location() == null ? Location.NONE : m.rule().location();
      List<String> prerequisites = m.prerequisites();
      for (int i = 0; i < prerequisites.size(); i++) {
        edges.add(new Node.Edge(prerequisites.get(i), m.isOrderOnly(i), ruleAt));
      }
      return edges;
    }

    /**
     * Makes the node of {@code name} and those below it. {@code p} is what the plan worked out
     * about it, or null when there was no plan: the walk then works it out itself.
     */
    private void visit(String name, Planned p, VariableSet inherited, String parent,
        Location at) {
      if (p != null ? p.onStack : onStack.contains(name)) {
        List<String> path = new ArrayList<>(stack.subList(stack.indexOf(name), stack.size()));
        path.add(name);
        graph.cycles.add(new Cycle(path, at));
        return;
      }
      if (p != null ? p.node != null : graph.unplannedNodes.containsKey(name)) {
        return;
      }
      Target t = p != null ? p.target : target(name);
      List<Node.Rule> rules = p != null ? p.rules : rulesOf(name, t);
      boolean isTarget = t != null && t.isTarget();
      if (!isTarget && rules.isEmpty() && !hasDefault
          && (p != null ? p.absent : !implicit.exists(name))) {
        graph.missing.add(new Missing(name, parent, at));
      }
      VariableSet scope = scope(t, inherited, p != null ? p.patternSets : patternSets(name));
      Node node = new Node(name, rules, scope, parent);
      graph.nodes.add(node);
      if (p != null) {
        p.node = node;
      } else {
        graph.unplannedNodes.put(name, node);
      }
      stack.add(name);
      int i = 0;
      if (p != null) {
        p.onStack = true;
      } else {
        onStack.add(name);
      }
      for (int r = 0; r < rules.size(); r++) { // indexed: see planOne
        List<Node.Edge> prerequisites = rules.get(r).prerequisites();
        for (int k = 0; k < prerequisites.size(); k++) {
          Node.Edge edge = prerequisites.get(k);
          // A built-in rule's prerequisite has no line of its own: point where this was needed.
          Location where = edge.location() == null || edge.location().file() == null
              ? at : edge.location();
          visit(edge.name(), p != null ? p.prerequisites[i++] : null, scope, name, where);
        }
      }
      stack.remove(stack.size() - 1);
      if (p != null) {
        p.onStack = false;
      } else {
        onStack.remove(name);
      }
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
     * The non-empty pattern-specific variable sets whose pattern {@code name} matches, or null for
     * none. Equal lists are one object: a large tree has a few thousand distinct ones among
     * hundreds of thousands of names, and each name's own list, kept until the walk, was copied
     * into the old generation by a young collection (200,000 lists, 12 MB, at 2,000 modules).
     */
    private List<Integer> patternSets(String name) {
      List<Integer> used = null;
      for (int i : variablePatterns.matching(name)) {
        if (!variableSets.get(i).isEmpty()) {
          if (used == null) {
            used = new ArrayList<>(2);
          }
          used.add(i);
        }
      }
      if (used == null) {
        return null;
      }
      List<Integer> known = distinctPatternSets.putIfAbsent(used, used);
      return known != null ? known : used;
    }

    /**
     * Inherited variables, then the pattern-specific ones of {@code used} (null: none), then the
     * target's own. The layers of pattern-specific variables are shared by every node that
     * inherits the same scope and matches the same patterns (the objects of one module,
     * typically): a node never changes its scope, and a copy per node cost a fifth of the rule
     * graph's time on large trees.
     */
    private VariableSet scope(Target t, VariableSet inherited, List<Integer> used) {
      VariableSet scope = inherited;
      if (used != null) {
        // The last scope again, most of the time: the objects of one module come one after the
        // other, each inheriting the library's scope and matching the module's pattern.
        if (inherited == lastInherited && used == lastUsed) {
          scope = lastScope;
        } else {
          ScopeKey key = new ScopeKey(inherited, used);
          scope = sharedScopes.get(key);
          if (scope == null) {
            scope = inherited;
            for (int i : used) {
              scope = layer(scope, variableSets.get(i));
            }
            sharedScopes.put(key, scope);
          }
          lastInherited = inherited;
          lastUsed = used;
          lastScope = scope;
        }
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
  }
}
