package dev.makelint.checks;

import dev.makelint.evaluation.ReadLine;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A portability check: reports one kind of {@link GnuConstructs} construct, once per line (at the
 * first one, naming all of them on that line).
 */
abstract class PortabilityCheck implements Check {
  /** The kind of construct this check reports. */
  abstract GnuConstructs.Kind kind();

  /** The message for a line holding {@code constructs} (distinct, in order). */
  abstract String message(List<String> constructs);

  /** Metadata shared by the portability checks: warning, group portability, off by default. */
  static CheckInfo info(String id, String summary) {
    return CheckInfo.of(id, Severity.WARNING, CheckGroup.PORTABILITY, summary).disabledByDefault();
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    Map<ReadLine, List<GnuConstructs.Construct>> byLine = new IdentityHashMap<>();
    List<ReadLine> order = new ArrayList<>();
    for (GnuConstructs.Construct c : GnuConstructs.of(ctx)) {
      if (c.kind() != kind()) {
        continue;
      }
      byLine.computeIfAbsent(c.line(), k -> {
        order.add(k);
        return new ArrayList<>();
      }).add(c);
    }
    List<Finding> out = new ArrayList<>();
    for (ReadLine line : order) {
      List<GnuConstructs.Construct> cs = byLine.get(line);
      GnuConstructs.Construct first = cs.get(0);
      for (GnuConstructs.Construct c : cs) {
        if (c.offset() < first.offset()) {
          first = c;
        }
      }
      Set<String> whats = new LinkedHashSet<>();
      for (GnuConstructs.Construct c : cs) {
        whats.add(c.what());
      }
      out.add(ctx.finding(this, message(List.copyOf(whats)),
          LineTrace.location(line, first.offset()), LineTrace.column(line, first.offset()),
          List.of()));
    }
    return out;
  }
}
