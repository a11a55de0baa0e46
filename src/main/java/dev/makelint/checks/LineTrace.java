package dev.makelint.checks;

import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.ReadLine;
import dev.makelint.evaluation.Recipe;
import dev.makelint.reading.LineText;
import dev.makelint.syntax.Directive;
import dev.makelint.syntax.DirectiveParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reader's trace of logical lines ({@link dev.makelint.evaluation.MakeDatabase#readLines()})
 * with what checks ask of it: the physical place of a character of a line, how a line classifies,
 * and where each line of a recipe stands. Built once per lint run ({@link #of}).
 */
final class LineTrace {
  private final List<ReadLine> lines;
  private final Map<Location, Integer> firstAt = new HashMap<>();

  private LineTrace(List<ReadLine> lines) {
    this.lines = lines;
    for (int i = 0; i < lines.size(); i++) {
      ReadLine l = lines.get(i);
      if (!l.fromEval()) {
        firstAt.putIfAbsent(l.location(), i);
      }
    }
  }

  static LineTrace of(LintContext ctx) {
    LineTrace t = ctx.shared(LineTrace.class);
    return t != null ? t : ctx.share(LineTrace.class, new LineTrace(ctx.db().readLines()));
  }

  List<ReadLine> lines() {
    return lines;
  }

  /** The line read from a file at {@code at} (not {@code $(eval)} text), or null. */
  ReadLine at(Location at) {
    Integer i = at == null ? null : firstAt.get(at);
    return i == null ? null : lines.get(i);
  }

  /** The text as the reader classifies it: continuations joined, comment cut, blanks stripped. */
  static String logical(ReadLine l) {
    String collapsed = LineText.removeComments(LineText.collapseContinuations(l.text()));
    int s = 0;
    while (s < collapsed.length() && Character.isWhitespace(collapsed.charAt(s))) {
      s++;
    }
    return collapsed.substring(s);
  }

  /** The directive the line is, as the reader classifies a line that is not a recipe line. */
  static Directive directive(ReadLine l) {
    return DirectiveParser.classify(logical(l));
  }

  /** The physical line holding character {@code offset} of the line's text. */
  static Location location(ReadLine l, int offset) {
    if (l.fromEval() || offset <= 0) {
      return l.location();
    }
    int line = l.location().line();
    String t = l.text();
    for (int i = 0; i < Math.min(offset, t.length()); i++) {
      if (t.charAt(i) == '\n') {
        line++;
      }
    }
    return new Location(l.location().file(), line);
  }

  /** The 1-based column of character {@code offset} on its physical line (1 for eval text). */
  static int column(ReadLine l, int offset) {
    if (l.fromEval() || offset < 0) {
      return 1;
    }
    int o = Math.min(offset, l.text().length());
    int lineStart = l.text().lastIndexOf('\n', o - 1) + 1;
    return o - lineStart + 1;
  }

  /**
   * Offset of {@code word} in {@code text} as a whole word (blank, start or end around it), from
   * {@code from}, or -1.
   */
  static int wordOffset(String text, String word, int from) {
    int i = text.indexOf(word, Math.max(0, from));
    while (i >= 0) {
      boolean startOk = i == 0 || isWordBreak(text.charAt(i - 1));
      int end = i + word.length();
      boolean endOk = end >= text.length() || isWordBreak(text.charAt(end));
      if (startOk && endOk) {
        return i;
      }
      i = text.indexOf(word, i + 1);
    }
    return -1;
  }

  /**
   * Offset of the colon that ends the targets of a rule line, skipping variable references
   * ({@code $(a:b=c)}); -1 when there is none.
   */
  static int ruleColon(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '$' && i + 1 < text.length()) {
        char n = text.charAt(i + 1);
        if (n == '(' || n == '{') {
          depth++;
          i++;
        } else {
          i++; // $X or $$: never a colon
        }
      } else if ((c == ')' || c == '}') && depth > 0) {
        depth--;
      } else if (c == ':' && depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Offset of {@code name} among the prerequisites of the rule line {@code rule} (after its colon),
   * or -1 when it is not written there (it came from a variable, say).
   */
  static int prerequisiteOffset(ReadLine rule, String name) {
    int colon = ruleColon(rule.text());
    return colon < 0 ? -1 : wordOffset(rule.text(), name, colon + 1);
  }

  /**
   * Offset of the file {@code name} on the include line {@code line}; when the name came from a
   * variable, the first character after the keyword.
   */
  static int includeNameOffset(ReadLine line, String name) {
    String t = line.text();
    int keyword = t.indexOf("include");
    int after = keyword < 0 ? 0 : keyword + "include".length();
    int offset = wordOffset(t, name, after);
    if (offset < 0) {
      offset = after;
      while (offset < t.length() && (t.charAt(offset) == ' ' || t.charAt(offset) == '\t')) {
        offset++;
      }
    }
    return offset;
  }

  private static boolean isWordBreak(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\\' || c == ':' || c == '|' || c == ';';
  }

  /**
   * One recipe line with the line of the trace it was read from.
   *
   * @param text the recipe line as the database holds it (prefix removed)
   * @param source the line read, or null when it cannot be found (the recipe location is used)
   * @param offset where {@code text} starts in {@code source.text()}
   * @param fallback the recipe's location, used when {@code source} is null
   */
  record RecipeLine(String text, ReadLine source, int offset, Location fallback) {
    /** The physical line holding character {@code i} of {@link #text()}. */
    Location location(int i) {
      return source == null ? fallback : LineTrace.location(source, offset + i);
    }

    /** The 1-based column of character {@code i} of {@link #text()}. */
    int column(int i) {
      return source == null ? 1 : LineTrace.column(source, offset + i);
    }

    /** Whether the text stands in a file as written (not produced by $(eval) or unknown). */
    boolean inFile() {
      return source != null && !source.fromEval();
    }
  }

  /**
   * The lines of {@code recipe} with their physical places: the first at the recipe's location
   * (the rule line itself for a recipe after ';'), the others the recipe lines read after it,
   * across conditionals and skipped branches.
   */
  List<RecipeLine> recipe(Recipe recipe) {
    List<String> texts = recipe.lines();
    List<RecipeLine> out = new ArrayList<>();
    Integer start = recipe.location() == null ? null : firstAt.get(recipe.location());
    int i = start == null ? lines.size() : start;
    if (start != null && lines.get(start).kind() == ReadLine.Kind.RULE && !texts.isEmpty()) {
      ReadLine rule = lines.get(start);
      int semi = rule.text().indexOf(';');
      int off = semi < 0 ? -1 : rule.text().indexOf(texts.get(0), semi + 1);
      if (off >= 0) {
        out.add(new RecipeLine(texts.get(0), rule, off, recipe.location()));
        i = start + 1;
      } else {
        i = lines.size();
      }
    }
    for (; out.size() < texts.size() && i < lines.size(); i++) {
      ReadLine l = lines.get(i);
      if (l.kind() == ReadLine.Kind.RECIPE) {
        String t = texts.get(out.size());
        if (l.text().length() < 1 || !l.text().substring(1).equals(t)) {
          break;
        }
        out.add(new RecipeLine(t, l, 1, recipe.location()));
      } else if (l.kind() != ReadLine.Kind.CONDITIONAL && l.kind() != ReadLine.Kind.SKIPPED) {
        break;
      }
    }
    while (out.size() < texts.size()) {
      out.add(new RecipeLine(texts.get(out.size()), null, 0, recipe.location()));
    }
    return out;
  }
}
