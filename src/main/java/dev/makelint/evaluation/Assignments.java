package dev.makelint.evaluation;

import dev.makelint.syntax.AssignOp;
import dev.makelint.syntax.Directive;
import dev.makelint.syntax.DirectiveParser;
import dev.makelint.syntax.Modifiers;
import java.util.List;

/**
 * Variable assignments with make's rules: the six operators and their flavours, origin
 * precedence (a makefile cannot change a command-line variable without override), appends that
 * keep the flavour, and target- and pattern-specific variables.
 */
final class Assignments {
  private final EvaluationState st;
  private final Expander expander;

  Assignments(EvaluationState st, Expander expander) {
    this.st = st;
    this.expander = expander;
  }

  void assign(Directive.Assign a, Location at, Origin forced) {
    assign(a, at, forced, false);
  }

  /** A global assignment from a makefile line or define (origin makefile or override). */
  void assign(Directive.Assign a, Location at, Origin forced, boolean fromDefine) {
    st.db.assignmentLines.add(at);
    Origin origin = forced != null ? forced
        : a.modifiers().override() ? Origin.OVERRIDE : Origin.MAKEFILE;
    Scope scope = new Scope(st.db.globals, at);
    String name = expander.expand(a.name(), scope);
    if (fromDefine) {
      name = name.strip();
    }
    if (name.isEmpty()) {
      throw new MakeError(at, "empty variable name");
    }
    Variable v = define(st.db.globals, name, a.op(), a.value(), origin, at, false, scope);
    if (v != null) {
      Variable modified = Evaluator.applyModifiers(v, a.modifiers());
      if (modified != v) {
        st.db.globals.put(modified);
      }
    }
  }

  /**
   * make's do_variable_definition: defines {@code name} in {@code set}. Returns the variable as
   * it stands afterwards (possibly unchanged when precedence forbids the change).
   */
  Variable define(VariableSet set, String name, AssignOp op, String value, Origin origin,
      Location at, boolean targetVar, Scope scope) {
    Flavor flavor;
    String newValue;
    boolean append = false;
    switch (op) {
      case SIMPLE, POSIX_SIMPLE -> {
        flavor = Flavor.SIMPLE;
        newValue = expander.expand(value, scope);
      }
      case SHELL -> {
        String command = expander.expand(value, scope);
        ShellRunner.Result r = st.shell.run(command, at);
        st.db.shellCalls.add(new ShellCall(command, at, r.executed(), r.output()));
        flavor = Flavor.RECURSIVE;
        newValue = r.output();
      }
      case CONDITIONAL -> {
        if (scope.variables().lookup(name) != null) {
          return scope.variables().lookup(name);
        }
        flavor = Flavor.RECURSIVE;
        newValue = value;
      }
      case APPEND -> {
        Variable old;
        if (targetVar) {
          append = true;
          old = set.lookupHere(name);
          if (old != null && !old.append()) {
            append = false;
          }
        } else {
          old = scope.variables().lookup(name);
        }
        if (old == null) {
          flavor = Flavor.RECURSIVE;
          newValue = value;
        } else {
          String addition;
          if (old.recursive()) {
            flavor = Flavor.RECURSIVE;
            addition = value;
          } else {
            flavor = Flavor.SIMPLE;
            addition = expander.expand(value, scope);
          }
          if (addition.isEmpty()
              || !targetVar && old.origin().ordinal() > origin.ordinal()) {
            return old;
          }
          return put(set, name, flavor, origin, old, addition, at, append);
        }
      }
      default -> {
        flavor = Flavor.RECURSIVE;
        newValue = value;
      }
    }
    return put(set, name, flavor, origin, null, newValue, at, append);
  }

  /**
   * Sets {@code name} in {@code set} unless a variable there of higher origin forbids it. The
   * value is {@code text}, or with {@code appendTo}, that variable's value, a space and {@code
   * text}.
   */
  private Variable put(VariableSet set, String name, Flavor flavor, Origin origin,
      Variable appendTo, String text, Location at, boolean append) {
    Variable here = set.lookupHere(name);
    if (here != null) {
      if (st.options.environmentOverrides() && here.origin() == Origin.ENVIRONMENT) {
        here = new Variable(here.name(), here.flavor(), Origin.ENVIRONMENT_OVERRIDE, here.value(),
            here.location(), here.export(), here.isPrivate(), here.append());
        set.put(here);
      }
      if (origin.ordinal() < here.origin().ordinal()) {
        return here;
      }
    }
    Boolean export = here == null ? null : here.export();
    Variable v = appendTo == null
        ? new Variable(name, flavor, origin, text, at, export, false, append)
        : Variable.appended(name, flavor, origin, appendTo, text, at, export, append);
    set.put(v);
    special(v);
    return v;
  }

  private void special(Variable v) {
    if (v.name().equals(".RECIPEPREFIX")) {
      st.recipePrefix = v.value().isEmpty() ? '\t' : v.value().charAt(0);
    }
  }

  void undefine(Directive.Undefine u, Location at) {
    Origin origin = u.modifiers().override() ? Origin.OVERRIDE : Origin.MAKEFILE;
    String name = expander.expand(u.name(), new Scope(st.db.globals, at)).strip();
    if (name.isEmpty()) {
      throw new MakeError(at, "empty variable name");
    }
    Variable v = st.db.globals.lookupHere(name);
    if (v != null && origin.ordinal() >= v.origin().ordinal()) {
      st.db.globals.remove(name);
    }
  }

  void export(Directive.Export e, Location at) {
    String names = e.names().strip();
    if (names.isEmpty()) {
      st.exportAll = e.export();
      return;
    }
    String expanded = expander.expand(names, new Scope(st.db.globals, at));
    for (String n : FileNames.split(expanded)) {
      Variable v = st.db.globals.lookup(n);
      if (v == null) {
        v = new Variable(n, Flavor.SIMPLE, Origin.MAKEFILE, "", at, null, false, false);
      }
      st.db.globals.put(v.withExport(e.export()));
    }
  }

  /** {@code targets: [modifiers] VAR op value}. */
  void targetVariable(List<String> targets, String assignment, Location at) {
    st.db.assignmentLines.add(at);
    Directive d = DirectiveParser.classify(assignment);
    if (!(d instanceof Directive.Assign a)) {
      throw new MakeError(at, "malformed target-specific variable definition");
    }
    Modifiers m = a.modifiers();
    Origin origin = m.override() ? Origin.OVERRIDE : Origin.MAKEFILE;
    for (String target : targets) {
      VariableSet set;
      if (dev.makelint.evaluation.functions.Patterns.parse(target).hasPercent()) {
        set = patternSet(target);
      } else {
        Target t = st.db.targets.computeIfAbsent(target, Target::new);
        if (t.variables == null) {
          t.variables = new VariableSet(st.db.globals);
        }
        set = t.variables;
      }
      Scope scope = new Scope(set, at);
      String name = expander.expand(a.name(), scope);
      if (name.isEmpty()) {
        throw new MakeError(at, "empty variable name");
      }
      Variable v = define(set, name, a.op(), a.value(), origin, at, true, scope);
      v = Evaluator.applyModifiers(v, m);
      if (v.origin() != Origin.OVERRIDE) {
        Variable global = st.db.globals.lookupHere(name);
        if (global != null && global != v && (global.origin() == Origin.COMMAND_LINE
            || global.origin() == Origin.ENVIRONMENT_OVERRIDE)) {
          v = new Variable(name, global.flavor(), global.origin(), global.value(), v.location(),
              v.export(), v.isPrivate(), false);
        }
      }
      set.put(v);
    }
  }

  private VariableSet patternSet(String pattern) {
    return st.patternSets.computeIfAbsent(pattern, p -> new VariableSet(st.db.globals));
  }

  /** MAKEFILE_LIST gets each makefile's name before the file is read. */
  void appendMakefileList(String name) {
    Variable v = st.db.globals.lookupHere("MAKEFILE_LIST");
    Location at = new Location(name, 1);
    st.db.globals.put(v == null
        ? new Variable("MAKEFILE_LIST", Flavor.SIMPLE, Origin.MAKEFILE, name, at, null, false,
            false)
        : Variable.appended("MAKEFILE_LIST", Flavor.SIMPLE, Origin.MAKEFILE, v, name, at,
            v.export(), false));
  }
}
