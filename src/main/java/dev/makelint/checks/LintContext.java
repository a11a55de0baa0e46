package dev.makelint.checks;

import dev.makelint.buildmodel.BuildModel;
import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.MakefileRead;
import dev.makelint.reading.SourceFile;
import dev.makelint.rulegraph.RuleGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the checks work on: the database, the graph of reached targets and the build model. */
public final class LintContext {
  private final MakeDatabase db;
  private final RuleGraph graph;
  private final BuildModel model;
  private final Path workDir;
  private final LintSettings settings;
  // Concurrent: on large inputs two checks may run at once (Linter.run). A value two threads
  // compute at once is the same either way.
  private final Map<String, List<String>> fileLines = new ConcurrentHashMap<>();
  private final List<MakeDatabase.UndefinedReference> undefinedReferences;
  private final Map<Class<?>, Object> shared = new ConcurrentHashMap<>();

  public LintContext(MakeDatabase db, RuleGraph graph, BuildModel model, Path workDir,
      LintSettings settings) {
    this.db = db;
    this.graph = graph;
    this.model = model;
    this.workDir = workDir.toAbsolutePath().normalize();
    this.settings = settings;
    this.undefinedReferences = List.copyOf(db.undefinedReferenceDetails());
  }

  /**
   * The references to unset variables made while reading and while the build model expanded the
   * reached recipes: taken when the context is made, so expansions done by checks do not add to
   * it.
   */
  public List<MakeDatabase.UndefinedReference> undefinedReferences() {
    return undefinedReferences;
  }

  /**
   * A value computed once per lint run and shared by the checks that need it (an index over the
   * database, say), keyed by its class: null until {@link #share} has given it. (A getter and a
   * setter rather than one method taking a lambda: see README, Start-up.)
   */
  public <T> T shared(Class<T> key) {
    return key.cast(shared.get(key));
  }

  /** Keeps {@code value} as the shared value of its class {@code key}, and returns it. */
  public <T> T share(Class<T> key, T value) {
    shared.put(key, value);
    return value;
  }

  public LintSettings settings() {
    return settings;
  }

  /** The configured value of one of {@code check}'s options, or its default. */
  public Object option(CheckInfo check, String name) {
    return settings.option(check, name);
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

  /** A finding at {@code at}, column 1. */
  public Finding finding(Check c, String message, Location at, List<RelatedLocation> related) {
    return finding(c, message, at, 1, related);
  }

  /** A finding at {@code at}, at a 1-based column. */
  public Finding finding(Check c, String message, Location at, int column,
      List<RelatedLocation> related) {
    return new Finding(c.info().id(), c.info().severity(), message, display(at.file()),
        Math.max(1, at.line()), Math.max(1, column), related);
  }

  /**
   * The 1-based column where {@code text} first occurs on the physical line {@code at}, or 1 when
   * it does not (e.g. the line was produced by {@code $(eval)}).
   */
  public int column(Location at, String text) {
    String line = physicalLine(at);
    int i = line == null || text.isEmpty() ? -1 : line.indexOf(text);
    return i < 0 ? 1 : i + 1;
  }

  /** The text of the physical line {@code at}, or null when it cannot be read. */
  public String physicalLine(Location at) {
    if (at == null || at.file() == null || at.line() < 1) {
      return null;
    }
    List<String> lines = physicalLines(at.file());
    return at.line() <= lines.size() ? lines.get(at.line() - 1) : null;
  }

  /** The makefiles read, in reading order, as findings name them. */
  public List<String> makefileNames() {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (MakefileRead r : db.makefiles()) {
      String name = display(r.name());
      if (name != null && seen.add(name)) {
        out.add(name);
      }
    }
    return out;
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
   * object was put into a variable. Only lines the evaluator really assigned from count, so a
   * line in a branch not taken is never named; the match itself is textual (the value may come
   * through other variables), so callers use it for locations and notes.
   */
  public List<Assignment> assignmentsMentioning(String word) {
    List<Assignment> out = new ArrayList<>();
    Pattern w = Pattern.compile("(?<![^\\s=])" + Pattern.quote(word) + "(?![^\\s\\\\])");
    for (MakefileRead r : db.makefiles()) {
      if (!mayContain(r.name(), word)) {
        continue;
      }
      List<String> lines = physicalLines(r.name());
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i);
        if (!l.contains(word)) {
          continue; // both tests below look for the word in this line
        }
        int hash = l.indexOf('#');
        String code = hash >= 0 ? l.substring(0, hash) : l;
        Matcher m = ASSIGN.matcher(code);
        if (m.matches() && w.matcher(m.group(3)).find()) {
          if (db.assignedAt(new Location(r.name(), i + 1))) {
            out.add(new Assignment(m.group(1), m.group(2), new Location(r.name(), i + 1)));
          }
        } else if (!m.matches() && i > 0 && lines.get(i - 1).endsWith("\\")
            && w.matcher(code).find()) {
          // continuation line of an assignment: find its first line
          int j = i - 1;
          while (j > 0 && lines.get(j - 1).endsWith("\\")) {
            j--;
          }
          Matcher head = ASSIGN.matcher(lines.get(j));
          if (head.matches() && db.assignedAt(new Location(r.name(), j + 1))) {
            out.add(new Assignment(head.group(1), head.group(2), new Location(r.name(), i + 1)));
          }
        }
      }
    }
    return out;
  }

  /** An assignment line found by {@link #assignmentsMentioning}. */
  public record Assignment(String variable, String operator, Location location) {}

  /**
   * False when the text the reader read for the makefile {@code file} does not contain {@code
   * text}, so that none of its physical lines does; true otherwise, also when the reader read no
   * text for it. A search of every makefile for a word then splits only those that may have it
   * into lines: a large tree's 2,000 fragments took about 20 ms to split, and the lines stayed
   * in memory to the end of the run.
   */
  public boolean mayContain(String file, String text) {
    String read;
    try {
      read = db.makefileText(workDir.resolve(display(file)).toAbsolutePath().normalize());
    } catch (RuntimeException e) {
      return true; // no path: physicalLines decides
    }
    return read == null || read.contains(text);
  }

  /**
   * The physical lines of a makefile: of the text the reader read, else (a file it did not read as
   * a makefile) decoded from disk as the reader decodes, or an empty list when it cannot be read.
   */
  public List<String> physicalLines(String file) {
    String f = display(file);
    List<String> lines = fileLines.get(f);
    if (lines == null) {
      try {
        Path path = workDir.resolve(f).toAbsolutePath().normalize();
        String text = db.makefileText(path);
        lines = SourceFile.physicalLines(
            text != null ? text : SourceFile.decode(Files.readAllBytes(path)));
      } catch (IOException | RuntimeException e) {
        lines = List.of();
      }
      fileLines.put(f, lines);
    }
    return lines;
  }
}
