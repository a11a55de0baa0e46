package dev.makelint.evaluation;

import dev.makelint.reading.LineReader;
import dev.makelint.reading.LineText;
import dev.makelint.reading.RawLine;
import dev.makelint.syntax.AssignOp;
import dev.makelint.syntax.Directive;
import dev.makelint.syntax.DirectiveParser;
import dev.makelint.syntax.Modifiers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads makefiles the way GNU make 4.3's read.c does, statement by statement. How a line is
 * treated depends on state built up by the lines before it (an open rule, the recipe prefix,
 * conditionals, a define being read), so this dispatcher is hand-written; the syntax of
 * individual lines and expressions comes from the ANTLR-based parsers in the syntax package.
 */
public final class Evaluator {
  private final EvaluationState st;
  private final Expander expander;
  private final RuleRecorder recorder;
  private final Assignments assignments;
  private final Includes includes;

  /** What conditional lines need of the evaluator (a class, not lambdas: see README, Start-up). */
  private final Conditionals.Test conditionTest = new Conditionals.Test() {
    @Override
    public boolean holds(Directive.Conditional c, Location at) {
      return conditionHolds(c, at);
    }

    @Override
    public void warn(Location at, String message) {
      Evaluator.this.warn(at, message);
    }
  };

  private Evaluator(EvaluationState st) {
    this.st = st;
    st.evaluator = this;
    this.expander = new Expander(st);
    st.expander = expander;
    st.db.expander = expander;
    this.recorder = new RuleRecorder(st);
    this.assignments = new Assignments(st, expander);
    this.includes = new Includes(st);
  }

  /**
   * Reads the makefiles {@code options} names and returns what make would know. A fatal error
   * stops reading; it is returned in {@link MakeDatabase#fatal()} with what was read until then.
   */
  public static MakeDatabase evaluate(EvalOptions options, ShellRunner shell, FileSystemView fs) {
    EvaluationState st = new EvaluationState(options, shell, fs);
    Evaluator ev = new Evaluator(st);
    boolean bind = Progress.current() == null;
    if (bind) {
      Progress.bind(st.progress);
    }
    try {
      ev.run();
    } catch (MakeError e) {
      st.db.fatal = e;
    } catch (StackOverflowError e) {
      st.db.fatal = stackExhausted(st.progress.location());
    } catch (OutOfMemoryError e) {
      if (Boolean.getBoolean("makelint.debug")) {
        e.printStackTrace();
      }
      st.db.fatal = outOfMemory(st.progress.location());
    } finally {
      if (bind) {
        Progress.bind(null);
      }
    }
    return st.db;
  }

  /** The error for a Java stack exhausted by nesting at {@code at}. */
  public static MakeError stackExhausted(Location at) {
    return new LimitExceeded(at, "expansion nested too deeply: the Java stack ran out before "
        + "--max-expansion-depth was reached (give the JVM a larger -Xss or lower the limit)");
  }

  /** The error for a Java heap exhausted at {@code at}. */
  public static MakeError outOfMemory(Location at) {
    return new LimitExceeded(at, "out of memory: the Java heap ran out (give the JVM a larger "
        + "-Xmx, e.g. MAKELINT_JAVA_OPTS=-Xmx4g, or lower --max-expansion-size)");
  }

  private void run() {
    Startup startup = new Startup(st, assignments);
    startup.defineEnvironment();
    startup.defineSpecials();
    if (!st.options.noBuiltinVariables()) {
      readBuiltin(BuiltinMakefiles.VARIABLES);
    }
    if (st.options.noBuiltinRules()) {
      st.db.globals.put(new Variable("SUFFIXES", Flavor.RECURSIVE, Origin.DEFAULT, "",
          Location.NONE, null, false, false));
    }
    startup.defineCommandLine();
    if (!st.options.noBuiltinRules()) {
      readBuiltin(BuiltinMakefiles.RULES);
    }
    includes.readMakefilesVariable(this);
    List<String> makefiles = st.options.makefiles();
    if (makefiles.isEmpty()) {
      String found = null;
      for (String candidate : List.of("GNUmakefile", "makefile", "Makefile")) {
        if (st.files.exists(st.workDir().resolve(candidate))) {
          found = candidate;
          break;
        }
      }
      if (found == null) {
        throw new MakeError(Location.NONE, "No targets specified and no makefile found");
      }
      makefiles = List.of(found);
    }
    for (String mf : makefiles) {
      if (!readMakefile(mf, mf, null, false, true)) {
        throw new MakeError(Location.NONE, mf + ": No such file or directory");
      }
    }
    Suffixes.convertSuffixRules(st);
    new AfterReading(st, expander).run();
    for (var e : st.patternSets.entrySet()) {
      for (Variable v : e.getValue().all()) {
        st.db.patternVariables.add(new PatternVariable(e.getKey(), v));
      }
    }
    // As make: every makefile is read and the rules are in place before missing includes are
    // remade, so a missing include stops make only now (the database is complete).
    MakeError missingInclude = includes.checkMissing(st.db);
    st.db.readCompletely = true;
    if (missingInclude != null) {
      throw missingInclude;
    }
  }

  private void readBuiltin(String text) {
    readBuffer(new Buffer(new LineReader(text), null, false, null, true));
  }

  /**
   * Reads one makefile. Returns false when it does not exist. {@code includedFrom} is the include
   * line that named it, or null.
   */
  boolean readMakefile(String name, String locationName, Location includedFrom, boolean optional,
      boolean setDefault) {
    Path path = st.path(name);
    if (path == null || !st.files.exists(path)) {
      return false;
    }
    readFound(path, name, locationName, includedFrom, optional, setDefault);
    return true;
  }

  /**
   * Reads makefile {@code name}, found at {@code path} a moment ago ({@link Includes#resolve}
   * asks the file system just before: asking again was a second system call per included file,
   * 2,000 of them at 2,000 modules).
   */
  void readFound(Path path, String name, String locationName, Location includedFrom,
      boolean optional, boolean setDefault) {
    if (includesDepth() > st.limits().maxIncludeDepth()) {
      int first = reading.lastIndexOf(locationName);
      String cycle = first < 0 ? ""
          : " (an include cycle: " + String.join(" -> ", reading.subList(first, reading.size()))
              + " -> " + locationName + ")";
      throw new LimitExceeded(includedFrom, "include nesting deeper than "
          + st.limits().maxIncludeDepth() + " files" + cycle,
          "--max-include-depth", Integer.toString(st.limits().maxIncludeDepth()));
    }
    String text;
    try {
      text = st.files.read(path);
    } catch (FileSystemView.TooLarge e) {
      throw new LimitExceeded(includedFrom == null ? Location.NONE : includedFrom,
          name + ": makefile larger than " + st.limits().maxFileSize() + " bytes",
          "--max-file-size", Long.toString(st.limits().maxFileSize()));
    } catch (IOException e) {
      throw new MakeError(includedFrom == null ? Location.NONE : includedFrom,
          name + ": " + e.getMessage());
    }
    st.db.makefiles.add(new MakefileRead(name, includedFrom, optional));
    st.db.makefileTexts.put(path.toAbsolutePath().normalize(), text);
    assignments.appendMakefileList(name);
    depth++;
    reading.add(locationName);
    try {
      readBuffer(new Buffer(new LineReader(text), locationName, setDefault, null, false));
    } finally {
      depth--;
      reading.remove(reading.size() - 1);
    }
  }

  private int depth;
  /** Names of the makefiles being read, outermost first (to name include cycles). */
  private final List<String> reading = new ArrayList<>();

  private int includesDepth() {
    return depth;
  }

  /** Evaluates {@code text} as makefile lines, all located at {@code at} ($(eval)). */
  void evalText(String text, Location at) {
    if (st.evalDepth + 1 > st.limits().maxEvalDepth()) {
      throw new LimitExceeded(at, "$(eval) nested deeper than " + st.limits().maxEvalDepth()
          + " levels", "--max-eval-depth", Integer.toString(st.limits().maxEvalDepth()));
    }
    st.evalDepth++;
    try {
      readBuffer(new Buffer(new LineReader(text), at.file(), true, at, false));
    } finally {
      st.evalDepth--;
    }
  }

  /** Per-buffer reading state: what make keeps in eval()'s local variables. */
  private static final class Buffer {
    final LineReader lines;
    final String file;
    final boolean setDefault;
    /** For $(eval) text: every line is located at the $(eval) call. */
    final Location fixed;
    final boolean builtin;
    final Conditionals conditionals = new Conditionals();
    List<String> pendingTargets;
    RuleLine.Rule pendingRule;
    Location pendingLocation;
    final List<String> recipeLines = new ArrayList<>();
    /** The physical line of each of {@link #recipeLines}. */
    final List<Integer> recipeLineNumbers = new ArrayList<>();
    Location recipeLocation;
    char pendingPrefix;
    boolean noTargets;
    boolean inIgnoredDefine;
    Location lastLocation;

    Buffer(LineReader lines, String file, boolean setDefault, Location fixed, boolean builtin) {
      this.lines = lines;
      this.file = file;
      this.setDefault = setDefault;
      this.fixed = fixed;
      this.builtin = builtin;
    }

    Location at(int line) {
      return fixed != null ? fixed : new Location(file, line);
    }
  }

  private void readBuffer(Buffer b) {
    RawLine raw;
    while ((raw = b.lines.next()) != null) {
      Location at = b.at(raw.firstLine());
      b.lastLocation = at;
      st.progress.at(at);
      st.progress.tick();
      String line = raw.text();
      if (line.isEmpty()) {
        continue;
      }
      if (line.charAt(0) == st.recipePrefix) {
        if (b.noTargets) {
          trace(b, at, raw, ReadLine.Kind.SKIPPED);
          continue;
        }
        if (b.pendingTargets != null) {
          if (b.conditionals.ignoring()) {
            trace(b, at, raw, ReadLine.Kind.SKIPPED);
            continue;
          }
          if (b.recipeLines.isEmpty()) {
            b.recipeLocation = at;
          }
          b.recipeLines.add(line.substring(1));
          b.recipeLineNumbers.add(at.line());
          trace(b, at, raw, ReadLine.Kind.RECIPE);
          continue;
        }
      }
      String collapsed = LineText.removeComments(LineText.collapseContinuations(line));
      int s = 0;
      while (s < collapsed.length() && isSpace(collapsed.charAt(s))) {
        s++;
      }
      String p = collapsed.substring(s);
      Directive d = DirectiveParser.classify(p);
      if (d instanceof Directive.Assign || d instanceof Directive.Define
          || d instanceof Directive.Undefine) {
        if (b.conditionals.ignoring()) {
          if (d instanceof Directive.Define) {
            b.inIgnoredDefine = true;
          }
          trace(b, at, raw, ReadLine.Kind.SKIPPED);
          continue;
        }
        recordWaiting(b);
        Origin origin = b.builtin ? Origin.DEFAULT : null;
        trace(b, at, raw, d instanceof Directive.Assign ? ReadLine.Kind.ASSIGNMENT
            : d instanceof Directive.Define ? ReadLine.Kind.DEFINE : ReadLine.Kind.UNDEFINE);
        if (d instanceof Directive.Assign a) {
          assignments.assign(a, at, origin);
        } else if (d instanceof Directive.Define def) {
          if (def.extraneousText()) {
            st.diagnostic(Diagnostic.Kind.ERROR, at, "extraneous text after 'define' directive");
          }
          String body = readDefineBody(b, at);
          assignments.assign(new Directive.Assign(def.modifiers(), def.name(),
              def.op() == null ? AssignOp.RECURSIVE : def.op(), body), at, origin, true);
        } else {
          assignments.undefine((Directive.Undefine) d, at);
        }
        continue;
      }
      if (p.isEmpty()) {
        continue;
      }
      if (b.inIgnoredDefine) {
        trace(b, at, raw, ReadLine.Kind.SKIPPED);
        if (isEndef(p)) {
          b.inIgnoredDefine = false;
        }
        continue;
      }
      if (d instanceof Directive.Conditional c) {
        trace(b, at, raw, ReadLine.Kind.CONDITIONAL);
        b.conditionals.apply(c, conditionTest, at);
        continue;
      }
      if (b.conditionals.ignoring()) {
        trace(b, at, raw, ReadLine.Kind.SKIPPED);
        continue;
      }
      if (d instanceof Directive.Export e) {
        recordWaiting(b);
        trace(b, at, raw, ReadLine.Kind.EXPORT);
        assignments.export(e, at);
        continue;
      }
      if (d instanceof Directive.Vpath v) {
        recordWaiting(b);
        trace(b, at, raw, ReadLine.Kind.VPATH);
        includes.vpath(v, at, expander);
        continue;
      }
      if (d instanceof Directive.Include inc) {
        recordWaiting(b);
        trace(b, at, raw, ReadLine.Kind.INCLUDE);
        includes.include(inc, at, b.setDefault, this, expander);
        continue;
      }
      if (d instanceof Directive.Load l) {
        recordWaiting(b);
        trace(b, at, raw, ReadLine.Kind.LOAD);
        String what = expander.expand(l.args(), new Scope(st.db.globals, at));
        st.diagnostic(Diagnostic.Kind.WARNING, at,
            "load of '" + what.strip() + "' not performed: makelint never loads plugins");
        continue;
      }
      if (line.charAt(0) == st.recipePrefix) {
        throw new MakeError(at, "recipe commences before first target");
      }
      recordWaiting(b);
      Scope scope = new Scope(st.db.globals, at);
      RuleLine.Parsed parsed = RuleLine.parse(line, expander, scope, at,
          st.recipePrefix);
      if (parsed instanceof RuleLine.Empty) {
        trace(b, at, raw, ReadLine.Kind.OTHER);
        continue;
      }
      if (parsed instanceof RuleLine.NoTargets) {
        trace(b, at, raw, ReadLine.Kind.OTHER);
        b.noTargets = true;
        continue;
      }
      if (parsed instanceof RuleLine.TargetVariable tv) {
        trace(b, at, raw, ReadLine.Kind.TARGET_VARIABLE);
        assignments.targetVariable(FileNames.split(tv.targets()), tv.assignment(), at);
        continue;
      }
      RuleLine.Rule rule = (RuleLine.Rule) parsed;
      List<String> targets = Globbing.expandNames(FileNames.split(rule.targets()), st);
      if (targets.isEmpty()) {
        trace(b, at, raw, ReadLine.Kind.OTHER);
        b.noTargets = true;
        continue;
      }
      trace(b, at, raw, ReadLine.Kind.RULE);
      b.noTargets = false;
      b.pendingTargets = targets;
      b.pendingRule = rule;
      b.pendingLocation = at;
      b.pendingPrefix = st.recipePrefix;
      b.recipeLines.clear();
      b.recipeLineNumbers.clear();
      b.recipeLocation = null;
      if (rule.inlineRecipe() != null) {
        b.recipeLines.add(rule.inlineRecipe());
        b.recipeLineNumbers.add(at.line());
        b.recipeLocation = at;
      }
      if (b.setDefault && !b.builtin) {
        DefaultGoal.consider(st, targets);
      }
    }
    recordWaiting(b);
    if (!b.conditionals.isEmpty()) {
      Location end = b.fixed != null ? b.fixed
          : new Location(b.file, b.lines.nextLineNumber());
      throw new MakeError(end, "missing 'endif'");
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
  }

  private static boolean isEndef(String p) {
    if (!p.startsWith("endef")) {
      return false;
    }
    String rest = p.substring(5);
    return rest.isEmpty() || rest.charAt(0) == ' ' || rest.charAt(0) == '\t'
        || rest.charAt(0) == '#';
  }

  private String readDefineBody(Buffer b, Location defineAt) {
    StringBuilder body = new StringBuilder();
    int levels = 1;
    boolean first = true;
    while (true) {
      RawLine raw = b.lines.next();
      if (raw == null) {
        throw new MakeError(defineAt, "missing 'endef', unterminated 'define'");
      }
      Location at = b.at(raw.firstLine());
      trace(b, at, raw, ReadLine.Kind.DEFINE_BODY);
      String line = LineText.collapseContinuations(raw.text());
      if (line.isEmpty() || line.charAt(0) != st.recipePrefix) {
        int s = 0;
        while (s < line.length() && isSpace(line.charAt(s))) {
          s++;
        }
        String p = line.substring(s);
        if (keyword(p, "define")) {
          levels++;
        } else if (keyword(p, "endef")) {
          String rest = LineText.removeComments(p.substring(5));
          if (!rest.isBlank()) {
            st.diagnostic(Diagnostic.Kind.ERROR, at, "extraneous text after 'endef' directive");
          }
          if (--levels == 0) {
            break;
          }
        }
      }
      if (!first) {
        body.append('\n');
      }
      body.append(line);
      first = false;
    }
    return body.toString();
  }

  private static boolean keyword(String p, String word) {
    int n = word.length();
    return p.startsWith(word) && (p.length() == n || p.charAt(n) == ' ' || p.charAt(n) == '\t');
  }

  private boolean conditionHolds(Directive.Conditional c, Location at) {
    Scope scope = new Scope(st.db.globals, at);
    switch (c.kind()) {
      case IFDEF, IFNDEF -> {
        String name = expander.expandTest(c.arg1(), scope);
        List<String> words = FileNames.split(name);
        String trimmed = name.strip();
        if (words.size() > 1 || containsSpace(trimmed)) {
          throw new MakeError(at, "invalid syntax in conditional");
        }
        Variable v = st.db.globals.lookup(trimmed);
        boolean defined = v != null && !v.value().isEmpty();
        return defined == (c.kind() == Directive.ConditionalKind.IFDEF);
      }
      default -> {
        String a = expander.expandTest(c.arg1(), scope);
        String bb = expander.expandTest(c.arg2(), scope);
        if (c.extraneousText()) {
          warn(at, "extraneous text after '" + (c.kind() == Directive.ConditionalKind.IFEQ
              ? "ifeq" : "ifneq") + "' directive");
        }
        return a.equals(bb) == (c.kind() == Directive.ConditionalKind.IFEQ);
      }
    }
  }

  private static boolean containsSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isSpace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Notes how a line was read, for the checks; lines of the built-in makefiles are left out. */
  private void trace(Buffer b, Location at, RawLine raw, ReadLine.Kind kind) {
    if (!b.builtin) {
      boolean eval = b.fixed != null;
      st.db.readLines.add(new ReadLine(at, eval ? 1 : raw.lineCount(), kind, raw.text(), eval));
    }
  }

  void warn(Location at, String message) {
    st.diagnostic(Diagnostic.Kind.WARNING, at, message);
  }

  private void recordWaiting(Buffer b) {
    if (b.pendingTargets == null) {
      return;
    }
    RuleLine.Rule r = b.pendingRule;
    recorder.record(new RuleRecorder.PendingRule(b.pendingTargets, r.doubleColon(), r.grouped(),
        r.targetPattern(), r.prerequisites(), b.pendingLocation, new ArrayList<>(b.recipeLines),
        b.recipeLocation, b.pendingPrefix, b.builtin, List.copyOf(b.recipeLineNumbers)));
    b.pendingTargets = null;
    b.pendingRule = null;
    b.recipeLines.clear();
    b.recipeLineNumbers.clear();
  }

  /** Applies modifiers of an assignment to the variable just defined. */
  static Variable applyModifiers(Variable v, Modifiers m) {
    if (m.export()) {
      v = v.withExport(Boolean.TRUE);
    }
    if (m.unexport()) {
      v = v.withExport(Boolean.FALSE);
    }
    if (m.isPrivate()) {
      v = v.withPrivate(true);
    }
    return v;
  }
}
