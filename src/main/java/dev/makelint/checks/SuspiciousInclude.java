package dev.makelint.checks;

import dev.makelint.evaluation.IncludeAttempt;
import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.ReadLine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An include of a file that looks like a leftover: a backup or editor file ({@code *.orig},
 * {@code *.bak}, {@code *.old}, {@code *~}, {@code *.rej}, {@code *.swp}), or a local-options file
 * ({@code Makefile.local}, {@code local.mk}) that redefines recipes of the makefile including it,
 * which is what a stale copy of the whole makefile does (the case makelint was written for).
 */
public final class SuspiciousInclude implements Check {
  public static final String ID = "suspicious-include";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.WARNING, CheckGroup.HYGIENE,
      "an include reads a backup file, or a local file that redefines the includer's recipes");

  private static final Pattern BACKUP =
      Pattern.compile(".*(?:\\.orig|\\.bak|\\.old|~|\\.rej|\\.swp|\\.swo)|#.*#");
  private static final Pattern LOCAL =
      Pattern.compile("(?:.*[._-])?local(?:[._-].*)?(?:\\.mk)?", Pattern.CASE_INSENSITIVE);

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    List<Finding> out = new ArrayList<>();
    LineTrace trace = LineTrace.of(ctx);
    Set<String> done = new LinkedHashSet<>();
    for (IncludeAttempt a : ctx.db().includeAttempts()) {
      String base = a.name().substring(a.name().lastIndexOf('/') + 1);
      if (!done.add(a.location() + "\0" + a.name())) {
        continue;
      }
      String keyword = a.optional() ? "-include" : "include";
      if (BACKUP.matcher(base).matches()) {
        out.add(at(ctx, trace, a, "this " + keyword + " reads '" + a.name() + "', which looks"
            + " like a backup or editor file, not part of the build", List.of()));
        continue;
      }
      if (a.outcome() != IncludeAttempt.Outcome.READ || !LOCAL.matcher(base).matches()) {
        continue;
      }
      String includer = ctx.display(a.location().file());
      String included = ctx.display(a.name());
      List<String> targets = new ArrayList<>();
      List<RelatedLocation> related = new ArrayList<>();
      for (MakeDatabase.OverriddenRecipe o : ctx.db().overriddenRecipes()) {
        String newFile = ctx.display(o.overriding().location().file());
        String oldFile = ctx.display(o.ignored().location().file());
        boolean between = included.equals(newFile) && includer.equals(oldFile)
            || includer.equals(newFile) && included.equals(oldFile);
        if (!between || targets.contains(o.target())) {
          continue;
        }
        targets.add(o.target());
        related.add(ctx.related(OverridingRecipe.ruleLine(ctx, o.target(),
            o.ignored().location()), "'" + o.target() + "' defined here"));
        related.add(ctx.related(OverridingRecipe.ruleLine(ctx, o.target(),
            o.overriding().location()), "and again here"));
      }
      if (targets.isEmpty()) {
        continue;
      }
      String shown = targets.size() <= 5 ? String.join(", ", targets)
          : String.join(", ", targets.subList(0, 5)) + ", ...";
      out.add(at(ctx, trace, a, "this " + keyword + " reads '" + included + "', which redefines"
          + " the recipes of " + targets.size() + " target" + (targets.size() == 1 ? "" : "s")
          + " of " + includer + " (" + shown + "): a local options file should only set"
          + " variables; is it a stale copy of " + includer + "?", related));
    }
    return out;
  }

  private Finding at(LintContext ctx, LineTrace trace, IncludeAttempt a, String message,
      List<RelatedLocation> related) {
    Location at = a.location();
    int column = 1;
    ReadLine line = trace.at(a.location());
    if (line != null) {
      int offset = LineTrace.includeNameOffset(line, a.name());
      at = LineTrace.location(line, offset);
      column = LineTrace.column(line, offset);
    }
    return ctx.finding(this, message, at, column, related);
  }
}
