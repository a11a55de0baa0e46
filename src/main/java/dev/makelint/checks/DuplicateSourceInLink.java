package dev.makelint.checks;

import dev.makelint.buildmodel.BuildModel;
import dev.makelint.evaluation.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Two or more objects compiled from one source reach the same link or archive: every non-static
 * symbol of the source is then defined twice (the KoboldCpp failure of the seed case).
 */
public final class DuplicateSourceInLink implements Check {
  public static final String ID = "duplicate-source-in-link";
  public static final CheckInfo INFO = CheckInfo.of(ID, Severity.ERROR, CheckGroup.BUILD,
      "two or more objects compiled from one source reach the same link or archive");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> run(LintContext ctx) {
    List<Finding> out = new ArrayList<>();
    Set<String> reported = new LinkedHashSet<>();
    for (LinkContents.Contents c : LinkContents.all(ctx)) {
      // source -> object -> first entry bringing it; sized at once for a source per object
      int capacity = c.entries().size() * 4 / 3 + 1;
      Map<String, Map<String, LinkContents.Entry>> bySource = new LinkedHashMap<>(capacity);
      Map<String, BuildModel.CompileStep> compileOf = new LinkedHashMap<>(capacity);
      for (LinkContents.Entry e : c.entries()) {
        if (e.compiledBySelf() != null) {
          objectsOf(bySource, e.compiledBySelf())
              .putIfAbsent(e.object() + " (compiled by the link command)", e);
          continue;
        }
        for (BuildModel.CompileStep s : ctx.model().compilesOf(e.object())) {
          objectsOf(bySource, BuildModel.normalize(s.source())).putIfAbsent(e.object(), e);
          compileOf.putIfAbsent(e.object(), s);
        }
      }
      for (Map.Entry<String, Map<String, LinkContents.Entry>> src : bySource.entrySet()) {
        Map<String, LinkContents.Entry> objects = src.getValue();
        if (objects.size() < 2) {
          continue;
        }
        String key = c.target() + "\0" + src.getKey() + "\0" + objects.keySet();
        if (!reported.add(key)) {
          continue;
        }
        out.add(report(ctx, c, src.getKey(), objects, compileOf));
      }
    }
    return out;
  }

  /** The objects compiled from {@code source} so far (no lambda: see README, Start-up). */
  private static Map<String, LinkContents.Entry> objectsOf(
      Map<String, Map<String, LinkContents.Entry>> bySource, String source) {
    Map<String, LinkContents.Entry> objects = bySource.get(source);
    if (objects == null) {
      bySource.put(source, objects = new LinkedHashMap<>());
    }
    return objects;
  }

  private Finding report(LintContext ctx, LinkContents.Contents c, String source,
      Map<String, LinkContents.Entry> objects, Map<String, BuildModel.CompileStep> compileOf) {
    List<String> names = new ArrayList<>(objects.keySet());
    String list = names.size() == 2
        ? names.get(0) + " and " + names.get(1)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and "
            + names.get(names.size() - 1);
    String message = source + " is compiled into " + list + ", and "
        + (names.size() == 2 ? "both" : "all") + " are " + c.verb() + " into " + c.target();

    Location linkRule = c.origin().ruleLocation();
    // Where each object came from: a prerequisite line, else an assignment that names it.
    Map<String, Location> arrival = new LinkedHashMap<>();
    for (Map.Entry<String, LinkContents.Entry> e : objects.entrySet()) {
      Location at = e.getValue().broughtBy();
      String word = e.getValue().viaArchive() != null ? e.getValue().viaArchive() : e.getKey();
      if (e.getValue().viaArchive() == null) {
        for (LintContext.Assignment a : ctx.assignmentsMentioning(word)) {
          if (!sameFile(ctx, a.location(), linkRule) || at.equals(linkRule)) {
            at = a.location();
            break;
          }
        }
      }
      arrival.put(e.getKey(), at);
    }
    // The finding sits where the intruder arrives: the object brought in from another file than
    // the link rule's, else the last one.
    Location primary = null;
    for (Location at : arrival.values()) {
      if (!sameFile(ctx, at, linkRule)) {
        primary = at;
      }
    }
    if (primary == null) {
      for (Location at : arrival.values()) {
        if (!at.equals(linkRule)) {
          primary = at;
        }
      }
    }
    if (primary == null) {
      primary = linkRule;
    }

    List<RelatedLocation> related = new ArrayList<>();
    Set<String> files = new LinkedHashSet<>();
    for (String obj : names) {
      BuildModel.CompileStep s = compileOf.get(obj);
      if (s != null) {
        Location at = s.origin().ruleLocation();
        related.add(ctx.related(at, obj + " is compiled from " + source + " here"));
        files.add(ctx.display(at.file()));
      }
    }
    related.add(ctx.related(linkRule, c.target() + " is " + c.verb() + " here"));
    files.add(ctx.display(linkRule.file()));
    for (String obj : names) {
      LinkContents.Entry e = objects.get(obj);
      Location at = arrival.get(obj);
      if (at.equals(linkRule) && e.viaArchive() == null) {
        continue;
      }
      String how = e.viaArchive() != null
          ? obj + " reaches " + c.target() + " as a member of " + e.viaArchive() + " here"
          : obj + " reaches " + c.target() + " through this line";
      related.add(ctx.related(at, how));
      files.add(ctx.display(at.file()));
    }
    files.add(ctx.display(primary.file()));
    Set<String> chainSeen = new LinkedHashSet<>();
    for (String f : files) {
      for (RelatedLocation r : ctx.includeChain(f)) {
        if (chainSeen.add(r.file() + ":" + r.line() + r.message())) {
          related.add(r);
        }
      }
    }
    return ctx.finding(this, message, primary, related);
  }

  private static boolean sameFile(LintContext ctx, Location a, Location b) {
    return Objects.equals(ctx.display(a.file()), ctx.display(b.file()));
  }
}
