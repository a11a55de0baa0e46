package dev.makelint.checks;

import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.MakefileRead;
import dev.makelint.evaluation.RuleEntry;
import dev.makelint.evaluation.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The targets every makefile of the project should offer, defined and declared {@code .PHONY}
 * (checkmake's {@code minphony}): by default {@code all}, {@code clean} and {@code test}, where
 * GNU's {@code check} counts as {@code test}. Off by default: which targets a project needs is a
 * convention, not a defect.
 */
public final class RequiredPhonyTargets implements Check {
  public static final String ID = "required-phony-targets";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.WARNING, CheckGroup.STYLE,
      "a required target (all, clean, test…) is missing or not declared .PHONY")
      .withAliases("minphony")
      .withOptions(
          new CheckOption("required", List.of("all", "clean", "test"),
              "the targets that must be defined and declared .PHONY; empty turns the check off"),
          new CheckOption("accept", List.of("test=check"),
              "NAME=OTHER pairs: a target OTHER satisfies a required NAME (GNU's `check` for "
                  + "`test`)"),
          new CheckOption("require-defined", Boolean.TRUE,
              "false: a required target the makefiles do not define is not reported; only the "
                  + "defined ones must be .PHONY"))
      .disabledByDefault();

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    Location top = mainMakefile(ctx);
    if (top == null) {
      return List.of();
    }
    Map<String, List<String>> accepted = new LinkedHashMap<>();
    for (String pair : list(ctx.option(INFO, "accept"))) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        accepted.computeIfAbsent(pair.substring(0, eq).strip(), k -> new ArrayList<>())
            .add(pair.substring(eq + 1).strip());
      }
    }
    boolean requireDefined = Boolean.parseBoolean(
        String.valueOf(ctx.option(INFO, "require-defined")).strip());
    List<Finding> out = new ArrayList<>();
    for (String required : list(ctx.option(INFO, "required"))) {
      List<String> names = new ArrayList<>();
      names.add(required);
      names.addAll(accepted.getOrDefault(required, List.of()));
      Target defined = null;
      boolean satisfied = false;
      for (String n : names) {
        Target t = ctx.db().target(n);
        if (t != null && t.isTarget() && ruleLine(t) != null) {
          if (ctx.db().phony(n)) {
            satisfied = true;
            break;
          }
          defined = defined == null ? t : defined;
        }
      }
      if (satisfied) {
        continue;
      }
      String either = names.size() == 1 ? "'" + required + "'"
          : "'" + String.join("' or '", names) + "'";
      if (defined != null) {
        Location at = ruleLine(defined);
        int column = Columns.word(ctx.physicalLine(at), defined.name());
        out.add(ctx.finding(this, "required target '" + defined.name()
            + "' is not declared .PHONY", at, column > 0 ? column : 1,
            ctx.includeChain(at.file())));
      } else if (requireDefined) {
        out.add(ctx.finding(this, "required target " + either
            + " is not defined (option 'required' of " + ID + ")", top, List.of()));
      }
    }
    return out;
  }

  private static List<String> list(Object option) {
    List<String> out = new ArrayList<>();
    if (option instanceof List<?> l) {
      for (Object o : l) {
        if (!String.valueOf(o).isBlank()) {
          out.add(String.valueOf(o).strip());
        }
      }
    } else if (option != null) {
      for (String s : String.valueOf(option).split(",")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
    }
    return out;
  }

  private static Location ruleLine(Target t) {
    for (RuleEntry e : t.entries()) {
      for (Location l : e.ruleLocations()) {
        if (l.file() != null) {
          return l;
        }
      }
    }
    return null;
  }

  /** Line 1 of the first makefile read directly (not included, not from MAKEFILES), or null. */
  private static Location mainMakefile(LintContext ctx) {
    for (MakefileRead r : ctx.db().makefiles()) {
      if (r.includedFrom() == null && !r.optional() && r.name() != null) {
        return new Location(r.name(), 1);
      }
    }
    return null;
  }
}
