package dev.makelint.reporting;

import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.Prerequisite;
import dev.makelint.evaluation.RuleEntry;
import dev.makelint.evaluation.Target;
import dev.makelint.evaluation.Variable;
import java.io.PrintWriter;

/** A human-readable summary of the evaluated database, in the spirit of make -p. */
public final class DatabaseText {
  private DatabaseText() {}

  public static void write(MakeDatabase db, PrintWriter out) {
    out.println("# makefiles: " + String.join(" ", db.makefiles().stream()
        .map(m -> m.name()).toList()));
    out.println("# default goal: " + db.defaultGoal());
    out.println();
    out.println("# Variables");
    for (Variable v : db.globals().all()) {
      if (v.location().file() == null) {
        continue;
      }
      out.println("# " + v.origin().makeName() + " (from '" + v.location().file() + "', line "
          + v.location().line() + ")");
      out.println(v.name() + (v.recursive() ? " = " : " := ") + v.value());
    }
    out.println();
    out.println("# Targets");
    for (Target t : db.targets()) {
      if (!t.isTarget()) {
        continue;
      }
      for (RuleEntry e : t.entries()) {
        StringBuilder line = new StringBuilder(t.name()).append(t.doubleColon() ? "::" : ":");
        boolean bar = false;
        for (Prerequisite p : e.prerequisites()) {
          if (p.orderOnly() && !bar) {
            line.append(" |");
            bar = true;
          }
          line.append(' ').append(p.name());
        }
        out.println(line);
        if (e.recipe() != null) {
          out.println("#  recipe (from '" + e.recipe().location().file() + "', line "
              + e.recipe().location().line() + "):");
          for (String r : e.recipe().lines()) {
            out.println("\t" + r);
          }
        }
      }
    }
    out.flush();
  }
}
