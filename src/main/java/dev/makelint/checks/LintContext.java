package dev.makelint.checks;

import dev.makelint.buildmodel.BuildModel;
import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.MakefileRead;
import dev.makelint.rulegraph.RuleGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the checks work on: the database, the graph of reached targets and the build model. */
public final class LintContext {
  private final MakeDatabase db;
  private final RuleGraph graph;
  private final BuildModel model;
  private final Path workDir;
  private final Map<String, List<String>> fileLines = new HashMap<>();

  public LintContext(MakeDatabase db, RuleGraph graph, BuildModel model, Path workDir) {
    this.db = db;
    this.graph = graph;
    this.model = model;
    this.workDir = workDir.toAbsolutePath().normalize();
  }

  public MakeDatabase db() {
    return db;
  }

  public RuleGraph graph() {
    return graph;
  }

  public BuildModel model() {
    return model;
  }

  public Path workDir() {
    return workDir;
  }

  /** A file name as findings show it: relative to the working directory when inside it. */
  public String display(String file) {
    if (file == null) {
      return null;
    }
    Path p = workDir.resolve(file).normalize();
    return p.startsWith(workDir) ? workDir.relativize(p).toString() : p.toString();
  }

  /** A related location for {@code at}. */
  public RelatedLocation related(Location at, String message) {
    return new RelatedLocation(display(at.file()), Math.max(1, at.line()), 1, message);
  }

  /** A finding at {@code at}. */
  public Finding finding(Check c, String message, Location at, List<RelatedLocation> related) {
    return new Finding(c.id(), c.defaultSeverity(), message, display(at.file()),
        Math.max(1, at.line()), 1, related);
  }

  /**
   * The include lines that brought {@code file} in, innermost first ("X is read because of this
   * include"); empty for a makefile read directly.
   */
  public List<RelatedLocation> includeChain(String file) {
    List<RelatedLocation> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String current = display(file);
    while (current != null && seen.add(current)) {
      MakefileRead read = null;
      for (MakefileRead r : db.makefiles()) {
        if (current.equals(display(r.name()))) {
          read = r;
          break;
        }
      }
      if (read == null || read.includedFrom() == null || read.includedFrom().file() == null) {
        break;
      }
      out.add(related(read.includedFrom(), current + " is read because of this include"));
      current = display(read.includedFrom().file());
    }
    return out;
  }

  private static final Pattern ASSIGN = Pattern.compile(
      "^\\s*(?:override\\s+|export\\s+)*([^\\s:#=+?!]+)\\s*(\\+=|:=|::=|\\?=|!=|=)(.*)$");

  /**
   * Assignment lines in the makefiles read whose text names {@code word} as a whole word: where an
   * object was put into a variable. A textual look-up (the database keeps only each variable's
   * last assignment), so it can name a line in a branch not taken; callers use it for notes only.
   */
  public List<Assignment> assignmentsMentioning(String word) {
    List<Assignment> out = new ArrayList<>();
    Pattern w = Pattern.compile("(?<![^\\s=])" + Pattern.quote(word) + "(?![^\\s\\\\])");
    for (MakefileRead r : db.makefiles()) {
      List<String> lines = lines(r.name());
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i);
        if (!l.contains(word)) {
          continue; // both tests below look for the word in this line
        }
        int hash = l.indexOf('#');
        String code = hash >= 0 ? l.substring(0, hash) : l;
        Matcher m = ASSIGN.matcher(code);
        if (m.matches() && w.matcher(m.group(3)).find()) {
          out.add(new Assignment(m.group(1), m.group(2), new Location(r.name(), i + 1)));
        } else if (!m.matches() && i > 0 && lines.get(i - 1).endsWith("\\")
            && w.matcher(code).find()) {
          // continuation line of an assignment: find its first line
          int j = i - 1;
          while (j > 0 && lines.get(j - 1).endsWith("\\")) {
            j--;
          }
          Matcher head = ASSIGN.matcher(lines.get(j));
          if (head.matches()) {
            out.add(new Assignment(head.group(1), head.group(2), new Location(r.name(), i + 1)));
          }
        }
      }
    }
    return out;
  }

  /** An assignment line found by {@link #assignmentsMentioning}. */
  public record Assignment(String variable, String operator, Location location) {}

  private List<String> lines(String file) {
    return fileLines.computeIfAbsent(display(file), f -> {
      try {
        return Files.readAllLines(workDir.resolve(f));
      } catch (IOException | RuntimeException e) {
        return List.of();
      }
    });
  }
}
