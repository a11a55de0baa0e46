package dev.makelint.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Old-fashioned suffix rules ({@code .c.o:}): make keeps them as targets and, after reading,
 * turns those whose suffixes are in .SUFFIXES into pattern rules ({@code %.o: %.c}).
 */
final class Suffixes {
  private Suffixes() {}

  /** The current .SUFFIXES list. */
  static List<String> current(EvaluationState st) {
    Target t = st.db.targets.get(".SUFFIXES");
    List<String> out = new ArrayList<>();
    if (t == null || t.entries.isEmpty()) {
      return out;
    }
    for (Prerequisite p : t.entries.get(0).prerequisites) {
      out.add(p.name());
    }
    return out;
  }

  static void convertSuffixRules(EvaluationState st) {
    List<String> suffixes = current(st);
    if (suffixes.isEmpty()) {
      return;
    }
    for (Target t : st.db.targets.values()) {
      if (!t.isTarget || t.doubleColon || t.entries.isEmpty()) {
        continue;
      }
      RuleEntry e = t.entries.get(0);
      if (e.recipe == null) {
        continue;
      }
      String name = t.name;
      if (!name.startsWith(".")) {
        continue;
      }
      for (String target : suffixes) {
        // Two-suffix rule ".c.o": source suffix then target suffix.
        if (name.endsWith(target) && name.length() > target.length()) {
          String source = name.substring(0, name.length() - target.length());
          if (suffixes.contains(source)) {
            if (!e.prerequisites.isEmpty()) {
              st.diagnostic(Diagnostic.Kind.WARNING, e.recipe.location(),
                  "warning: ignoring prerequisites on suffix rule definition");
            }
            add(st, "%" + target, "%" + source, e, t);
            break;
          }
        }
      }
      if (suffixes.contains(name)) {
        add(st, "%", "%" + name, e, t);
      }
    }
  }

  private static void add(EvaluationState st, String target, String source, RuleEntry e,
      Target t) {
    PatternRule rule = new PatternRule(List.of(target), List.of(source), List.of(), e.recipe,
        false, false, e.ruleLocations.isEmpty() ? null : e.ruleLocations.get(0));
    List<PatternRule> rules = st.db.patternRules;
    rules.removeIf(r -> r.targets().equals(rule.targets())
        && r.prerequisites().equals(rule.prerequisites()));
    rules.add(rule);
  }
}
