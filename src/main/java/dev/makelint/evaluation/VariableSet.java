package dev.makelint.evaluation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A set of variables with an optional parent: the global set, or a target's own variables whose
 * parent is the set of the target it inherits from (ultimately the global set).
 */
public final class VariableSet {
  private final Map<String, Variable> vars = new LinkedHashMap<>();
  private final VariableSet parent;
  /** Variables made on first use for names not set here, or null (see the constructor). */
  private final Function<String, Variable> onDemand;

  public VariableSet(VariableSet parent) {
    this(parent, null);
  }

  /**
   * A set whose variables are made on first look-up by {@code onDemand} (which answers null for
   * names it does not make), then kept: a recipe's automatic variables, most of which no recipe
   * line uses.
   */
  public VariableSet(VariableSet parent, Function<String, Variable> onDemand) {
    this.parent = parent;
    this.onDemand = onDemand;
  }

  public VariableSet parent() {
    return parent;
  }

  /** Looks the name up here and then in the parents. */
  public Variable lookup(String name) {
    for (VariableSet s = this; s != null; s = s.parent) {
      Variable v = s.lookupHere(name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** Looks the name up in this set only. */
  public Variable lookupHere(String name) {
    Variable v = vars.get(name);
    if (v == null && onDemand != null) {
      v = onDemand.apply(name);
      if (v != null) {
        vars.put(name, v);
      }
    }
    return v;
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
