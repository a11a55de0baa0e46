package dev.makelint.rulegraph;

import java.io.IOError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers "does this file exist" the two ways make asks it. Implicit rule search asks many times
 * per reached file (make's built-in rules probe {@code RCS/x,v}, {@code SCCS/s.x}, {@code x.y},
 * {@code x.l}, ... for every source), and make answers it from its directory cache: each directory
 * is read once, and a name is there when it is listed, with no further system call, so a dangling
 * symbolic link counts as there ({@link #listed}). Whether a file that no rule makes is really
 * there is a stat that follows symbolic links ({@link #exists}, as {@link Files#exists}); for a
 * dangling link make then stops with "No rule to make target".
 *
 * <p>Names with {@code .} or {@code ..} segments, doubled or trailing slashes, or that the file
 * system rejects are passed to {@code Files.exists} directly, and so is every name on a file system
 * that ignores case (where a listing cannot say that a name is absent).
 *
 * <p>Safe for several threads: two threads asking about a new directory at once may both list it,
 * with the same answer.
 */
final class FileExistence {
  /**
   * workDir as the file system is handed it: relative to the process's working directory when
   * workDir is that directory or below it, else absolute. The kernel resolves every name it is
   * given one component at a time, and at 2,000 modules (run from the tree) the absolute prefix
   * was about half of the components resolved, 100,000 stats and 88,000 listings.
   */
  private final Path base;
  private final boolean baseIsEmpty;
  /** Directory (as named, relative to workDir or absolute) -> its entries, or UNLISTABLE. */
  private final Map<String, DirectoryEntries> listings;

  /** Stands for a directory that cannot be listed or named textually: ask the file system. */
  private static final DirectoryEntries UNLISTABLE = DirectoryEntries.of(new String[0]);
  private static final int RECENT = 8;

  /**
   * The directories a thread asked about last, with their listings. A caller that asks many
   * questions in a row passes its thread's own ({@link #recent()}): under the C1 compiler a
   * ThreadLocal look-up per question was 3% of the rule graph's CPU samples at 2,000 modules.
   */
  static final class Recent {
    final String[] directories = new String[RECENT];
    final DirectoryEntries[] listings = new DirectoryEntries[RECENT];
    int next;
  }

  /** Per thread: implicit rule search may run on several threads at once. */
  private final ThreadLocal<Recent> recent = new ThreadLocal<>() {
    @Override
    protected Recent initialValue() {
      return new Recent(); // a class, not a method reference: see README, Start-up
    }
  };
  private final boolean caseSensitive;

  FileExistence(Path workDir) {
    this(workDir, 16, List.of());
  }

  /** At most this many patterns are looked for in every listing (see mayHaveEntryLike). */
  static final int MAX_PROBES = 64;

  /** The patterns every listing is checked for, as the prefix and suffix around their '%'. */
  private final String[] probePrefixes;
  private final String[] probeSuffixes;

  /**
   * @param expectedDirectories how many directories will be asked about, roughly: the map of
   *     listings is made that large at once (see RuleGraph.capacity)
   * @param probes {@code %} patterns without a slash that {@link #mayHaveEntryLike} is asked
   *     about (the first {@link #MAX_PROBES}); each listing notes which of them its entries match
   */
  FileExistence(Path workDir, int expectedDirectories, List<String> probes) {
    this.base = systemBase(workDir);
    this.baseIsEmpty = base.toString().isEmpty();
    this.listings = new ConcurrentHashMap<>(expectedDirectories);
    int n = Math.min(probes.size(), MAX_PROBES);
    probePrefixes = new String[n];
    probeSuffixes = new String[n];
    for (int i = 0; i < n; i++) {
      String p = probes.get(i);
      int pct = p.indexOf('%');
      probePrefixes[i] = p.substring(0, pct);
      probeSuffixes[i] = p.substring(pct + 1);
    }
    this.caseSensitive = caseSensitive();
  }

  /** This thread's recent directories, for the methods that take them. */
  Recent recent() {
    return recent.get();
  }

  /**
   * Whether {@code name} is in its directory as make's directory cache sees it ({@code r}: this
   * thread's {@link #recent()} directories).
   */
  boolean listed(String name, Recent r) {
    Boolean inListing = listedIfKnown(name, r);
    return inListing != null ? inListing : stat(name);
  }

  /**
   * Whether {@code name} is in its directory's listing, when the listing can say without a stat;
   * null when only the file system can: a file system that ignores case, an empty, "." or ".."
   * file part (never a listed entry), or a directory that cannot be named textually.
   */
  Boolean listedIfKnown(String name, Recent r) {
    if (!caseSensitive) {
      return null;
    }
    int slash = name.lastIndexOf('/');
    int partLength = name.length() - slash - 1;
    if (partLength == 0 || name.charAt(slash + 1) == '.'
        && (partLength == 1 || partLength == 2 && name.charAt(slash + 2) == '.')) {
      return null;
    }
    DirectoryEntries entries = listingOfDirectoryPart(name, slash, r);
    if (entries == UNLISTABLE) {
      return null;
    }
    // A name with a NUL is in no listing, and the file system would reject it: false both ways.
    return entries.contains(name, slash + 1);
  }

  /**
   * Whether {@code entry} is listed in the directory {@code name} begins with, the text before
   * {@code dirEnd} ({@code name[dirEnd - 1]} is its slash; 0: the working directory), or null
   * when only the file system could say. Nothing is cut out of {@code name}.
   */
  Boolean hasEntry(String name, int dirEnd, String entry, Recent r) {
    if (!caseSensitive) {
      return null;
    }
    DirectoryEntries entries = listingOfDirectoryPart(name, dirEnd - 1, r);
    return entries == UNLISTABLE ? null : entries.contains(entry);
  }

  /**
   * Whether some entry of the directory {@code name} begins with (the text before {@code
   * dirEnd}, as for {@link #hasEntry}) matches probe {@code probe} (a pattern given to the
   * constructor) with a non-empty stem: false means no name of that pattern is listed there.
   * Null when only the file system could say.
   */
  Boolean mayHaveEntryLike(String name, int dirEnd, int probe, Recent r) {
    if (!caseSensitive) {
      return null;
    }
    DirectoryEntries entries = listingOfDirectoryPart(name, dirEnd - 1, r);
    return entries == UNLISTABLE ? null : entries.matchesProbe(probe);
  }

  /**
   * Whether {@code name} exists as {@link Files#exists} says: one stat, none for a name its
   * directory's listing lacks.
   */
  boolean exists(String name) {
    return listedIfKnown(name, recent.get()) != Boolean.FALSE && stat(name);
  }

  /**
   * The listing of the directory part of {@code name} ({@code slash} is its last slash), or
   * {@link #UNLISTABLE}. Consecutive questions are mostly about a few directories (a source's,
   * and its RCS and SCCS subdirectories), so the last few are kept at hand; a directory part is
   * checked for being {@link #isPlain plain} only when it is not one of them.
   */
  private DirectoryEntries listingOfDirectoryPart(String name, int slash, Recent r) {
    int dirLength = slash < 0 ? 0 : slash == 0 ? 1 : slash;
    // Newest first, and the last character before the whole text: in a large tree most
    // directories share their first few dozen characters ("modules/mod0042/src/") and differ at
    // the end, where a miss is found at once (comparing from the start was 6% of the plan's CPU
    // samples at 2,000 modules).
    char last = dirLength == 0 ? 0 : name.charAt(dirLength - 1);
    for (int k = 1; k <= RECENT; k++) {
      int i = (r.next - k + RECENT) % RECENT;
      String d = r.directories[i];
      if (d != null && d.length() == dirLength
          && (dirLength == 0 || d.charAt(dirLength - 1) == last)
          && name.regionMatches(0, d, 0, dirLength)) {
        return r.listings[i];
      }
    }
    String dir = slash < 0 ? "" : slash == 0 ? "/" : name.substring(0, slash);
    if (!isPlain(dir)) {
      return UNLISTABLE;
    }
    DirectoryEntries entries = listing(dir);
    if (entries == null) {
      entries = UNLISTABLE;
    }
    r.directories[r.next] = dir;
    r.listings[r.next] = entries;
    r.next = (r.next + 1) % RECENT;
    return entries;
  }

  private boolean stat(String name) {
    try {
      return Files.exists(onDisk(name));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** {@code name} (relative to workDir, or absolute) as the file system is to be asked about it. */
  private Path onDisk(String name) {
    // an empty path names no file to the system: the working directory is "."
    return name.isEmpty() && baseIsEmpty ? CURRENT : base.resolve(name);
  }

  private static final Path CURRENT = Path.of(".");

  /**
   * The shortest name of {@code workDir} that means the same to the file system: relative to the
   * process's working directory when {@code workDir} is that directory (then empty) or below it.
   * Both are absolute and free of "." and ".." segments (workDir is normalised; the working
   * directory is what the system reports), so the relative name walks the same directories.
   * Java names the working directory after the {@code user.dir} property, which a command line
   * can set to another directory than the process's: then the names stay absolute.
   */
  static Path systemBase(Path workDir) {
    try {
      return systemBase(workDir, Path.of("").toAbsolutePath());
    } catch (SecurityException | IOError e) {
      return workDir;
    }
  }

  /** As {@link #systemBase(Path)}, where Java says the working directory is {@code cwd}. */
  static Path systemBase(Path workDir, Path cwd) {
    if (!workDir.isAbsolute() || !workDir.normalize().equals(workDir)
        || !workDir.startsWith(cwd)) {
      return workDir;
    }
    try {
      return Files.isSameFile(CURRENT, cwd) ? cwd.relativize(workDir) : workDir;
    } catch (IOException | SecurityException e) {
      return workDir;
    }
  }

  /**
   * The entries of {@code dir}, or null when it cannot be listed (the caller then asks the file
   * system). A directory absent from its parent's listing gets an empty set without a system call.
   */
  private DirectoryEntries listing(String dir) {
    DirectoryEntries known = listings.get(dir);
    if (known != null) {
      return known == UNLISTABLE ? null : known;
    }
    DirectoryEntries entries = null;
    int slash = dir.lastIndexOf('/');
    if (slash > 0) {
      DirectoryEntries parent = listing(dir.substring(0, slash));
      if (parent != null && !parent.contains(dir, slash + 1)) {
        if (parent != DirectoryEntries.NONE) {
          // Not kept: the parent's listing answers again at once, and every source directory
          // has its RCS and SCCS asked about (160,000 entries at 2,000 modules). Kept when the
          // parent is absent too, so that a deep absent path climbs one level, not all.
          return DirectoryEntries.NONE;
        }
        entries = DirectoryEntries.NONE;
      }
    }
    if (entries == null) {
      String[] names = null;
      try {
        names = onDisk(dir).toFile().list();
      } catch (InvalidPathException | SecurityException e) {
        names = null;
      }
      entries = names == null ? null : DirectoryEntries.of(names, probePrefixes, probeSuffixes);
    }
    listings.put(dir, entries == null ? UNLISTABLE : entries);
    return entries;
  }

  /**
   * Whether the working directory's file system tells names apart by case: an entry with its
   * case swapped must not exist unless listed too. Without a usable entry, assume it does not.
   */
  private boolean caseSensitive() {
    DirectoryEntries entries = listing("");
    if (entries != null) {
      for (String e : entries.names()) {
        String swapped = swapCase(e);
        if (!swapped.equals(e) && !entries.contains(swapped)) {
          return !stat(swapped);
        }
      }
    }
    return false;
  }

  private static String swapCase(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
    }
    return b.toString();
  }

  /**
   * A directory name that can be looked up textually: empty (the working directory), or with no
   * empty, {@code .} or {@code ..} segment (so no doubled or trailing slash; one leading slash is
   * fine), and no NUL.
   */
  private static boolean isPlain(String dir) {
    int n = dir.length();
    if (n == 0) {
      return true;
    }
    int segmentStart = dir.charAt(0) == '/' ? 1 : 0;
    if (segmentStart == n) {
      return true;
    }
    for (int i = segmentStart; i <= n; i++) {
      char c = i < n ? dir.charAt(i) : '/';
      if (c == '\0') {
        return false;
      }
      if (c == '/') {
        int len = i - segmentStart;
        if (len == 0 || dir.charAt(segmentStart) == '.'
            && (len == 1 || len == 2 && dir.charAt(segmentStart + 1) == '.')) {
          return false;
        }
        segmentStart = i + 1;
      }
    }
    return true;
  }
}
