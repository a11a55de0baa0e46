package dev.makelint.syntax;

import dev.makelint.syntax.Directive.Assign;
import dev.makelint.syntax.Directive.Conditional;
import dev.makelint.syntax.Directive.ConditionalKind;
import dev.makelint.syntax.Directive.Define;
import dev.makelint.syntax.Directive.Include;

/**
 * Classifies the most common shapes of makefile line without running the grammar: {@code NAME op
 * VALUE} (optionally after {@code export}, {@code override} or {@code private}) where NAME is one
 * plain word (commas allowed), {@code define NAME [op]}, {@code ifdef}/{@code ifndef}/{@code include} with their argument, {@code ifeq
 * (a,b)}, {@code else}, {@code else if...} and {@code endif}. Anything else, or anything in doubt,
 * gets null and goes to {@link DirectiveParser}'s ANTLR grammar, which this must agree with
 * exactly (CommonLinesTest compares the two).
 *
 * <p>It exists for speed: the grammar needs full LL prediction and costs tens of microseconds per
 * distinct line once warm and far more while the JVM starts, and every makefile, built-in rules
 * included, is mostly such lines. A large tree has hundreds of thousands of distinct ones.
 */
final class CommonLines {
  private CommonLines() {}

  /** The classification of {@code line}, or null when the grammar must decide. */
  static Directive classify(String line) {
    int i = DirectiveParser.skipBlanks(line, 0);
    Modifiers mods = Modifiers.NONE;
    while (true) {
      int end = wordEnd(line, i);
      if (end == i) {
        return mods == Modifiers.NONE ? ruleLine(line, i) : null;
      }
      Directive d = definition(line, i, nameEnd(line, end), mods);
      if (d != null) {
        return d;
      }
      String word = line.substring(i, end);
      int next = DirectiveParser.skipBlanks(line, end);
      boolean blankAfter = next > end;
      if (end < line.length() && !blankAfter) {
        // the word is followed by a special character
        return mods == Modifiers.NONE ? ruleLine(line, i) : null;
      }
      Modifiers more = switch (word) {
        case "export" -> new Modifiers(mods.override(), true, mods.unexport(), mods.isPrivate());
        case "override" -> new Modifiers(true, mods.export(), mods.unexport(), mods.isPrivate());
        case "private" -> new Modifiers(mods.override(), mods.export(), mods.unexport(), true);
        default -> null;
      };
      if (more != null && blankAfter && next < line.length()) {
        mods = more; // a modifier: what follows must be an assignment (else: the grammar)
        i = next;
        continue;
      }
      if (word.equals("define")) {
        return define(line, next, mods);
      }
      if (mods != Modifiers.NONE) {
        return null;
      }
      return directive(word, line, end, next);
    }
  }

  /**
   * {@link Directive.Other} for a line whose first token is no keyword and whose assignment scan
   * (the grammar's {@code name}) stops at a {@code :} that begins no operator, before any blank:
   * {@code obj.o: CFLAGS += -O2}, {@code $(OBJS): X = 1}, a rule of a single target. Else null.
   * (Target-specific assignments all went to the grammar: at 2,000 generated modules, one per
   * module, 8% of reading's CPU samples.) References are stepped over as the grammar's {@code
   * ref} does: "$(" to its matching ")" counting parentheses only, "${" to its matching "}"
   * counting braces only, any other "$" with the character after it.
   */
  private static Directive ruleLine(String line, int i) {
    if (DirectiveParser.KEYWORDS.contains(line.substring(i, wordEnd(line, i)))) {
      return null;
    }
    int n = line.length();
    int j = i;
    while (j < n) {
      char c = line.charAt(j);
      char next = j + 1 < n ? line.charAt(j + 1) : 0;
      switch (c) {
        case '$' -> {
          if (j + 1 == n) {
            return null;
          }
          if (next == '(' || next == '{') {
            j = referenceEnd(line, j + 1, next, next == '(' ? ')' : '}');
            if (j < 0) {
              return null; // unterminated: the grammar decides
            }
          } else {
            j += 2;
          }
        }
        case ':' -> {
          boolean operator = next == '=' || next == ':' && j + 2 < n && line.charAt(j + 2) == '=';
          return operator ? null : new Directive.Other(line);
        }
        case '=', ' ', '\t', '#' -> {
          return null;
        }
        case '+', '?', '!' -> {
          if (next == '=') {
            return null;
          }
          j++;
        }
        default -> j++;
      }
    }
    return null;
  }

  /**
   * The index after the bracket closing the one at {@code open} (counting {@code openChar} and
   * {@code closeChar} only), or -1 when the line ends first.
   */
  private static int referenceEnd(String line, int open, char openChar, char closeChar) {
    int depth = 0;
    for (int j = open; j < line.length(); j++) {
      char c = line.charAt(j);
      if (c == openChar) {
        depth++;
      } else if (c == closeChar && --depth == 0) {
        return j + 1;
      }
    }
    return -1;
  }

  /** {@code NAME BLANK* op VALUE} with NAME = line[start, end), or null. */
  private static Directive definition(String line, int start, int end, Modifiers mods) {
    int at = DirectiveParser.skipBlanks(line, end);
    AssignOp op;
    int opLength;
    if (line.startsWith("::=", at)) {
      op = AssignOp.POSIX_SIMPLE;
      opLength = 3;
    } else if (line.startsWith(":=", at)) {
      op = AssignOp.SIMPLE;
      opLength = 2;
    } else if (line.startsWith("+=", at)) {
      op = AssignOp.APPEND;
      opLength = 2;
    } else if (line.startsWith("?=", at)) {
      op = AssignOp.CONDITIONAL;
      opLength = 2;
    } else if (line.startsWith("!=", at)) {
      op = AssignOp.SHELL;
      opLength = 2;
    } else if (line.startsWith("=", at)) {
      op = AssignOp.RECURSIVE;
      opLength = 1;
    } else {
      return null;
    }
    String value = line.substring(DirectiveParser.skipBlanks(line, at + opLength));
    return new Assign(mods, line.substring(start, end), op, value);
  }

  /**
   * {@code define} followed by nothing, by one plain word, or by {@code NAME op [text]}; the
   * arguments start at {@code next}.
   */
  private static Directive define(String line, int next, Modifiers mods) {
    if (next >= line.length()) {
      return new Define(mods, "", AssignOp.RECURSIVE, false);
    }
    int end = wordEnd(line, next);
    if (end == next) {
      return null;
    }
    Directive d = definition(line, next, nameEnd(line, end), mods);
    if (d instanceof Assign a) {
      return new Define(mods, a.name(), a.op(), !a.value().isEmpty());
    }
    if (DirectiveParser.skipBlanks(line, end) == line.length()) {
      return new Define(mods, line.substring(next, end), AssignOp.RECURSIVE, false);
    }
    return null;
  }

  /** A directive keyword {@code word} ending at {@code end}; its argument starts at {@code next}. */
  private static Directive directive(String word, String line, int end, int next) {
    String rest = line.substring(next);
    switch (word) {
      case "endif":
        return new Conditional(ConditionalKind.ENDIF, null, null, null, null, !rest.isEmpty());
      case "include":
      case "-include":
      case "sinclude":
        return new Include(!word.equals("include"), rest);
      case "else": {
        if (rest.isEmpty()) {
          return new Conditional(ConditionalKind.ELSE, null, null, null, null, false);
        }
        int wEnd = wordEnd(rest, 0);
        Conditional inner = wEnd == 0 ? null
            : test(rest.substring(0, wEnd), rest, wEnd, DirectiveParser.skipBlanks(rest, wEnd));
        return inner == null ? null
            : new Conditional(ConditionalKind.ELSE, null, null, inner, null, false);
      }
      default:
        return test(word, line, end, next);
    }
  }

  /** {@code ifdef}/{@code ifndef}/{@code ifeq (}/{@code ifneq (}, or null. */
  private static Conditional test(String word, String line, int end, int next) {
    if (end < line.length() && next == end) {
      return null; // not followed by a blank: not the keyword on its own
    }
    String rest = line.substring(next);
    switch (word) {
      case "ifdef":
      case "ifndef": {
        ConditionalKind kind = word.equals("ifdef") ? ConditionalKind.IFDEF : ConditionalKind.IFNDEF;
        return startsWithOperator(rest) ? null : new Conditional(kind, rest, null, null, null, false);
      }
      case "ifeq":
      case "ifneq": {
        ConditionalKind kind = word.equals("ifeq") ? ConditionalKind.IFEQ : ConditionalKind.IFNEQ;
        if (!rest.startsWith("(")) {
          return null; // quoted forms, bad arguments: the grammar knows them
        }
        return DirectiveParser.splitParenArgs(kind, rest.substring(1));
      }
      default:
        return null;
    }
  }

  private static boolean startsWithOperator(String s) {
    return s.startsWith("=") || s.startsWith(":=") || s.startsWith("::=") || s.startsWith("+=")
        || s.startsWith("?=") || s.startsWith("!=");
  }

  /**
   * The end of a variable name continuing a plain word that ends at {@code end}: commas are part
   * of names too (the built-in {@code CHECKOUT,v}).
   */
  private static int nameEnd(String s, int end) {
    while (end < s.length() && s.charAt(end) == ',') {
      end = wordEnd(s, end + 1);
    }
    return end;
  }

  /**
   * The end of the plain word starting at {@code i}: characters the grammar's WORD token takes
   * (anything but blanks and {@code $ : = + ? ! ( ) { } , ' " #}).
   */
  private static int wordEnd(String s, int i) {
    while (i < s.length() && "\t $:=+?!(){},'\"#".indexOf(s.charAt(i)) < 0) {
      i++;
    }
    return i;
  }
}
