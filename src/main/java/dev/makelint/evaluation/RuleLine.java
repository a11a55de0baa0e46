package dev.makelint.evaluation;

import dev.makelint.reading.LineText;
import java.util.List;

/**
 * Reads a line that is neither an assignment nor a directive as a rule, the way make does: it
 * expands the line word by word until the first unquoted ':' appears, because the text after the
 * colon must stay unexpanded when it turns out to be a target-specific variable.
 */
final class RuleLine {

  /** What a rule line turned out to be. */
  sealed interface Parsed {}

  /** The line expanded to nothing. */
  record Empty() implements Parsed {}

  /** A rule without targets (e.g. {@code : foo}); make ignores it and its recipe. */
  record NoTargets() implements Parsed {}

  /** {@code targets: [modifiers] VAR op value}; {@code assignment} is unexpanded. */
  record TargetVariable(String targets, String assignment) implements Parsed {}

  /**
   * A rule. {@code targets} and {@code prerequisites} are expanded text; {@code targetPattern} is set
   * for static pattern rules; {@code inlineRecipe} is the text after ';' or null.
   */
  record Rule(
      String targets,
      boolean doubleColon,
      boolean grouped,
      String targetPattern,
      String prerequisites,
      String inlineRecipe)
      implements Parsed {}

  private enum WordType {
    EOL,
    STATIC,
    VARIABLE,
    COLON,
    DCOLON,
    SEMICOLON,
    VARASSIGN,
    AMPCOLON,
    AMPDCOLON
  }

  private record Word(WordType type, int start, int end) {}

  private RuleLine() {}

  /**
   * Parses {@code raw}, the logical line as read (continuations not yet collapsed, comments not yet
   * removed). Pieces of it are expanded with {@code expander} in {@code scope}.
   */
  static Parsed parse(String raw, Expander expander, Scope scope, Location at,
      char recipePrefix) {
    // Cut at the first unquoted ';' or '#' (references skipped): after ';' comes a recipe, kept raw.
    LineText.UnquoteResult cut = LineText.findUnquoted(raw, ";#", true);
    String line = cut.text();
    String inline = null;
    if (cut.index() >= 0) {
      if (line.charAt(cut.index()) == ';') {
        inline = line.substring(cut.index() + 1);
      }
      line = line.substring(0, cut.index());
    }
    boolean hadSemicolon = inline != null;
    line = LineText.collapseContinuations(line);

    Word w = nextWord(line, 0);
    switch (w.type) {
      case EOL -> {
        if (hadSemicolon) {
          throw new MakeError(at, "missing rule before recipe");
        }
        return new Empty();
      }
      case COLON, DCOLON -> {
        return new NoTargets();
      }
      default -> {}
    }

    StringBuilder buffer = new StringBuilder();
    int wordStart = 0;
    buffer.append(expander.expand(line.substring(w.start, w.end), scope));
    int next = w.end;
    int colon;
    WordType lastType = w.type;
    while (true) {
      if (inline == null) {
        int semi = indexOfUnquoted(buffer, wordStart, ";");
        if (semi >= 0) {
          // A variable expanded to ';': the rest of the line (expanded) is the recipe.
          buffer.append(expander.expand(line.substring(next), scope));
          next = line.length();
          inline = buffer.substring(semi + 1);
          buffer.setLength(semi);
        }
      }
      colon = indexOfUnquotedColon(buffer, wordStart);
      if (colon >= 0) {
        break;
      }
      Word nw = nextWord(line, next);
      lastType = nw.type;
      if (nw.type == WordType.EOL) {
        break;
      }
      buffer.append(' ');
      wordStart = buffer.length();
      buffer.append(expander.expand(line.substring(nw.start, nw.end), scope));
      next = nw.end;
    }
    String rest = line.substring(next);

    if (colon < 0) {
      if (buffer.toString().isBlank()) {
        return new Empty();
      }
      if (recipePrefix == '\t' && raw.startsWith("        ")) {
        throw new MakeError(at, "missing separator (did you mean TAB instead of 8 spaces?)");
      }
      throw new MakeError(at, "missing separator");
    }
    // Remove the backslashes that quoted colons in the targets part.
    String targetsPart = unquote(buffer.substring(0, colon), ':');
    boolean grouped = false;
    if (targetsPart.endsWith("&")) {
      grouped = true;
      targetsPart = targetsPart.substring(0, targetsPart.length() - 1);
    }
    if (targetsPart.isBlank()) {
      return new NoTargets();
    }
    int after = colon + 1;
    boolean doubleColon = after < buffer.length() && buffer.charAt(after) == ':';
    if (doubleColon) {
      after++;
    }
    String afterColon = buffer.substring(after) + rest;

    // Target-specific variable?
    dev.makelint.syntax.Directive d = dev.makelint.syntax.DirectiveParser.classify(afterColon);
    if (d instanceof dev.makelint.syntax.Directive.Assign) {
      String assignment = afterColon;
      if (hadSemicolon) {
        assignment = assignment + ";" + LineText.collapseContinuations(inline);
      }
      return new TargetVariable(targetsPart, assignment);
    }

    String expandedRest = buffer.substring(after) + expander.expand(unquote(rest, '='), scope);
    if (inline == null) {
      int semi = indexOfUnquoted(expandedRest, 0, ';');
      if (semi >= 0) {
        inline = expandedRest.substring(semi + 1);
        expandedRest = expandedRest.substring(0, semi);
      }
    }
    String targetPattern = null;
    int second = indexOfUnescapedColon(expandedRest);
    if (second >= 0) {
      List<String> pats = FileNames.split(expandedRest.substring(0, second));
      if (pats.isEmpty()) {
        throw new MakeError(at, "missing target pattern");
      }
      if (pats.size() > 1) {
        throw new MakeError(at, "multiple target patterns");
      }
      targetPattern = pats.get(0);
      if (!dev.makelint.evaluation.functions.Patterns.parse(targetPattern).hasPercent()) {
        throw new MakeError(at, "target pattern contains no '%'");
      }
      expandedRest = expandedRest.substring(second + 1);
    }
    return new Rule(targetsPart, doubleColon, grouped, targetPattern, expandedRest.strip(),
        inline);
  }

  private static String unquote(String s, char c) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    String cur = s;
    while (true) {
      LineText.UnquoteResult r = LineText.findUnquoted(cur, String.valueOf(c), false);
      if (r.index() < 0) {
        out.append(r.text());
        return out.toString();
      }
      out.append(r.text(), 0, r.index() + 1);
      cur = r.text().substring(r.index() + 1);
    }
  }

  /**
   * The first {@code c} at or after {@code from} that no odd run of backslashes escapes. It jumps
   * with indexOf rather than testing each character: an expanded rule line of a large tree lists
   * hundreds of prerequisites, and it is searched for ';' and ':' (2,000 modules: 16% of reading,
   * char by char through CharSequence).
   */
  private static int indexOfUnquoted(String s, int from, char c) {
    for (int i = s.indexOf(c, from); i >= 0; i = s.indexOf(c, i + 1)) {
      if (!isEscaped(s, i)) {
        return i;
      }
    }
    return -1;
  }

  /** As above, in the buffer being built; {@code c} is a one-character string. */
  private static int indexOfUnquoted(StringBuilder s, int from, String c) {
    for (int i = s.indexOf(c, from); i >= 0; i = s.indexOf(c, i + 1)) {
      if (!isEscaped(s, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether an odd number of backslashes stands right before {@code s[i]}. */
  private static boolean isEscaped(CharSequence s, int i) {
    int bs = 0;
    for (int j = i - 1; j >= 0 && s.charAt(j) == '\\'; j--) {
      bs++;
    }
    return (bs & 1) != 0;
  }

  private static int indexOfUnquotedColon(StringBuilder s, int from) {
    return indexOfUnquoted(s, from, ":");
  }

  private static int indexOfUnescapedColon(String s) {
    return indexOfUnquoted(s, 0, ':');
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /** make's get_next_mword: the next word of a rule line and what kind it is. */
  private static Word nextWord(String s, int p) {
    int n = s.length();
    while (p < n && isBlank(s.charAt(p))) {
      p++;
    }
    int beg = p;
    if (p >= n) {
      return new Word(WordType.EOL, p, p);
    }
    char c = s.charAt(p++);
    char nx = p < n ? s.charAt(p) : '\0';
    switch (c) {
      case ';':
        return new Word(WordType.SEMICOLON, beg, p);
      case '=':
        return new Word(WordType.VARASSIGN, beg, p);
      case ':':
        if (nx == '=') {
          return new Word(WordType.VARASSIGN, beg, p + 1);
        }
        if (nx == ':') {
          if (p + 1 < n && s.charAt(p + 1) == '=') {
            return new Word(WordType.VARASSIGN, beg, p + 2);
          }
          return new Word(WordType.DCOLON, beg, p + 1);
        }
        return new Word(WordType.COLON, beg, p);
      case '&':
        if (nx == ':') {
          if (p + 1 < n && s.charAt(p + 1) == ':') {
            return new Word(WordType.AMPDCOLON, beg, p + 2);
          }
          return new Word(WordType.AMPCOLON, beg, p + 1);
        }
        break;
      case '+':
      case '?':
      case '!':
        if (nx == '=') {
          return new Word(WordType.VARASSIGN, beg, p + 1);
        }
        break;
      default:
        break;
    }
    WordType type = WordType.STATIC;
    p = beg;
    while (p < n) {
      c = s.charAt(p);
      if (c == ' ' || c == '\t' || c == '=' || c == ':') {
        break;
      }
      if (c == '$') {
        p++;
        if (p >= n) {
          break;
        }
        char o = s.charAt(p);
        if (o == '$') {
          p++;
          continue;
        }
        type = WordType.VARIABLE;
        if (o == '(' || o == '{') {
          char close = o == '(' ? ')' : '}';
          int count = 0;
          p++;
          while (p < n) {
            char d = s.charAt(p);
            if (d == o) {
              count++;
            } else if (d == close && --count < 0) {
              p++;
              break;
            }
            p++;
          }
          continue;
        }
        p++;
        continue;
      }
      if ((c == '?' || c == '+') && p + 1 < n && s.charAt(p + 1) == '=') {
        break;
      }
      if (c == '&' && p + 1 < n && s.charAt(p + 1) == ':') {
        break;
      }
      if (c == '\\' && p + 1 < n) {
        char d = s.charAt(p + 1);
        if (d == ':' || d == ';' || d == '=' || d == '\\') {
          p += 2;
          continue;
        }
      }
      p++;
    }
    return new Word(type, beg, p);
  }
}
