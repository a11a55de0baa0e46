package dev.makelint.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * What make does to the database once every makefile is read (file.c's snap_deps): phony
 * prerequisites become targets, .SECONDEXPANSION prerequisites are expanded again in their
 * target's context, and .EXTRA_PREREQS are added.
 */
final class AfterReading {
  private final EvaluationState st;
  private final Expander expander;

  AfterReading(EvaluationState st, Expander expander) {
    this.st = st;
    this.expander = expander;
  }

  void run() {
    secondExpansion();
    phonyTargets();
    extraPrerequisites();
  }

  private void phonyTargets() {
    Target phony = st.db.targets.get(".PHONY");
    if (phony == null || phony.entries.isEmpty()) {
      return;
    }
    for (Prerequisite p : List.copyOf(phony.entries.get(0).prerequisites)) {
      Target t = st.db.targets.get(p.name());
      if (t == null) {
        st.db.targets.put(p.name(), t = new Target(p.name()));
      }
      t.isTarget = true;
      t.single();
    }
  }

  private void secondExpansion() {
    for (EvaluationState.SecondExpansion pending : st.secondExpansionEntries) {
      Target t = pending.target();
      RuleEntry e = pending.entry();
      VariableSet scope = new VariableSet(t.variables != null ? t.variables : st.db.globals);
      scope.put(Variable.automatic("@", t.name));
      if (e.stem != null) {
        scope.put(Variable.automatic("*", e.stem));
      }
      List<Prerequisite> expanded = new ArrayList<>();
      for (Prerequisite p : e.prerequisites) {
        if (p.name().indexOf('$') < 0) {
          expanded.add(p);
          continue;
        }
        String text = expander.expand(p.name(), new Scope(scope, p.location()));
        List<String> normal = new ArrayList<>();
        List<String> orderOnly = new ArrayList<>();
        RuleRecorder.splitPrerequisites(text, normal, orderOnly);
        for (String n : normal) {
          expanded.add(new Prerequisite(n, p.orderOnly(), p.location()));
        }
        for (String n : orderOnly) {
          expanded.add(new Prerequisite(n, true, p.location()));
        }
      }
      e.prerequisites.clear();
      e.prerequisites.addAll(expanded);
    }
  }

  private void extraPrerequisites() {
    for (Target t : st.db.targets.values()) {
      if (!t.isTarget || t.entries.isEmpty()) {
        continue;
      }
      VariableSet set = t.variables != null ? t.variables : st.db.globals;
      Variable v = set.lookup(".EXTRA_PREREQS");
      if (v == null) {
        continue;
      }
      String value = expander.valueOf(v, new Scope(set, Location.NONE));
      for (String name : FileNames.split(value)) {
        if (name.equals(t.name)) {
          continue;
        }
        for (RuleEntry e : t.entries) {
          e.prerequisites.add(new Prerequisite(name, false, v.location()));
        }
      }
    }
  }
}
