package dev.makelint.evaluation;

import dev.makelint.evaluation.functions.TextFunctions;
import dev.makelint.syntax.BuiltinFunction;
import dev.makelint.syntax.Expr;
import dev.makelint.syntax.ExprParser;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Expands make text: variable references, substitution references and function calls, exactly as
 * make's expand.c does. Parsing is cached by text in {@link ExprParser}; expansion is a walk of the
 * cached tree.
 */
public final class Expander {
  private final EvaluationState state;
  private final FunctionCalls functions;
  /** Recursive variables being expanded right now, to detect self-reference as make does. */
  private final Map<Variable, Boolean> expanding = new IdentityHashMap<>();
  /** The same variables in the order their expansions started (to name the chain). */
  private final List<Variable> stack = new ArrayList<>();

  private int depth;
  /** The variable whose value is being expanded (innermost), for locating references. */
  private Variable valueOwner;
  /** How many tests (ifeq arguments, $(if) conditions…) are being expanded. */
  private int tests;
  /**
   * How many expansions may have changed what later ones see: $(eval) read makefile text (any
   * variable), $(file) or $(shell) ran (files, with --shell=run).
   */
  private int changes;

  /** Stands for an automatic variable's value in the text of a template being made. */
  private static final char HOLE = '\uFFFF';
  private static final String HOLE_TEXT = String.valueOf(HOLE);
  /** The functions whose expansion does more than give text: never part of a template. */
  private static final Set<BuiltinFunction> EFFECTS = EnumSet.of(BuiltinFunction.SHELL,
      BuiltinFunction.INFO, BuiltinFunction.WARNING, BuiltinFunction.ERROR, BuiltinFunction.EVAL,
      BuiltinFunction.FILE);
  /** The functions among them that may change what later expansions see. */
  private static final Set<BuiltinFunction> CHANGES = EnumSet.of(BuiltinFunction.SHELL,
      BuiltinFunction.EVAL, BuiltinFunction.FILE);
  /** While a template is made: the automatic variables met, in order; else null. */
  private List<String> holes;
  /** While a template is made: the references to unset variables, held back; else null. */
  private List<MakeDatabase.UndefinedReference> heldNotes;
  /**
   * How deep the expansion is in text whose value is not copied as it is into the result: a
   * function's arguments, a computed variable name, a substitution reference's value.
   */
  private int opaque;

  Expander(EvaluationState state) {
    this.state = state;
    this.functions = new FunctionCalls(state, this);
  }

  /** Notes {@code at} as the place being worked on (for limit and internal-error messages). */
  void at(Location at) {
    if (at != null && at.file() != null) {
      state.progress.at(at);
    }
  }

  /** Expands {@code text} in {@code scope}. */
  public String expand(String text, Scope scope) {
    checkSize(text, scope.location());
    if (text.indexOf('$') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    expand(parse(text, scope), scope, out);
    return out.toString();
  }

  String expandToString(Expr e, Scope scope) {
    if (e instanceof Expr.Literal l) {
      return l.text();
    }
    StringBuilder out = new StringBuilder();
    expand(e, scope, out);
    return out.toString();
  }

  void expand(Expr e, Scope scope, StringBuilder out) {
    if (e instanceof Expr.Literal l) {
      out.append(l.text());
    } else if (e instanceof Expr.Concat c) {
      for (Expr part : c.parts()) {
        expand(part, scope, out);
      }
    } else if (e instanceof Expr.VarRef r) {
      reference(r, scope, out);
    } else if (e instanceof Expr.FuncCall f) {
      if (holes != null && EFFECTS.contains(f.function())) {
        throw NotATemplate.INSTANCE; // before the effect
      }
      if (CHANGES.contains(f.function())) {
        changes++;
      }
      enter(scope);
      opaque++;
      try {
        functions.call(f, scope, out);
      } finally {
        opaque--;
        depth--;
      }
    } else if (e instanceof Expr.Malformed m) {
      throw new MakeError(scope.location(), m.message());
    }
    checkSize(out, scope.location());
  }

  /** One level deeper: checks the depth limit and, now and then, the clock. */
  private void enter(Scope scope) {
    state.progress.tick();
    if (++depth > state.limits().maxExpansionDepth()) {
      depth--;
      throw new LimitExceeded(scope.location(), "expansion nested deeper than "
          + state.limits().maxExpansionDepth() + " levels (a function or variable that calls "
          + "itself without end?)", "--max-expansion-depth",
          Integer.toString(state.limits().maxExpansionDepth()));
    }
  }

  /** Stops an expansion whose text has grown past the size limit. */
  void checkSize(CharSequence out, Location at) {
    if (out.length() > state.limits().maxExpansionSize()) {
      throw new LimitExceeded(at, "text longer than "
          + state.limits().maxExpansionSize() + " characters while expanding",
          "--max-expansion-size",
          Integer.toString(state.limits().maxExpansionSize()));
    }
  }

  private void reference(Expr.VarRef r, Scope scope, StringBuilder out) {
    String name;
    if (r.name() instanceof Expr.Literal l) {
      name = l.text();
      if (holes != null && opaque == 0 && Variable.isAutomaticName(name)) {
        // the hole's number follows the mark: the order of the text is not always the order
        // of expansion (a += value's own part is expanded before the inherited part)
        if (holes.size() > Character.MAX_VALUE) {
          throw NotATemplate.INSTANCE;
        }
        out.append(HOLE).append((char) holes.size());
        holes.add(name);
        return;
      }
    } else {
      opaque++;
      try {
        name = expandToString(r.name(), scope);
      } finally {
        opaque--;
      }
    }
    int colon = name.indexOf(':');
    if (colon >= 0) {
      int eq = name.indexOf('=', colon + 1);
      if (eq >= 0) {
        substitutionReference(name, colon, eq, scope, out,
            !(r.name() instanceof Expr.Literal));
        return;
      }
    }
    Variable v = lookup(name, scope);
    if (v == null) {
      state.noteUndefined(name, scope.location(), !(r.name() instanceof Expr.Literal));
      return;
    }
    appendValue(v, scope, out);
  }

  private void substitutionReference(
      String ref, int colon, int eq, Scope scope, StringBuilder out, boolean computed) {
    String name = ref.substring(0, colon);
    Variable v = lookup(name, scope);
    if (v == null) {
      state.noteUndefined(name, scope.location(), computed);
      return;
    }
    String value;
    opaque++;
    try {
      value = valueOf(v, scope);
    } finally {
      opaque--;
    }
    if (value.isEmpty()) {
      return;
    }
    String pattern = ref.substring(colon + 1, eq);
    String replacement = ref.substring(eq + 1);
    out.append(TextFunctions.substitutionReference(value, pattern, replacement));
  }

  Variable lookup(String name, Scope scope) {
    return scope.variables().lookup(name);
  }

  /** The value of {@code v} as a reference to it would produce. */
  public String valueOf(Variable v, Scope scope) {
    if (!v.recursive() || v.value().indexOf('$') < 0) {
      if (v.append()) {
        return appendedValue(v, scope);
      }
      return v.value();
    }
    StringBuilder out = new StringBuilder();
    appendValue(v, scope, out);
    return out.toString();
  }

  void appendValue(Variable v, Scope scope, StringBuilder out) {
    if (v.append()) {
      appendAppended(v, scope, out);
      return;
    }
    if (!v.recursive()) {
      out.append(v.value());
      return;
    }
    if (v.value().indexOf('$') < 0) {
      out.append(v.value());
      return;
    }
    if (expanding.containsKey(v) && !functions.insideCall(v)) {
      throw new MakeError(v.location().file() != null ? v.location() : scope.location(),
          "Recursive variable '" + v.name() + "' references itself (eventually)", chain(v));
    }
    enter(scope);
    Boolean previous = expanding.put(v, Boolean.TRUE);
    Variable owner = valueOwner;
    valueOwner = v;
    stack.add(v);
    try {
      expand(parse(v.value(), scope), scope, out);
    } finally {
      valueOwner = owner;
      depth--;
      stack.remove(stack.size() - 1);
      if (previous == null) {
        expanding.remove(v);
      }
    }
  }

  /** The variable whose value holds the text being expanded, or null for makefile text. */
  Variable valueBeingExpanded() {
    return valueOwner;
  }

  /** Whether the text being expanded is a test of a value (see {@link #expandTest}). */
  boolean testing() {
    return tests > 0;
  }

  /**
   * Expands a test: text whose emptiness or value is compared, where an unset variable is an
   * expected answer rather than a mistake.
   */
  String expandTest(Expr e, Scope scope) {
    tests++;
    try {
      return expandToString(e, scope);
    } finally {
      tests--;
    }
  }

  /** {@link #expand(String, Scope)} as a test. */
  String expandTest(String text, Scope scope) {
    tests++;
    try {
      return expand(text, scope);
    } finally {
      tests--;
    }
  }

  /** Has {@code evaluator} read {@code text} as new makefile text ($(eval)), outside any value. */
  void evalAsMakefileText(Evaluator evaluator, String text, Location at) {
    Variable owner = valueOwner;
    int savedTests = tests;
    valueOwner = null;
    tests = 0;
    try {
      evaluator.evalText(text, at);
    } finally {
      valueOwner = owner;
      tests = savedTests;
    }
  }

  /** How many expansions may have changed what later ones see (see {@link RecipeTemplate}). */
  int changes() {
    return changes;
  }

  /**
   * Holds back {@code note} when a template is being made (it is noted at each fill instead);
   * false when it is to be noted now.
   */
  boolean holdBack(MakeDatabase.UndefinedReference note) {
    if (heldNotes == null) {
      return false;
    }
    heldNotes.add(note);
    return true;
  }

  /**
   * {@code text} expanded with {@code variables} and the automatic variables as holes, or null
   * when a target's expansion could not be had by filling them in (see {@link RecipeTemplate}).
   * Nothing is noted or changed when the answer is null.
   */
  RecipeTemplate template(String text, VariableSet variables, Location at) {
    if (text.indexOf(HOLE) >= 0) {
      return null;
    }
    holes = new ArrayList<>();
    heldNotes = new ArrayList<>();
    try {
      String expanded = expand(text, new Scope(new VariableSet(variables, HOLE_GUARD), at));
      int n = holes.size();
      String[] pieces = new String[n + 1];
      String[] names = new String[n];
      boolean[] seen = new boolean[n];
      int piece = 0;
      int start = 0;
      for (int i = expanded.indexOf(HOLE); i >= 0; i = expanded.indexOf(HOLE, start)) {
        int hole = i + 1 < expanded.length() ? expanded.charAt(i + 1) : n;
        if (piece == n || hole >= n || seen[hole]) {
          return null; // a value had the mark of its own
        }
        seen[hole] = true;
        names[piece] = holes.get(hole);
        pieces[piece++] = expanded.substring(start, i);
        start = i + 2;
      }
      if (piece != n) {
        return null;
      }
      pieces[piece] = expanded.substring(start);
      return new RecipeTemplate(pieces, names, List.copyOf(heldNotes));
    } catch (RuntimeException | StackOverflowError e) {
      // NotATemplate, or an error the expansion one by one will meet and report
      return null;
    } finally {
      holes = null;
      heldNotes = null;
    }
  }

  /**
   * The automatic variables of a template being made: any look-up that does not come from a
   * direct reference (which leaves a hole) means the value is used, not copied.
   */
  private static final Function<String, Variable> HOLE_GUARD = new Function<>() {
    @Override
    public Variable apply(String name) {
      if (Variable.isAutomaticName(name)) {
        throw NotATemplate.INSTANCE;
      }
      return null;
    }
  };

  /** Stops the making of a template; it carries no stack trace (it is thrown often). */
  private static final class NotATemplate extends RuntimeException {
    static final NotATemplate INSTANCE = new NotATemplate();

    private NotATemplate() {
      super(null, null, false, false);
    }
  }

  /** The references from the outermost expansion of {@code v} back to it: "A -> B -> A". */
  private String chain(Variable v) {
    int first = stack.indexOf(v);
    StringBuilder sb = new StringBuilder();
    for (Variable s : first < 0 ? stack : stack.subList(first, stack.size())) {
      sb.append(s.name()).append(" -> ");
    }
    return sb.append(v.name()).toString();
  }

  /** Parses {@code text}, refusing nesting beyond the limit before the parser sees it. */
  private Expr parse(String text, Scope scope) {
    checkSize(text, scope.location());
    int references = state.limits().maxReferences();
    if (text.length() > references && ExprParser.referencesExceed(text, references)) {
      throw new LimitExceeded(scope.location(), "more than " + references + " variable "
          + "references and function calls in one text", "--max-references",
          Integer.toString(references));
    }
    int limit = state.limits().maxNesting();
    if (ExprParser.nestingExceeds(text, limit)) {
      throw new LimitExceeded(scope.location(), "variable references and function calls nested "
          + "deeper than " + limit + " levels in one text", "--max-nesting",
          Integer.toString(limit));
    }
    return ExprParser.parse(text);
  }

  /** {@link #appendAppended} as a string of its own. */
  private String appendedValue(Variable v, Scope scope) {
    StringBuilder out = new StringBuilder();
    appendAppended(v, scope, out);
    return out.toString();
  }

  /**
   * A target-specific {@code +=} variable, appended to {@code out}: the value the name has in the
   * parent scopes, a blank when that is non-empty, and the variable's own text (expanded first).
   * Written straight into {@code out}: every compile of a module with {@code CFLAGS += ...} for
   * its objects had joined the two into a string of its own, about 70 MB of allocation at 2,000
   * modules.
   */
  private void appendAppended(Variable v, Scope scope, StringBuilder out) {
    Variable inherited = findInherited(v, scope.variables());
    String own = v.recursive() ? expandRecursive(v, scope) : v.value();
    if (inherited == null) {
      out.append(own);
      return;
    }
    int start = out.length();
    appendValue(inherited, scope, out);
    if (holes != null && out.indexOf(HOLE_TEXT, start) >= 0) {
      throw NotATemplate.INSTANCE; // whether a blank follows depends on the values
    }
    // A blank after a non-empty inherited value even when the own text is empty, as GNU make
    // does ("t: X +=" gives "$(X) ").
    if (out.length() > start) {
      out.append(' ');
    }
    out.append(own);
  }

  private String expandRecursive(Variable v, Scope scope) {
    Variable plain = new Variable(v.name(), v.flavor(), v.origin(), v.value(), v.location(),
        v.export(), v.isPrivate(), false);
    StringBuilder out = new StringBuilder();
    appendValue(plain, scope, out);
    return out.toString();
  }

  private static Variable findInherited(Variable v, VariableSet set) {
    for (VariableSet s = set; s != null; s = s.parent()) {
      if (s.lookupHere(v.name()) == v) {
        return s.parent() == null ? null : s.parent().lookup(v.name());
      }
    }
    return set.lookup(v.name()) == v ? null : set.lookup(v.name());
  }
}
