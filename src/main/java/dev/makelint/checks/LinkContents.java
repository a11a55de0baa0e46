package dev.makelint.checks;

import dev.makelint.buildmodel.BuildModel;
import dev.makelint.buildmodel.ToolCommand;
import dev.makelint.evaluation.Location;
import dev.makelint.rulegraph.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one link or archive really receives: each object, directly or as a member of an archive on
 * the command line, with the rule line that put it there. Shared by the duplicate checks.
 */
final class LinkContents {
  /**
   * One object reaching the link.
   *
   * @param object normalised path
   * @param viaArchive the archive it is a member of, or null when passed directly
   * @param broughtBy the rule line that put it (or its archive) into the prerequisites, or the
   *     recipe's rule line when it arrives through the recipe text only
   * @param compiledBySelf the source when the link command compiles it itself, else null
   */
  record Entry(String object, String viaArchive, Location broughtBy, String compiledBySelf) {}

  /**
   * A link or archive with its entries.
   *
   * @param output what is written
   * @param target the make target whose recipe runs it
   * @param verb "linked" or "archived"
   */
  record Contents(String output, String target, String verb, BuildModel.Origin origin,
      List<Entry> entries) {}

  private LinkContents() {}

  /**
   * Every link's contents, computed once per lint run and shared by the checks. Checks in both
   * lanes of Linter.run ask for it (duplicate-prerequisite too): the second to ask waits for the
   * first's result instead of computing it again.
   */
  static List<Contents> all(LintContext ctx) {
    synchronized (ctx) {
      Shared s = ctx.shared(Shared.class);
      return (s != null ? s : ctx.share(Shared.class, new Shared(all(ctx.model())))).contents();
    }
  }

  private record Shared(List<Contents> contents) {}

  static List<Contents> all(BuildModel model) {
    List<Contents> out = new ArrayList<>();
    for (BuildModel.LinkStep l : model.links()) {
      out.add(of(model, l));
    }
    for (BuildModel.ArchiveStep a : model.archives()) {
      List<Entry> entries = new ArrayList<>();
      Arrivals arrivals = new Arrivals(a.origin());
      for (String m : a.members()) {
        String n = BuildModel.normalize(m);
        entries.add(new Entry(n, null, arrivals.broughtBy(n), null));
      }
      out.add(new Contents(a.archive(), a.origin().node().name(), "archived", a.origin(),
          entries));
    }
    return out;
  }

  private static Contents of(BuildModel model, BuildModel.LinkStep l) {
    List<Entry> entries = new ArrayList<>();
    List<String> libDirs = new ArrayList<>();
    for (ToolCommand.LinkInput in : l.inputs()) {
      if (in instanceof ToolCommand.LibraryDir d) {
        libDirs.add(d.path());
      }
    }
    libDirs.add(".");
    Set<String> archivesSeen = new LinkedHashSet<>();
    Arrivals arrivals = new Arrivals(l.origin());
    for (ToolCommand.LinkInput in : l.inputs()) {
      if (in instanceof ToolCommand.ObjectFile o) {
        String n = BuildModel.normalize(o.path());
        entries.add(new Entry(n, null, arrivals.broughtBy(n), null));
      } else if (in instanceof ToolCommand.OtherFile o && !model.compilesOf(o.path()).isEmpty()) {
        String n = BuildModel.normalize(o.path());
        entries.add(new Entry(n, null, arrivals.broughtBy(n), null));
      } else if (in instanceof ToolCommand.Source s) {
        String n = BuildModel.normalize(s.path());
        entries.add(new Entry(n, null, arrivals.broughtBy(n), n));
      } else if (in instanceof ToolCommand.StaticArchive a) {
        addArchive(model, arrivals, BuildModel.normalize(a.path()), entries, archivesSeen);
      } else if (in instanceof ToolCommand.LibraryName lib && !lib.name().startsWith(":")) {
        for (String dir : libDirs) {
          String candidate = BuildModel.normalize(dir + "/lib" + lib.name() + ".a");
          if (!model.archiveSteps(candidate).isEmpty()) {
            addArchive(model, arrivals, candidate, entries, archivesSeen);
            break;
          }
        }
      }
    }
    return new Contents(l.output(), l.origin().node().name(), "linked", l.origin(), entries);
  }

  private static void addArchive(BuildModel model, Arrivals arrivals, String archive,
      List<Entry> entries, Set<String> seen) {
    if (!seen.add(archive)) {
      return; // naming an archive twice gives the linker no second copy of its members
    }
    Location at = arrivals.broughtBy(archive);
    Set<String> members = new LinkedHashSet<>();
    for (BuildModel.ArchiveStep a : model.archiveSteps(archive)) {
      for (String m : a.members()) {
        members.add(BuildModel.normalize(m));
      }
    }
    for (String m : members) {
      entries.add(new Entry(m, archive, at, null));
    }
  }

  /** The prerequisite line of the rule that names {@code file}, else the recipe's rule line. */
  static Location broughtBy(BuildModel.Origin origin, String file) {
    return new Arrivals(origin).broughtBy(file);
  }

  /**
   * {@link #broughtBy} for many files of one command: the rule's prerequisites indexed once (a
   * link of every library of a tree has thousands, and each is looked up).
   */
  private static final class Arrivals {
    private final BuildModel.Origin origin;
    private final Map<String, Location> first;

    Arrivals(BuildModel.Origin origin) {
      this.origin = origin;
      List<Node.Edge> prerequisites = origin.rule().prerequisites();
      // sized at once: a library's link has its module's objects, growing it doubled it 3 times
      first = new HashMap<>(prerequisites.size() * 4 / 3 + 1);
      for (Node.Edge e : prerequisites) {
        if (e.location() != null && e.location().file() != null) {
          first.putIfAbsent(BuildModel.normalize(e.name()), e.location());
        }
      }
    }

    Location broughtBy(String file) {
      Location at = first.get(file);
      return at != null ? at : origin.ruleLocation();
    }
  }
}
