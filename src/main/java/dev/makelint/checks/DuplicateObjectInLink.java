package dev.makelint.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One object reaches one link or archive twice on the command line: through a variable or
 * {@code $+} that keeps repeats, or once directly and once as a member of a linked archive.
 * Repeats that make's {@code $^} drops never reach the command and are not reported.
 */
public final class DuplicateObjectInLink implements Check {
  public static final String ID = "duplicate-object-in-link";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.ERROR, CheckGroup.BUILD,
      "one object (or archive member) reaches the same link or archive twice");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (LinkContents.Contents c : LinkContents.all(ctx)) {
      Map<String, List<LinkContents.Entry>> byObject = new LinkedHashMap<>();
      for (LinkContents.Entry e : c.entries()) {
        List<LinkContents.Entry> entries = byObject.get(e.object());
        if (entries == null) {
          byObject.put(e.object(), entries = new ArrayList<>());
        }
        entries.add(e);
      }
      for (Map.Entry<String, List<LinkContents.Entry>> o : byObject.entrySet()) {
        List<LinkContents.Entry> es = o.getValue();
        if (es.size() < 2) {
          continue;
        }
        List<String> ways = new ArrayList<>();
        List<RelatedLocation> related = new ArrayList<>();
        for (LinkContents.Entry e : es) {
          String way = e.viaArchive() == null ? "directly" : "as a member of " + e.viaArchive();
          ways.add(way);
          related.add(ctx.related(e.broughtBy(), o.getKey() + " is passed " + way));
        }
        String message = o.getKey() + " reaches the command that " + (c.verb().equals("linked") ? "links" : "archives")
            + " " + c.target() + " " + es.size() + " times (" + String.join(", ", ways)
            + "): its symbols are defined more than once";
        related.addAll(ctx.includeChain(c.origin().ruleLocation().file()));
        out.add(ctx.finding(this, message, c.origin().ruleLocation(), related));
      }
    }
    return out;
  }
}
