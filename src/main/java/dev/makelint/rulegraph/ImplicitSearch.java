package dev.makelint.rulegraph;

import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.PatternRule;
import dev.makelint.evaluation.Variable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * make's implicit rule search (pattern_search): which pattern rule, if any, makes a file that has
 * no recipe of its own. A search depends only on the database and the file system, never on
 * other searches, so any number of threads may search at once. The names no rule makes are
 * kept, for intermediate searches to skip (a shortcut with the same outcome).
 */
final class ImplicitSearch {
  private final MakeDatabase db;
  private final Path workDir;
  /** Names that "ought to exist": targets and prerequisites mentioned in the makefiles. */
  private final Set<String> mentioned;
  private final NameTails mentionedTails;
  /**
   * Every target pattern of every pattern rule, in search order (ruleOf and targetOf give the
   * rule and pattern of each number). The "%" patterns match every name: they are kept apart
   * from the index, which holds the others (specificRule maps its numbers back), and merged in
   * by number, leaving out the non-terminal ones where make would not try them.
   */
  private final PatternIndex implicitTargets = new PatternIndex(true);
  private final int[] specificRule;
  private final int[] matchAnythingRules;
  private final int[] terminalMatchAnythingRules;
  private final PatternRule[] ruleOf;
  private final String[] targetOf;
  /** Per target pattern: where its '%' is, and whether it names a directory (see matchFrom). */
  private final int[] targetPct;
  private final boolean[] targetHasSlash;
  /** Per target pattern: its rule has a recipe (a rule without one is never used). */
  private final boolean[] withRecipe;
  /**
   * Per target pattern of a terminal rule, when no vpath is set: for each prerequisite pattern
   * of the form {@code DIR/...%...} with one plain directory (RCS, SCCS), that directory, else
   * null. Such a prerequisite cannot exist when DIR is not in the directory of the name being
   * searched, which is known without building its name (half the probes of a source are into
   * RCS and SCCS).
   */
  private final String[][] leadingDirectory;
  /**
   * Per target pattern without a slash of a terminal rule, when no vpath is set: for each
   * prerequisite pattern without a slash ({@code %,v} and {@code s.%} of the built-in rules), its
   * number among the patterns FileExistence is told to look for in every listing, else -1. Such a
   * prerequisite is in the directory of the name being searched, and cannot be there when no
   * entry of that directory has the pattern's prefix and suffix: known from the listing without
   * building the name. (Every source is asked for {@code x.c,v} and {@code s.x.c}, and for those
   * of the {@code x.w} that the built-in {@code %.c: %.w %.ch} wants: 400,000 names built and
   * looked up at 2,000 modules.)
   */
  private final int[][] sameDirectoryProbe;
  private final FileExistence files;
  private final List<String> vpathDirs = new ArrayList<>();
  private final Map<String, Boolean> vpathCache = new ConcurrentHashMap<>();
  /**
   * Names whose top-level search found no rule. Only failures are kept: a walk searches each
   * name once, and an intermediate search skips a name that failed (keeping every answer held
   * 300,000 entries at 2,000 modules, two thirds of them never read).
   */
  private final Set<String> failed;
  private final NameTails failedTails = new NameTails();
  /** Per thread, the buffer candidate prerequisites are written into. */
  private final ThreadLocal<StringBuilder> buffers = new ThreadLocal<>() {
    @Override
    protected StringBuilder initialValue() {
      return new StringBuilder(128);
    }
  };

  /**
   * A successful implicit rule match. {@code prerequisites} are the rule's normal ones, then its
   * order-only ones (from {@code rule().prerequisites().size()} on), with the stem put in. The
   * stem is given as {@link Node.Rule} keeps it: {@code stemSource[stemBegin, stemEnd)}, or all
   * of {@code stemSource} when {@code stemBegin} is -1.
   */
  record Match(PatternRule rule, String stemSource, int stemBegin, int stemEnd,
      List<String> prerequisites) {
    boolean isOrderOnly(int index) {
      return index >= rule.prerequisites().size();
    }
  }

  /**
   * @param mentionedTails the endings of {@code mentioned}'s names, added as the set was made
   * @param expected about how many names a walk reaches (tables are made that large)
   */
  ImplicitSearch(MakeDatabase db, Path workDir, Set<String> mentioned, NameTails mentionedTails,
      int expected) {
    this.db = db;
    this.workDir = workDir;
    this.mentioned = mentioned;
    this.mentionedTails = mentionedTails;
    this.failed = ConcurrentHashMap.newKeySet(expected / 2);
    // The makefiles' own pattern rules are tried before the built-in ones.
    List<PatternRule> rules = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    for (boolean builtin : new boolean[] {false, true}) {
      for (PatternRule r : db.patternRules()) {
        if (r.builtin() == builtin) {
          for (String tp : r.targets()) {
            rules.add(r);
            targets.add(tp);
          }
        }
      }
    }
    ruleOf = rules.toArray(new PatternRule[0]);
    targetOf = targets.toArray(new String[0]);
    withRecipe = new boolean[ruleOf.length];
    leadingDirectory = new String[ruleOf.length][];
    sameDirectoryProbe = new int[ruleOf.length][];
    List<String> probes = new ArrayList<>();
    targetPct = new int[ruleOf.length];
    targetHasSlash = new boolean[ruleOf.length];
    List<Integer> specific = new ArrayList<>();
    List<Integer> anything = new ArrayList<>();
    List<Integer> terminalAnything = new ArrayList<>();
    for (int i = 0; i < ruleOf.length; i++) {
      withRecipe[i] = ruleOf[i].recipe() != null && !ruleOf[i].recipe().lines().isEmpty();
      leadingDirectory[i] = leadingDirectories(ruleOf[i]);
      targetPct[i] = targetOf[i].indexOf('%');
      targetHasSlash[i] = targetOf[i].indexOf('/') >= 0;
      if (!targetHasSlash[i]) {
        sameDirectoryProbe[i] = sameDirectoryProbes(ruleOf[i], probes);
      }
      if (!targetOf[i].equals("%")) {
        implicitTargets.add(targetOf[i]);
        specific.add(i);
      } else {
        anything.add(i);
        if (ruleOf[i].terminal()) {
          terminalAnything.add(i);
        }
      }
    }
    specificRule = toArray(specific);
    matchAnythingRules = toArray(anything);
    terminalMatchAnythingRules = toArray(terminalAnything);
    Variable vp = db.variable("VPATH");
    if (vp != null) {
      String v = db.expand("$(VPATH)", db.globals(), Location.NONE);
      for (String d : v.split("[:\\s]+")) {
        if (!d.isBlank()) {
          vpathDirs.add(d);
        }
      }
    }
    if (!db.vpaths().isEmpty() || !vpathDirs.isEmpty()) {
      // a prerequisite may then be found elsewhere: no shortcut
      Arrays.fill(leadingDirectory, null);
      Arrays.fill(sameDirectoryProbe, null);
      probes.clear();
    }
    // Directories: at 2,000 modules 88,000 for 300,000 names.
    this.files = new FileExistence(workDir, expected / 2, probes);
  }

  /**
   * See {@link #sameDirectoryProbe}: null for a rule that is not terminal or has none; new
   * patterns are added to {@code probes} (at most {@link FileExistence#MAX_PROBES}).
   */
  private static int[] sameDirectoryProbes(PatternRule r, List<String> probes) {
    if (!r.terminal()) {
      return null;
    }
    List<String> patterns = r.prerequisites();
    int[] out = null;
    for (int k = 0; k < patterns.size(); k++) {
      String p = patterns.get(k);
      // With only dots around the stem, a name could be "." or "..": never a listed entry.
      if (p.indexOf('%') < 0 || p.indexOf('/') >= 0 || p.replace(".", "").equals("%")) {
        continue;
      }
      int n = probes.indexOf(p);
      if (n < 0 && probes.size() < FileExistence.MAX_PROBES) {
        n = probes.size();
        probes.add(p);
      }
      if (n >= 0) {
        if (out == null) {
          out = new int[patterns.size()];
          Arrays.fill(out, -1);
        }
        out[k] = n;
      }
    }
    return out;
  }

  /** See {@link #leadingDirectory}: null for a rule that is not terminal or has no such one. */
  private static String[] leadingDirectories(PatternRule r) {
    if (!r.terminal()) {
      return null;
    }
    List<String> patterns = r.prerequisites();
    String[] out = null;
    for (int k = 0; k < patterns.size(); k++) {
      String p = patterns.get(k);
      int pct = p.indexOf('%');
      int slash = p.indexOf('/');
      if (pct > 0 && slash > 0 && slash < pct && p.indexOf('/', slash + 1) < 0) {
        String dir = p.substring(0, slash);
        if (!dir.equals(".") && !dir.equals("..")) {
          if (out == null) {
            out = new String[patterns.size()];
          }
          out[k] = dir;
        }
      }
    }
    return out;
  }

  /** The rule make would use for {@code name}, or null when none applies. */
  Match search(String name) {
    Match m = new Attempt(name).search(name, 0);
    if (m == null) {
      failed.add(name);
      failedTails.add(name);
    }
    return m;
  }

  /**
   * Whether {@code name} exists on disk (a stat, so not a dangling link), in the working
   * directory or through VPATH and vpath: asked of a file that no rule makes.
   */
  boolean exists(String name) {
    return files.exists(name) || foundThroughVpath(name);
  }

  /**
   * Whether {@code name} is there as implicit rule search sees it: make's directory cache ({@code
   * r}: this thread's recent directories).
   */
  private boolean found(String name, FileExistence.Recent r) {
    return files.listed(name, r) || foundThroughVpath(name);
  }

  private boolean foundThroughVpath(String name) {
    if (name.startsWith("/") || db.vpaths().isEmpty() && vpathDirs.isEmpty()) {
      return false;
    }
    return vpathCache.computeIfAbsent(name, this::existsInVpath);
  }

  private static int[] toArray(List<Integer> list) {
    int[] a = new int[list.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = list.get(i);
    }
    return a;
  }

  private boolean existsInVpath(String name) {
    try {
      for (MakeDatabase.VpathEntry v : db.vpaths()) {
        if (Patterns.stem(v.pattern(), name) != null) {
          for (String d : v.directories()) {
            if (Files.exists(workDir.resolve(d).resolve(name))) {
              return true;
            }
          }
        }
      }
      for (String d : vpathDirs) {
        if (Files.exists(workDir.resolve(d).resolve(name))) {
          return true;
        }
      }
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
    return false;
  }

  private boolean existsOrOught(String name, FileExistence.Recent r) {
    // The directory listing first when it can answer without a system call: it is usually at
    // hand (the directory of the name being searched), while the set of mentioned names is large
    // and the candidate a new string to hash. A stat waits until the set has been asked.
    Boolean listed = files.listedIfKnown(name, r);
    return listed == Boolean.TRUE
        || mentionedTails.mayContain(name) && mentioned.contains(name)
        || listed == null && files.listed(name, r) || foundThroughVpath(name);
  }

  /** Whether a finished top-level search of {@code name} found no rule. */
  private boolean knownToFail(String name) {
    return failedTails.mayContain(name) && failed.contains(name);
  }

  /**
   * One top-level search and the intermediate searches it starts. A name being searched further
   * up the chain is not tried again (make's guard against loops through intermediate files); a
   * name whose own search found nothing cannot be made as an intermediate either (that search had
   * more room: depth 0 and match-anything rules), so it is skipped without searching.
   */
  private final class Attempt {
    /** The names being searched, top first (at most three: intermediates go two levels deep). */
    private final List<String> chain = new ArrayList<>(4);
    private final StringBuilder buffer = buffers.get();
    private final FileExistence.Recent recent = files.recent();

    Attempt(String top) {
      chain.add(top);
    }

    /**
     * make's pattern_search: the first rule (in order) whose prerequisites all exist or ought to
     * exist; failing that, the first non-terminal rule whose missing prerequisites can be made
     * through further implicit rules (intermediate files, at most two levels deep).
     *
     * <p>A rule's prerequisites and stem become strings only for the rule that is used: the first
     * pass stops at a rule's first missing prerequisite, and the second builds the names again
     * (at 2,000 modules the candidates' lists, stems and matches of rules that failed were a fifth
     * of the rule graph's 1 GB of allocation).
     */
    Match search(String name, int depth) {
      // The (rule, target pattern) pairs that match, in the order make tries them. A non-terminal
      // match-anything rule is not tried when a more specific pattern matched, nor for an
      // intermediate file.
      int[] specific = implicitTargets.matching(name);
      boolean specificMatched = specific.length > 0;
      int[] candidates = mergeInOrder(specific,
          specificMatched || depth > 0 ? terminalMatchAnythingRules : matchAnythingRules);
      int fileStart = name.lastIndexOf('/') + 1;
      // First pass: prerequisites as they are. Rules that may still succeed through
      // intermediate files are kept for the second pass (a terminal rule, or any rule at the
      // deepest level, would fail there exactly as here), as their number and stem bounds.
      int[] second = null; // (rule, stemStart, stemEnd) triples
      int secondCount = 0;
      for (int c : candidates) {
        if (!withRecipe[c]) {
          continue;
        }
        // The stem is name[stemStart, stemEnd); a pattern without a slash matches the file part
        // and the directory, name[0, from), goes back in front.
        int from = targetHasSlash[c] ? 0 : fileStart;
        int stemStart = Patterns.stemStart(targetOf[c], targetPct[c], name, from);
        if (stemStart < 0) {
          continue;
        }
        int stemEnd = Patterns.stemEnd(targetOf[c], targetPct[c], name);
        PatternRule r = ruleOf[c];
        int count = r.prerequisites().size() + r.orderOnly().size();
        boolean ok = true;
        String p = null;
        String[] leading = leadingDirectory[c];
        int[] probe = sameDirectoryProbe[c];
        for (int k = 0; k < count && ok; k++) {
          // Terminal rules only: no second pass needs the prerequisites.
          if (leading != null && k < leading.length && leading[k] != null
              && files.hasEntry(name, from, leading[k], recent) == Boolean.FALSE
              || probe != null && k < probe.length && probe[k] >= 0
              && files.mayHaveEntryLike(name, from, probe[k], recent) == Boolean.FALSE) {
            ok = false;
            break;
          }
          p = substitute(prerequisitePattern(r, k), name, from, stemStart, stemEnd);
          ok = r.terminal() ? found(p, recent) : existsOrOught(p, recent);
        }
        if (ok) {
          return match(c, name, from, stemStart, stemEnd, count == 1 ? p : null);
        }
        if (!r.terminal() && depth < 2) {
          if (second == null) {
            second = new int[6];
          } else if (secondCount == second.length) {
            second = Arrays.copyOf(second, secondCount * 2);
          }
          second[secondCount++] = c;
          second[secondCount++] = stemStart;
          second[secondCount++] = stemEnd;
        }
      }
      for (int i = 0; i < secondCount; i += 3) {
        int c = second[i];
        int stemStart = second[i + 1];
        int stemEnd = second[i + 2];
        int from = targetHasSlash[c] ? 0 : fileStart;
        PatternRule r = ruleOf[c];
        int count = r.prerequisites().size() + r.orderOnly().size();
        boolean ok = true;
        String p = null;
        for (int k = 0; k < count && ok; k++) {
          p = substitute(prerequisitePattern(r, k), name, from, stemStart, stemEnd);
          ok = existsOrOught(p, recent) || !p.equals(name) && !chain.contains(p) && !knownToFail(p)
              && intermediate(p, depth + 1);
        }
        if (ok) {
          return match(c, name, from, stemStart, stemEnd, count == 1 ? p : null);
        }
      }
      return null;
    }

    /**
     * The match of target pattern {@code c}, its prerequisites' names built; {@code only} is the
     * name of its one prerequisite when the search already built it, else null.
     */
    private Match match(int c, String name, int from, int stemStart, int stemEnd, String only) {
      List<String> prereqs;
      PatternRule r = ruleOf[c];
      if (only != null) {
        prereqs = List.of(only);
      } else {
        int count = r.prerequisites().size() + r.orderOnly().size();
        prereqs = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
          prereqs.add(substitute(prerequisitePattern(r, k), name, from, stemStart, stemEnd));
        }
      }
      // The stem is a range of the name (see Node.Rule#stem), except when the directory goes
      // back in front of a part further on: a pattern without a slash, with text before its '%'.
      if (from == stemStart || from == 0) {
        return new Match(r, name, from == stemStart ? 0 : stemStart, stemEnd, prereqs);
      }
      return new Match(r, stem(name, from, stemStart, stemEnd), -1, -1, prereqs);
    }

    private String substitute(String pattern, String name, int dirEnd, int stemStart,
        int stemEnd) {
      buffer.setLength(0);
      Patterns.appendSubstituted(buffer, pattern, name, dirEnd, stemStart, stemEnd);
      return buffer.toString();
    }

    private boolean intermediate(String name, int depth) {
      chain.add(name);
      try {
        return search(name, depth) != null;
      } finally {
        chain.remove(chain.size() - 1);
      }
    }
  }

  /**
   * Prerequisite pattern {@code k} of {@code r}: its normal ones, then its order-only ones (which
   * must exist or be makeable as the others must; make rejects the rule otherwise).
   */
  private static String prerequisitePattern(PatternRule r, int k) {
    List<String> normal = r.prerequisites();
    return k < normal.size() ? normal.get(k) : r.orderOnly().get(k - normal.size());
  }

  /** The stem as $* shows it: the directory name[0, dirEnd) and the matched part. */
  private static String stem(String name, int dirEnd, int stemStart, int stemEnd) {
    return dirEnd == stemStart ? name.substring(0, stemEnd)
        : name.substring(0, dirEnd) + name.substring(stemStart, stemEnd);
  }

  /** Rule numbers, ascending: the index's matches (mapped by specificRule) and {@code others}. */
  private int[] mergeInOrder(int[] indexMatches, int[] others) {
    int[] out = new int[indexMatches.length + others.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < indexMatches.length || j < others.length) {
      if (j == others.length
          || i < indexMatches.length && specificRule[indexMatches[i]] < others[j]) {
        out[k++] = specificRule[indexMatches[i++]];
      } else {
        out[k++] = others[j++];
      }
    }
    return out;
  }
}
