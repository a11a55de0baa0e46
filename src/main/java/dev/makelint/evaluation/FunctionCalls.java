package dev.makelint.evaluation;

import dev.makelint.evaluation.functions.FunctionException;
import dev.makelint.evaluation.functions.TextFunctions;
import dev.makelint.evaluation.functions.Words;
import dev.makelint.syntax.BuiltinFunction;
import dev.makelint.syntax.Expr;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls of make's 36 built-in functions. Pure text functions live in {@link TextFunctions}; this
 * class handles argument expansion (eager, or lazy for if/and/or/foreach) and the functions that
 * need the evaluator: call, eval, value, origin, flavor, foreach, shell, file, info/warning/error.
 */
final class FunctionCalls {
  private final EvaluationState st;
  private final Expander expander;
  /** Variables currently expanded through $(call): they may refer to themselves. */
  private final Map<Variable, Integer> calling = new IdentityHashMap<>();
  /** Highest argument count of the $(call)s in progress: deeper calls see $(N) beyond theirs empty. */
  private int maxCallArgs;

  FunctionCalls(EvaluationState st, Expander expander) {
    this.st = st;
    this.expander = expander;
  }

  boolean insideCall(Variable v) {
    return calling.containsKey(v);
  }

  void call(Expr.FuncCall f, Scope scope, StringBuilder out) {
    BuiltinFunction fn = f.function();
    List<Expr> argExprs = f.args();
    if (argExprs.size() < fn.minArgs()) {
      throw new MakeError(scope.location(), "insufficient number of arguments (" + argExprs.size()
          + ") to function '" + fn.makeName() + "'");
    }
    try {
      if (!fn.expandsArgs()) {
        lazy(fn, argExprs, scope, out);
        return;
      }
      List<String> a = new ArrayList<>(argExprs.size());
      for (Expr e : argExprs) {
        a.add(expander.expandToString(e, scope));
      }
      eager(fn, a, scope, out);
    } catch (FunctionException e) {
      throw new MakeError(scope.location(), e.getMessage());
    }
  }

  private static String arg(List<String> a, int i) {
    return i < a.size() ? a.get(i) : "";
  }

  private void eager(BuiltinFunction fn, List<String> a, Scope scope, StringBuilder out) {
    Path cwd = st.workDir();
    switch (fn) {
      case SUBST -> TextFunctions.subst(out, a.get(0), a.get(1), a.get(2));
      case PATSUBST -> TextFunctions.patsubst(out, a.get(0), a.get(1), a.get(2));
      case STRIP -> TextFunctions.strip(out, arg(a, 0));
      case FINDSTRING -> TextFunctions.findstring(out, a.get(0), a.get(1));
      case FILTER -> TextFunctions.filter(out, a.get(0), a.get(1), false);
      case FILTER_OUT -> TextFunctions.filter(out, a.get(0), a.get(1), true);
      case SORT -> TextFunctions.sort(out, arg(a, 0));
      case WORD -> TextFunctions.word(out, a.get(0), a.get(1));
      case WORDLIST -> TextFunctions.wordlist(out, a.get(0), a.get(1), a.get(2));
      case WORDS -> TextFunctions.words(out, arg(a, 0));
      case FIRSTWORD -> TextFunctions.firstword(out, arg(a, 0));
      case LASTWORD -> TextFunctions.lastword(out, arg(a, 0));
      case DIR -> TextFunctions.dir(out, arg(a, 0));
      case NOTDIR -> TextFunctions.notdir(out, arg(a, 0));
      case SUFFIX -> TextFunctions.suffix(out, arg(a, 0));
      case BASENAME -> TextFunctions.basename(out, arg(a, 0));
      case ADDSUFFIX -> TextFunctions.addsuffix(out, a.get(0), a.get(1));
      case ADDPREFIX -> TextFunctions.addprefix(out, a.get(0), a.get(1));
      case JOIN -> TextFunctions.join(out, a.get(0), a.get(1));
      case ABSPATH -> TextFunctions.abspath(out, arg(a, 0), cwd);
      case REALPATH -> TextFunctions.realpath(out, arg(a, 0), cwd);
      case WILDCARD -> TextFunctions.wildcard(out, arg(a, 0), cwd);
      case VALUE -> {
        Variable v = scope.variables().lookup(arg(a, 0));
        if (v != null) {
          out.append(v.value());
        }
      }
      case ORIGIN -> {
        Variable v = scope.variables().lookup(arg(a, 0));
        out.append(v == null ? "undefined" : v.origin().functionName());
      }
      case FLAVOR -> {
        Variable v = scope.variables().lookup(arg(a, 0));
        out.append(v == null ? "undefined" : v.flavor().makeName());
      }
      case SHELL -> {
        ShellRunner.Result r = st.shell.run(arg(a, 0), scope.location());
        st.db.shellCalls.add(new ShellCall(arg(a, 0), scope.location(), r.executed(),
            r.output()));
        out.append(r.output());
      }
      case INFO -> st.diagnostic(Diagnostic.Kind.INFO, scope.location(), arg(a, 0));
      case WARNING -> st.diagnostic(Diagnostic.Kind.USER_WARNING, scope.location(), arg(a, 0));
      case ERROR -> {
        st.diagnostic(Diagnostic.Kind.USER_ERROR, scope.location(), arg(a, 0));
        throw new MakeError(scope.location(), arg(a, 0));
      }
      case EVAL -> expander.evalAsMakefileText(st.evaluator, arg(a, 0), scope.location());
      case CALL -> call(a, scope, out);
      case FILE -> file(a, scope, out);
      default -> throw new IllegalStateException("unhandled function " + fn);
    }
  }

  private void lazy(BuiltinFunction fn, List<Expr> args, Scope scope, StringBuilder out) {
    switch (fn) {
      case IF -> {
        // The condition is stripped before expansion; any non-empty expansion is true.
        Expr cond = stripEdges(args.get(0));
        boolean holds = cond != null && !expander.expandTest(cond, scope).isEmpty();
        if (holds) {
          expander.expand(args.get(1), scope, out);
        } else if (args.size() > 2) {
          expander.expand(args.get(2), scope, out);
        }
      }
      case OR -> {
        for (Expr e : args) {
          Expr s = stripEdges(e);
          String v = s == null ? "" : expander.expandTest(s, scope);
          if (!v.isEmpty()) {
            out.append(v);
            return;
          }
        }
      }
      case AND -> {
        String last = "";
        for (Expr e : args) {
          Expr s = stripEdges(e);
          last = s == null ? "" : expander.expandTest(s, scope);
          if (last.isEmpty()) {
            return;
          }
        }
        out.append(last);
      }
      case FOREACH -> foreach(args, scope, out);
      default -> throw new IllegalStateException("unhandled lazy function " + fn);
    }
  }

  private void foreach(List<Expr> args, Scope scope, StringBuilder out) {
    String name = expander.expandToString(args.get(0), scope);
    String list = expander.expandToString(args.get(1), scope);
    VariableSet loop = new VariableSet(scope.variables());
    Scope inner = new Scope(loop, scope.location());
    boolean first = true;
    for (String word : Words.split(list)) {
      st.progress.tick();
      loop.put(new Variable(name, Flavor.SIMPLE, Origin.AUTOMATIC, word, scope.location(), null,
          false, false));
      if (!first) {
        out.append(' ');
      }
      first = false;
      expander.expand(args.get(2), inner, out);
    }
  }

  /** The argument with leading and trailing whitespace of its literal text removed, or null. */
  private static Expr stripEdges(Expr e) {
    if (e instanceof Expr.Literal l) {
      String s = l.text().strip();
      return s.isEmpty() ? null : new Expr.Literal(s, l.start(), l.end());
    }
    if (e instanceof Expr.Concat c) {
      List<Expr> parts = new ArrayList<>(c.parts());
      while (!parts.isEmpty() && parts.get(0) instanceof Expr.Literal l) {
        String s = l.text().stripLeading();
        if (s.isEmpty()) {
          parts.remove(0);
        } else {
          parts.set(0, new Expr.Literal(s, l.start(), l.end()));
          break;
        }
      }
      while (!parts.isEmpty() && parts.get(parts.size() - 1) instanceof Expr.Literal l) {
        String s = l.text().stripTrailing();
        if (s.isEmpty()) {
          parts.remove(parts.size() - 1);
        } else {
          parts.set(parts.size() - 1, new Expr.Literal(s, l.start(), l.end()));
          break;
        }
      }
      return parts.isEmpty() ? null : new Expr.Concat(parts, c.start(), c.end());
    }
    return e;
  }

  private void call(List<String> a, Scope scope, StringBuilder out) {
    String name = a.get(0).strip();
    if (name.isEmpty()) {
      return;
    }
    BuiltinFunction builtin = BuiltinFunction.byName(name);
    if (builtin != null) {
      // $(call info,x) calls the built-in with the remaining arguments.
      List<String> rest = a.subList(1, a.size());
      if (rest.size() < builtin.minArgs()) {
        throw new MakeError(scope.location(), "insufficient number of arguments (" + rest.size()
            + ") to function '" + builtin.makeName() + "'");
      }
      if (builtin.expandsArgs()) {
        eager(builtin, new ArrayList<>(rest), scope, out);
      } else {
        List<Expr> lits = new ArrayList<>();
        for (String s : rest) {
          lits.add(new Expr.Literal(s, 0, s.length()));
        }
        lazy(builtin, lits, scope, out);
      }
      return;
    }
    Variable v = scope.variables().lookup(name);
    if (v == null) {
      st.noteUndefined(name, scope.location());
      return;
    }
    if (v.value().isEmpty()) {
      return;
    }
    VariableSet args = new VariableSet(scope.variables());
    int count = Math.max(a.size() - 1, maxCallArgs);
    args.put(new Variable("0", Flavor.SIMPLE, Origin.AUTOMATIC, name, scope.location(), null,
        false, false));
    for (int i = 1; i <= count; i++) {
      String value = i < a.size() ? a.get(i) : "";
      args.put(new Variable(Integer.toString(i), Flavor.SIMPLE, Origin.AUTOMATIC, value,
          scope.location(), null, false, false));
    }
    int savedMax = maxCallArgs;
    maxCallArgs = count;
    calling.put(v, calling.getOrDefault(v, 0) + 1);
    try {
      expander.appendValue(v, new Scope(args, scope.location()), out);
    } finally {
      maxCallArgs = savedMax;
      int depth = calling.get(v) - 1;
      if (depth == 0) {
        calling.remove(v);
      } else {
        calling.put(v, depth);
      }
    }
  }

  private void file(List<String> a, Scope scope, StringBuilder out) {
    String spec = a.get(0).strip();
    if (spec.startsWith(">") || spec.startsWith(">>")) {
      boolean append = spec.startsWith(">>");
      String name = spec.substring(append ? 2 : 1).strip();
      if (name.isEmpty()) {
        throw new MakeError(scope.location(), "file: missing filename");
      }
      String text = a.size() > 1 ? a.get(1) : null;
      String content = text == null ? "" : text.endsWith("\n") ? text : text + "\n";
      try {
        Path target = st.path(name);
        if (target == null) {
          throw new MakeError(scope.location(), "open: " + name + ": Invalid argument");
        }
        boolean written = st.files.writable() && st.files.write(target, content, append);
        if (!written) {
          st.diagnostic(Diagnostic.Kind.WARNING, scope.location(),
              "$(file " + (append ? ">>" : ">") + name + ") not written: makelint writes no "
                  + "files unless run with --shell=run");
        }
      } catch (IOException e) {
        throw new MakeError(scope.location(), "open: " + name + ": " + e.getMessage());
      }
      return;
    }
    if (spec.startsWith("<")) {
      if (a.size() > 1) {
        throw new MakeError(scope.location(), "file: too many arguments");
      }
      String name = spec.substring(1).strip();
      if (name.isEmpty()) {
        throw new MakeError(scope.location(), "file: missing filename");
      }
      Path p = st.path(name);
      if (p == null || !st.files.exists(p)) {
        return;
      }
      try {
        String text = st.files.read(p);
        out.append(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
      } catch (IOException e) {
        throw new MakeError(scope.location(), "open: " + name + ": " + e.getMessage());
      }
      return;
    }
    throw new MakeError(scope.location(), "file: invalid file operation: " + spec);
  }
}
