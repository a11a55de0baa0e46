package dev.makelint.evaluation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A set of variables with an optional parent: the global set, or a target's own variables whose
 * parent is the set of the target it inherits from (ultimately the global set).
 */
public final class VariableSet {
  private final Map<String, Variable> vars = new LinkedHashMap<>();
  private final VariableSet parent;

  public VariableSet(VariableSet parent) {
    this.parent = parent;
  }

  public VariableSet parent() {
    return parent;
  }

  /** Looks the name up here and then in the parents. */
  public Variable lookup(String name) {
    for (VariableSet s = this; s != null; s = s.parent) {
      Variable v = s.vars.get(name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** Looks the name up in this set only. */
  public Variable lookupHere(String name) {
    return vars.get(name);
  }

  public void put(Variable v) {
    vars.put(v.name(), v);
  }

  public void remove(String name) {
    vars.remove(name);
  }

  public Collection<Variable> all() {
    return vars.values();
  }

  public boolean isEmpty() {
    return vars.isEmpty();
  }
}
