package dev.makelint.checks;

import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.MakeError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the fatal error that stopped reading ({@code Makefile:7: *** missing separator.  Stop.})
 * into a finding with a check id and a real column. Make stops there, so nothing else is linted:
 * callers report this finding in place of the others, and exit with status 2. The ids are those of
 * {@link MissingSeparator}, {@link MixedColonRules}, {@link MixedImplicitRules} and, for every
 * other fatal error, {@link FatalMakeError}.
 */
public final class FatalErrors {
  private FatalErrors() {}

  private static final Pattern BOTH_COLONS =
      Pattern.compile("target file '(.*)' has both : and :: entries");
  private static final Pattern FUNCTION = Pattern.compile(".*\\bfunction '([a-z-]+)'.*");
  private static final Pattern SELF_REFERENCE =
      Pattern.compile("Recursive variable '(.*)' references itself \\(eventually\\)");

  /** The finding for the error that stopped reading {@code db}, or null when reading finished. */
  public static Finding of(MakeDatabase db, Path workDir) {
    if (db.fatal() == null) {
      return null;
    }
    return of(db.fatal(), new LintContext(db, null, null, workDir, LintSettings.defaults()));
  }

  /** The finding for {@code e}; file names and lines are read through {@code ctx}. */
  public static Finding of(MakeError e, LintContext ctx) {
    Location at = e.location() == null ? Location.NONE : e.location();
    String message = e.getMessage();
    CheckInfo check = checkFor(message);
    String line = ctx.physicalLine(at);
    int column = Columns.firstNonBlank(line);
    List<RelatedLocation> related = new ArrayList<>();
    Matcher both = BOTH_COLONS.matcher(message);
    Matcher self = SELF_REFERENCE.matcher(message);
    Matcher function = FUNCTION.matcher(message);
    if (message.contains("TAB instead of")) {
      column = 1; // the spaces make expected to be a tab
    } else if (both.matches()) {
      column = orElse(Columns.word(line, both.group(1)), column);
    } else if (check == MixedImplicitRules.INFO) {
      column = MixedImplicitRules.offendingTargetColumn(line, column);
    } else if (self.matches()) {
      column = orElse(Columns.reference(line, self.group(1)), column);
    } else if (function.matches()) {
      column = orElse(call(line, function.group(1)), column);
    } else if (message.startsWith("unterminated variable reference")) {
      column = orElse(Columns.unclosedReference(line), column);
    } else if (message.equals("missing 'endif'")) {
      Location open = unclosedConditional(ctx, at);
      if (open != null) {
        related.add(ctx.related(open, "the conditional that is never closed"));
      }
    } else {
      column = orElse(call(line, "error"), column); // an $(error) written on this line
    }
    related.addAll(ctx.includeChain(at.file()));
    return new Finding(check.id(), check.severity(), e.fullMessage(),
        ctx.display(at.file()), Math.max(1, at.line()), Math.max(1, column), related);
  }

  /** The check a fatal error's message belongs to. */
  static CheckInfo checkFor(String message) {
    if (message.startsWith("missing separator")) {
      return MissingSeparator.INFO;
    }
    if (BOTH_COLONS.matcher(message).matches()) {
      return MixedColonRules.INFO;
    }
    if (message.startsWith("mixed implicit and normal rules")
        || message.startsWith("mixed implicit and static pattern rules")) {
      return MixedImplicitRules.INFO;
    }
    return FatalMakeError.INFO;
  }

  /** The findings {@code check} reports for a database whose reading stopped. */
  static List<Finding> findings(LintContext ctx, CheckInfo check) {
    MakeError e = ctx.db().fatal();
    if (e == null || checkFor(e.getMessage()) != check) {
      return List.of();
    }
    return List.of(of(e, ctx));
  }

  /** The column of the first {@code $(NAME } or {@code ${NAME } call on the line, or 0. */
  private static int call(String line, String name) {
    if (line == null) {
      return 0;
    }
    int paren = line.indexOf("$(" + name);
    int brace = line.indexOf("${" + name);
    int at = paren < 0 ? brace : brace < 0 ? paren : Math.min(paren, brace);
    return at + 1;
  }

  private static int orElse(int column, int fallback) {
    return column > 0 ? column : fallback;
  }

  private static final Pattern IF_LINE =
      Pattern.compile("^\\s*(?:else\\s+)?(ifeq|ifneq|ifdef|ifndef)\\b.*");
  private static final Pattern ENDIF_LINE = Pattern.compile("^\\s*endif\\b.*");
  private static final Pattern DEFINE_LINE =
      Pattern.compile("^\\s*(?:(?:override|export|private)\\s+)*define\\b.*");
  private static final Pattern ENDEF_LINE = Pattern.compile("^\\s*endef\\b.*");

  /**
   * The innermost conditional of {@code at}'s file that no endif closes, found in its text
   * (recipe lines and define bodies skipped), or null.
   */
  private static Location unclosedConditional(LintContext ctx, Location at) {
    if (at.file() == null) {
      return null;
    }
    List<String> lines = ctx.physicalLines(at.file());
    List<Integer> open = new ArrayList<>();
    int defines = 0;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      int first = i;
      while (l.endsWith("\\") && i + 1 < lines.size()) {
        l = l.substring(0, l.length() - 1) + " " + lines.get(++i);
      }
      if (l.startsWith("\t")) {
        continue;
      }
      if (defines > 0) {
        if (ENDEF_LINE.matcher(l).matches()) {
          defines--;
        } else if (DEFINE_LINE.matcher(l).matches()) {
          defines++;
        }
        continue;
      }
      if (DEFINE_LINE.matcher(l).matches()) {
        defines++;
      } else if (IF_LINE.matcher(l).matches() && !l.strip().startsWith("else")) {
        open.add(first + 1);
      } else if (ENDIF_LINE.matcher(l).matches() && !open.isEmpty()) {
        open.remove(open.size() - 1);
      }
    }
    return open.isEmpty() ? null : new Location(at.file(), open.get(open.size() - 1));
  }
}
