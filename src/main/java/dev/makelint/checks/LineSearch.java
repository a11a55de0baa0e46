package dev.makelint.checks;

import dev.makelint.evaluation.Location;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Finds a token in the physical lines of one statement: a logical line with its backslash
 * continuations, or a whole {@code define … endef}. The evaluator records where a statement
 * starts; this finds the line and column inside it where a finding belongs.
 */
final class LineSearch {
  private LineSearch() {}

  /** A place found: a physical line and a 1-based column. */
  record Hit(Location at, int column) {}

  private static final Pattern DEFINE =
      Pattern.compile("^\\s*(?:(?:override|export|private)\\s+)*define\\b.*");
  private static final Pattern ENDEF = Pattern.compile("^\\s*endef\\b.*");

  /**
   * The first place in the statement starting at {@code start} where {@code finder} (a column
   * finder returning 0 for "not here") finds its token, or null.
   */
  static Hit inStatement(LintContext ctx, Location start, ToIntFunction<String> finder) {
    if (start == null || start.file() == null || start.line() < 1) {
      return null;
    }
    List<String> lines = ctx.physicalLines(start.file());
    int i = start.line() - 1;
    if (i >= lines.size()) {
      return null;
    }
    boolean define = DEFINE.matcher(lines.get(i)).matches();
    int nesting = 0;
    for (; i < lines.size(); i++) {
      String l = lines.get(i);
      int col = finder.applyAsInt(l);
      if (col > 0) {
        return new Hit(new Location(start.file(), i + 1), col);
      }
      if (define) {
        if (i > start.line() - 1 && DEFINE.matcher(l).matches()) {
          nesting++;
        } else if (ENDEF.matcher(l).matches() && nesting-- == 0) {
          return null;
        }
      } else if (!l.endsWith("\\")) {
        return null;
      }
    }
    return null;
  }

  /**
   * The nearest line before {@code start} in its file where {@code finder} finds its token (an
   * earlier {@code +=} of the same variable), or null.
   */
  static Hit before(LintContext ctx, Location start, ToIntFunction<String> finder) {
    if (start == null || start.file() == null) {
      return null;
    }
    List<String> lines = ctx.physicalLines(start.file());
    for (int i = Math.min(start.line() - 2, lines.size() - 1); i >= 0; i--) {
      int col = finder.applyAsInt(lines.get(i));
      if (col > 0) {
        return new Hit(new Location(start.file(), i + 1), col);
      }
    }
    return null;
  }
}
