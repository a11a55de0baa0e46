package dev.makelint.syntax;

import dev.makelint.syntax.antlr.MakeExprLexer;
import dev.makelint.syntax.antlr.MakeExprParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.ANTLRInputStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns MakeExpr parse trees into {@link Expr} trees for one input text. See {@link ExprParser} for
 * the rules it applies on top of the grammar. Not thread-safe; one instance per parsed text.
 */
final class ExprTreeBuilder {

  /**
   * Lexer and parser are reused per thread; ANTLR's shared DFA caches are thread-safe. (Classes,
   * not lambdas: see README, Start-up.)
   */
  private static final ThreadLocal<MakeExprLexer> LEXER = new ThreadLocal<>() {
    @Override
    protected MakeExprLexer initialValue() {
      MakeExprLexer lexer = new MakeExprLexer(null);
      lexer.removeErrorListeners();
      return lexer;
    }
  };

  private static final ThreadLocal<MakeExprParser> PARSER = new ThreadLocal<>() {
    @Override
    protected MakeExprParser initialValue() {
      MakeExprParser parser = new MakeExprParser(null);
      parser.removeErrorListeners();
      return parser;
    }
  };

  private final String text;
  /** All tokens of {@link #text}, EOF excluded; index = global token index. */
  private final List<Token> tokens;

  @SuppressWarnings("deprecation") // ANTLRInputStream indexes UTF-16 units, as String does;
  // CharStreams.fromString would index code points and shift offsets after non-BMP characters.
  ExprTreeBuilder(String text) {
    this.text = text;
    MakeExprLexer lexer = LEXER.get();
    lexer.setInputStream(new ANTLRInputStream(text));
    List<Token> all = new ArrayList<>();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      all.add(t);
    }
    this.tokens = all;
  }

  Expr build() {
    return range(0, tokens.size(), 0, text.length());
  }

  /** The expression for tokens [from, to), which cover the characters [startOff, endOff). */
  private Expr range(int from, int to, int startOff, int endOff) {
    return combine(rangeParts(from, to, startOff, endOff), startOff, endOff);
  }

  private List<Expr> rangeParts(int from, int to, int startOff, int endOff) {
    List<Expr> parts = new ArrayList<>();
    if (!hasDollar(from, to)) {
      if (startOff < endOff) {
        parts.add(new Expr.Literal(text.substring(startOff, endOff), startOff, endOff));
      }
      return parts;
    }
    MakeExprParser.TextContext tree = runParser(from, to);
    new Level(from, to, endOff, parts).walk(tree);
    return parts;
  }

  private boolean hasDollar(int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).getType() == MakeExprLexer.DOLLAR) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs the grammar on tokens [from, to) as if they were a whole string: make expands names and
   * arguments as separate strings. The tokens are copied because the token stream renumbers them.
   */
  private MakeExprParser.TextContext runParser(int from, int to) {
    List<Token> sub = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      sub.add(new CommonToken(tokens.get(i)));
    }
    MakeExprParser parser = PARSER.get();
    parser.setInputStream(new CommonTokenStream(new ListTokenSource(sub)));
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    try {
      return parser.text();
    } catch (ParseCancellationException e) {
      // The grammar is LL(1) and accepts every token sequence, so this is not expected; retry with
      // full LL prediction anyway, as the standard two-stage ANTLR strategy does.
      parser.reset();
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      return parser.text();
    }
  }

  /** Joins adjacent literals; no part gives an empty literal, one part is returned unwrapped. */
  static Expr combine(List<Expr> parts, int startOff, int endOff) {
    List<Expr> merged = new ArrayList<>(parts.size());
    for (Expr p : parts) {
      if (p instanceof Expr.Literal lit && !merged.isEmpty()
          && merged.get(merged.size() - 1) instanceof Expr.Literal prev) {
        merged.set(merged.size() - 1,
            new Expr.Literal(prev.text() + lit.text(), prev.start(), lit.end()));
      } else {
        merged.add(p);
      }
    }
    if (merged.isEmpty()) {
      return new Expr.Literal("", startOff, endOff);
    }
    if (merged.size() == 1) {
      return merged.get(0);
    }
    return new Expr.Concat(List.copyOf(merged), startOff, endOff);
  }

  /** One run of the grammar over tokens [from, to) and the walk over its pieces. */
  private final class Level {
    private final int from;
    private final int to;
    private final int endOff;
    private final List<Expr> out;

    Level(int from, int to, int endOff, List<Expr> out) {
      this.from = from;
      this.to = to;
      this.endOff = endOff;
      this.out = out;
    }

    private int global(Token local) {
      return from + local.getTokenIndex();
    }

    void walk(MakeExprParser.TextContext tree) {
      for (MakeExprParser.PieceContext piece : tree.piece()) {
        if (piece instanceof MakeExprParser.PlainPieceContext plain) {
          Token t = ((TerminalNode) plain.getChild(0)).getSymbol();
          out.add(literal(t.getText(), t.getStartIndex(), t.getStopIndex() + 1));
        } else if (!dollar((MakeExprParser.DollarPieceContext) piece)) {
          return; // the rest of this level has been consumed or re-parsed
        }
      }
    }

    /** Handles one '$' construct; false when it consumed the rest of the level. */
    private boolean dollar(MakeExprParser.DollarPieceContext piece) {
      int start = piece.DOLLAR().getSymbol().getStartIndex();
      MakeExprParser.RefContext ref = piece.ref();
      if (ref instanceof MakeExprParser.EscapedDollarContext esc) {
        out.add(literal("$", start, esc.DOLLAR().getSymbol().getStopIndex() + 1));
        return true;
      }
      if (ref instanceof MakeExprParser.TrailingDollarContext) {
        // Checked with make 4.3: `$(info a$)` prints "a$".
        out.add(literal("$", start, start + 1));
        return true;
      }
      if (ref instanceof MakeExprParser.SingleCharRefContext) {
        Token t = ((TerminalNode) ref.getChild(0)).getSymbol();
        int nameStart = t.getStartIndex();
        int nameEnd = nameStart + Character.charCount(text.codePointAt(nameStart));
        out.add(new Expr.VarRef(literal(text.substring(nameStart, nameEnd), nameStart, nameEnd),
            start, nameEnd));
        int tokenEnd = t.getStopIndex() + 1;
        if (nameEnd < tokenEnd) {
          out.add(literal(text.substring(nameEnd, tokenEnd), nameEnd, tokenEnd));
        }
        return true;
      }
      if (ref instanceof MakeExprParser.ParenRefContext p) {
        return bracket(start, p.LPAREN().getSymbol(), p.parenBody(), p.close, ')');
      }
      MakeExprParser.BraceRefContext b = (MakeExprParser.BraceRefContext) ref;
      return bracket(start, b.LBRACE().getSymbol(), b.braceBody(), b.close, '}');
    }

    private boolean bracket(int start, Token open, ParseTree body, Token close, char closeChar) {
      BuiltinFunction function = functionName(body, close);
      boolean closed = close.getType() != Token.EOF;
      if (function != null) {
        if (!closed) {
          out.add(new Expr.Malformed("unterminated call to function '" + function.makeName()
              + "': missing '" + closeChar + "'", start, endOff));
          return false;
        }
        out.add(call(function, start, body, close));
        return true;
      }
      int closeType = closeChar == ')' ? MakeExprLexer.RPAREN : MakeExprLexer.RBRACE;
      int gOpen = global(open);
      int firstClose = -1;
      boolean dollarBefore = false;
      for (int i = gOpen + 1; i < to; i++) {
        int type = tokens.get(i).getType();
        if (type == closeType) {
          firstClose = i;
          break;
        }
        dollarBefore |= type == MakeExprLexer.DOLLAR;
      }
      if (firstClose < 0) {
        out.add(new Expr.Malformed("unterminated variable reference", start, endOff));
        return false;
      }
      int nameStart = open.getStopIndex() + 1;
      Token fc = tokens.get(firstClose);
      if (!dollarBefore) {
        // No '$' before the first closing bracket: the name ends there, nesting or not.
        // Checked with make 4.3: `$(a(b)c)` is variable "a(b" followed by "c)".
        out.add(new Expr.VarRef(literal(text.substring(nameStart, fc.getStartIndex()), nameStart,
            fc.getStartIndex()), start, fc.getStopIndex() + 1));
        if (closed && global(close) == firstClose) {
          return true;
        }
        out.addAll(rangeParts(firstClose + 1, to, fc.getStopIndex() + 1, endOff));
        return false;
      }
      if (closed) {
        out.add(new Expr.VarRef(range(gOpen + 1, global(close), nameStart, close.getStartIndex()),
            start, close.getStopIndex() + 1));
        return true;
      }
      // Counting never closes: make takes the unexpanded text up to the first closing bracket as
      // the name and drops the rest of the string (checked with make 4.3: `[$($(foo)]tail` gives
      // "[" and a reference to the variable "$(foo").
      out.add(new Expr.VarRef(literal(text.substring(nameStart, fc.getStartIndex()), nameStart,
          fc.getStartIndex()), start, endOff));
      return false;
    }

    /** The function named at the start of the body, when it is followed by whitespace or the end. */
    private BuiltinFunction functionName(ParseTree body, Token close) {
      if (body.getChildCount() == 0 || !(body.getChild(0) instanceof TerminalNode name)
          || name.getSymbol().getType() != MakeExprLexer.TEXT) {
        return null;
      }
      BuiltinFunction f = BuiltinFunction.byName(name.getText());
      if (f == null) {
        return null;
      }
      if (body.getChildCount() == 1) {
        return close.getType() == Token.EOF ? f : null;
      }
      return body.getChild(1) instanceof TerminalNode next
          && next.getSymbol().getType() == MakeExprLexer.WS ? f : null;
    }

    private Expr call(BuiltinFunction function, int start, ParseTree body, Token close) {
      int max = function.maxArgs();
      int first = body.getChildCount() > 1 ? 2 : 1; // skip the name and the whitespace after it
      Token afterOf = ((TerminalNode) body.getChild(first - 1)).getSymbol();
      int argFrom = global(afterOf) + 1;
      int argStart = afterOf.getStopIndex() + 1;
      List<Expr> args = new ArrayList<>();
      for (int i = first; i < body.getChildCount(); i++) {
        if (body.getChild(i) instanceof TerminalNode node
            && node.getSymbol().getType() == MakeExprLexer.COMMA
            && (max == 0 || args.size() + 1 < max)) {
          Token comma = node.getSymbol();
          args.add(range(argFrom, global(comma), argStart, comma.getStartIndex()));
          argFrom = global(comma) + 1;
          argStart = comma.getStopIndex() + 1;
        }
      }
      args.add(range(argFrom, global(close), argStart, close.getStartIndex()));
      return new Expr.FuncCall(function, List.copyOf(args), start, close.getStopIndex() + 1);
    }

    private Expr.Literal literal(String s, int startOff, int endOffExclusive) {
      return new Expr.Literal(s, startOff, endOffExclusive);
    }
  }
}
