package dev.makelint.syntax;

import dev.makelint.syntax.Directive.Assign;
import dev.makelint.syntax.Directive.Conditional;
import dev.makelint.syntax.Directive.ConditionalKind;
import dev.makelint.syntax.Directive.Define;
import dev.makelint.syntax.Directive.Export;
import dev.makelint.syntax.Directive.Include;
import dev.makelint.syntax.Directive.Load;
import dev.makelint.syntax.Directive.Other;
import dev.makelint.syntax.Directive.Undefine;
import dev.makelint.syntax.Directive.Vpath;
import dev.makelint.syntax.antlr.MakeLineLexer;
import dev.makelint.syntax.antlr.MakeLineParser;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Classifies one logical non-recipe makefile line into a {@link Directive}, the way GNU make 4.3's
 * reader does: assignment first (so {@code export = 1} is an assignment), then conditionals, then
 * the other directive keywords, else {@link Other}.
 *
 * <p>The input has its backslash-newlines collapsed and its comments removed. Any '#' still in it
 * (an escaped {@code \#} after unescaping, or one inside a reference) is treated as make treats it
 * at this stage: a '#' in the name part of {@code NAME op VALUE} means "not an assignment" (make
 * 4.3: {@code a\#b = 1} gives "missing separator").
 *
 * <p>Parsing is done by the ANTLR grammar {@code grammars/MakeLine.g4}; splitting the {@code
 * ifeq (a,b)} form is done here (see {@link #splitParenArgs}). Results are cached by text.
 */
public final class DirectiveParser {

  /** make's message for malformed conditional arguments. */
  public static final String INVALID_CONDITIONAL = "invalid syntax in conditional";

  /** First words that can make a line without '=' something other than {@link Other}. */
  static final Set<String> KEYWORDS =
      Set.of(
          "export", "unexport", "override", "private", "define", "undefine",
          "ifeq", "ifneq", "ifdef", "ifndef", "else", "endif",
          "include", "-include", "sinclude", "vpath", "load", "-load");

  private static final int CACHE_LIMIT = 100_000;
  private static final ConcurrentHashMap<String, Directive> CACHE = new ConcurrentHashMap<>();

  private DirectiveParser() {}

  /** The classification of {@code line}. Never throws; a null line is treated as empty. */
  public static Directive classify(String line) {
    if (line == null) {
      line = "";
    }
    Directive cached = CACHE.get(line);
    if (cached != null) {
      return cached;
    }
    Directive result;
    try {
      result = compute(line);
    } catch (RuntimeException e) {
      // The grammar accepts every line (its last alternative is 'other'); this is a safety net.
      result = new Other(line);
    }
    if (line.length() > LONG_LINE) {
      return result; // not cached: a few huge lines would hold the memory of thousands
    }
    if (CACHE.size() >= CACHE_LIMIT) {
      CACHE.clear();
    }
    CACHE.put(line, result);
    return result;
  }

  /** Lines longer than this are not cached, and an assignment's value is not tokenized. */
  static final int LONG_LINE = 64 * 1024;

  private static Directive compute(String line) {
    if (line.indexOf('=') < 0 && !KEYWORDS.contains(firstWord(line))) {
      return new Other(line); // cheap path: no assignment possible, no keyword
    }
    if (line.length() > LONG_LINE) {
      // A huge assignment (a generated list, or a hostile 50 MB line): classify the text up to
      // the first '='. When that is an assignment with nothing after its operator, the whole line
      // is the same assignment (VALUE matches any tokens), and the value needs no tokenizing.
      int eq = line.indexOf('=');
      if (eq >= 0 && eq < LONG_LINE) {
        Directive head = compute(line.substring(0, eq + 1));
        if (head instanceof Assign a && a.value().isEmpty()) {
          return new Assign(a.modifiers(), a.name(), a.op(), line.substring(skipBlanks(line,
              eq + 1)));
        }
      }
    }
    Directive common = CommonLines.classify(line);
    if (common != null) {
      return common; // a plain assignment or directive, read without the grammar
    }
    return parse(line);
  }

  /** Classifies with the grammar only (CommonLinesTest compares the fast path with it). */
  static Directive parse(String line) {
    CharStream chars = CharStreams.fromString(line);
    MakeLineLexer lexer = new MakeLineLexer(chars);
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    MakeLineParser parser = new MakeLineParser(tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    // The grammar relies on "first listed alternative wins" for ambiguous lines. Two-stage
    // parsing: SLL resolves conflicts to the lowest alternative too, and when its parse succeeds
    // it is the one full LL would give; if SLL fails, reparse with full LL.
    MakeLineParser.LineContext ctx;
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    try {
      ctx = parser.line();
    } catch (ParseCancellationException sllFailed) {
      tokens.seek(0);
      parser.reset();
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      ctx = parser.line();
    }
    return new Builder(chars, line).line(ctx);
  }

  /** The first blank-delimited word after leading blanks. */
  private static String firstWord(String line) {
    int i = skipBlanks(line, 0);
    int j = i;
    while (j < line.length() && !isBlank(line.charAt(j))) {
      j++;
    }
    return line.substring(i, j);
  }

  static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  static int skipBlanks(String s, int i) {
    while (i < s.length() && isBlank(s.charAt(i))) {
      i++;
    }
    return i;
  }

  static String stripTrailingBlanks(String s) {
    int e = s.length();
    while (e > 0 && isBlank(s.charAt(e - 1))) {
      e--;
    }
    return s.substring(0, e);
  }

  /** Turns the parse tree into a {@link Directive}. */
  private static final class Builder {
    private final CharStream chars;
    private final String line;

    Builder(CharStream chars, String line) {
      this.chars = chars;
      this.line = line;
    }

    /** Source text of a rule context ("" for an empty one). */
    private String text(ParserRuleContext ctx) {
      if (ctx == null) {
        return "";
      }
      Token start = ctx.getStart();
      Token stop = ctx.getStop();
      if (start == null || stop == null || start.getType() == Token.EOF) {
        return "";
      }
      if (stop.getTokenIndex() < start.getTokenIndex()) {
        return ""; // empty rule
      }
      return chars.getText(Interval.of(start.getStartIndex(), stop.getStopIndex()));
    }

    /** Source text from the start of {@code token} to the end of the line. */
    private String textFrom(int charIndex) {
      if (charIndex >= chars.size()) {
        return "";
      }
      return chars.getText(Interval.of(charIndex, chars.size() - 1));
    }

    Directive line(MakeLineParser.LineContext ctx) {
      if (ctx.assignment() != null) {
        return assignment(ctx.assignment(), Modifiers.NONE);
      }
      if (ctx.directive() != null) {
        return directive(ctx.directive());
      }
      return new Other(line);
    }

    private Directive assignment(MakeLineParser.AssignmentContext ctx, Modifiers mods) {
      if (ctx instanceof MakeLineParser.PlainAssignmentContext plain) {
        MakeLineParser.DefinitionContext def = plain.definition();
        return new Assign(mods, text(def.name()), op(def.assignOp()), valueText(def));
      }
      if (ctx instanceof MakeLineParser.ModifiedAssignmentContext m) {
        return assignment(m.assignment(), with(mods, m.modifier()));
      }
      if (ctx instanceof MakeLineParser.DefineAssignmentContext d) {
        MakeLineParser.DefineArgsContext args = d.defineArgs();
        if (args == null) {
          return new Define(mods, "", AssignOp.RECURSIVE, false);
        }
        if (args.definition() != null) {
          MakeLineParser.DefinitionContext def = args.definition();
          boolean extra = !valueText(def).isEmpty();
          return new Define(mods, text(def.name()), op(def.assignOp()), extra);
        }
        return new Define(mods, stripTrailingBlanks(text(args.rest())), AssignOp.RECURSIVE, false);
      }
      MakeLineParser.UndefineAssignmentContext u = (MakeLineParser.UndefineAssignmentContext) ctx;
      return new Undefine(mods, stripTrailingBlanks(text(u.rest())));
    }

    /** VALUE: the text after the operator, leading blanks removed, trailing blanks kept. */
    private String valueText(MakeLineParser.DefinitionContext def) {
      int after = def.assignOp().getStop().getStopIndex() + 1;
      String v = textFrom(after);
      return v.substring(skipBlanks(v, 0));
    }

    private static Modifiers with(Modifiers m, MakeLineParser.ModifierContext mod) {
      return switch (mod.getStart().getType()) {
        case MakeLineParser.EXPORT -> new Modifiers(m.override(), true, m.unexport(), m.isPrivate());
        case MakeLineParser.OVERRIDE -> new Modifiers(true, m.export(), m.unexport(), m.isPrivate());
        default -> new Modifiers(m.override(), m.export(), m.unexport(), true);
      };
    }

    private static AssignOp op(MakeLineParser.AssignOpContext ctx) {
      return switch (ctx.getStart().getType()) {
        case MakeLineParser.COLON_EQ -> AssignOp.SIMPLE;
        case MakeLineParser.COLON2_EQ -> AssignOp.POSIX_SIMPLE;
        case MakeLineParser.PLUS_EQ -> AssignOp.APPEND;
        case MakeLineParser.QMARK_EQ -> AssignOp.CONDITIONAL;
        case MakeLineParser.BANG_EQ -> AssignOp.SHELL;
        default -> AssignOp.RECURSIVE;
      };
    }

    private Directive directive(MakeLineParser.DirectiveContext ctx) {
      if (ctx instanceof MakeLineParser.ConditionalDirectiveContext c) {
        return conditional(c.conditional());
      }
      if (ctx instanceof MakeLineParser.ExportDirectiveContext e) {
        return new Export(e.getStart().getType() == MakeLineParser.EXPORT, text(e.rest()));
      }
      if (ctx instanceof MakeLineParser.VpathDirectiveContext v) {
        return new Vpath(text(v.rest()));
      }
      if (ctx instanceof MakeLineParser.IncludeDirectiveContext i) {
        return new Include(i.getStart().getType() != MakeLineParser.INCLUDE, text(i.rest()));
      }
      MakeLineParser.LoadDirectiveContext l = (MakeLineParser.LoadDirectiveContext) ctx;
      return new Load(l.getStart().getType() == MakeLineParser.DASH_LOAD, text(l.rest()));
    }

    private Conditional conditional(MakeLineParser.ConditionalContext ctx) {
      if (ctx instanceof MakeLineParser.TestCondContext t) {
        return test(t.testConditional());
      }
      if (ctx instanceof MakeLineParser.ElseCondContext e) {
        Conditional inner = e.testConditional() == null ? null : test(e.testConditional());
        return new Conditional(ConditionalKind.ELSE, null, null, inner, null, e.rest() != null);
      }
      MakeLineParser.EndifCondContext end = (MakeLineParser.EndifCondContext) ctx;
      return new Conditional(ConditionalKind.ENDIF, null, null, null, null, end.rest() != null);
    }

    private Conditional test(MakeLineParser.TestConditionalContext ctx) {
      if (ctx instanceof MakeLineParser.DefConditionalContext d) {
        ConditionalKind kind =
            d.getStart().getType() == MakeLineParser.IFDEF
                ? ConditionalKind.IFDEF
                : ConditionalKind.IFNDEF;
        return new Conditional(kind, text(d.rest()), null, null, null, false);
      }
      MakeLineParser.EqConditionalContext eq = (MakeLineParser.EqConditionalContext) ctx;
      ConditionalKind kind =
          eq.getStart().getType() == MakeLineParser.IFEQ ? ConditionalKind.IFEQ : ConditionalKind.IFNEQ;
      MakeLineParser.EqArgsContext args = eq.eqArgs();
      if (args instanceof MakeLineParser.QuotedArgsContext q) {
        return new Conditional(
            kind, unquote(q.quoted(0)), unquote(q.quoted(1)), null, null, q.trailing().rest() != null);
      }
      if (args instanceof MakeLineParser.QuotedParenArgsContext q) {
        return new Conditional(kind, unquote(q.quoted()), "", null, null, q.trailing().rest() != null);
      }
      if (args instanceof MakeLineParser.ParenArgsContext p) {
        return splitParenArgs(kind, textFrom(p.getStart().getStopIndex() + 1));
      }
      return new Conditional(kind, null, null, null, INVALID_CONDITIONAL, false);
    }

    private String unquote(MakeLineParser.QuotedContext q) {
      String t = text(q);
      return t.substring(1, t.length() - 1);
    }
  }

  /**
   * Splits the text after the '(' of {@code ifeq (a,b)}. Done by hand, not in the grammar: make
   * ends the first argument at the first ',' where the count of '(' minus ')' seen so far is <= 0,
   * and that count may go negative ({@code ifeq (a),b)} gives "a)"). Blanks before the comma are
   * dropped, leading blanks of the first argument are kept. The second argument starts after the
   * comma's following blanks and ends at the first ')' not closing a '(' of its own; its trailing
   * blanks are kept ({@code ifeq (a, a )} is false in make 4.3).
   */
  static Conditional splitParenArgs(ConditionalKind kind, String s) {
    int count = 0;
    int i = 0;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        count++;
      } else if (c == ')') {
        count--;
      } else if (c == ',' && count <= 0) {
        break;
      }
    }
    if (i >= s.length()) {
      return new Conditional(kind, null, null, null, INVALID_CONDITIONAL, false);
    }
    String arg1 = stripTrailingBlanks(s.substring(0, i));
    int start2 = skipBlanks(s, i + 1);
    count = 0;
    int j = start2;
    for (; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '(') {
        count++;
      } else if (c == ')') {
        if (count <= 0) {
          break;
        }
        count--;
      }
    }
    if (j >= s.length()) {
      return new Conditional(kind, null, null, null, INVALID_CONDITIONAL, false);
    }
    String arg2 = s.substring(start2, j);
    boolean extra = skipBlanks(s, j + 1) < s.length();
    return new Conditional(kind, arg1, arg2, null, null, extra);
  }
}
