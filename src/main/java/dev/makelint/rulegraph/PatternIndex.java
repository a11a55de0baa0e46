package dev.makelint.rulegraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which of many {@code %} patterns match a file name without trying them all. Patterns are
 * bucketed by the text before their {@code %} (looked up by its length, so a name costs one map
 * look-up per distinct prefix length) and then by the last character of the text after it; only
 * the patterns of the buckets a name falls into are compared with it. Matches come back in the
 * order the patterns were added, which is the order make tries them in.
 *
 * <p>It exists because large trees have hundreds of pattern rules and thousands of
 * pattern-specific variables ({@code build/release/mod42/%.o: CFLAGS += ...}), and every reached
 * file is matched against them: trying them all is quadratic in the size of the tree.
 *
 * <p>A match means what {@link Patterns#stemWithDir} (implicit rules) or {@link Patterns#stem}
 * (pattern-specific variables) says; the index only skips patterns that cannot match.
 */
final class PatternIndex {
  private final boolean stripDirectory;
  private final List<String> patterns = new ArrayList<>();
  /** Per pattern: the text before '%' (null when it has none) and the text after it. */
  private final List<String> prefixes = new ArrayList<>();
  private final List<String> suffixes = new ArrayList<>();
  /** Patterns matched against the whole name. */
  private final Family whole = new Family();
  /** With stripDirectory: patterns without '/', whose prefix applies to the file part. */
  private final Family base = new Family();

  /**
   * @param stripDirectory match as implicit rule search does (a pattern without a slash is matched
   *     against the file part of the name), else against the whole name
   */
  PatternIndex(boolean stripDirectory) {
    this.stripDirectory = stripDirectory;
  }

  /** Adds {@code pattern}; its number is the count of patterns added before it. */
  void add(String pattern) {
    int i = patterns.size();
    patterns.add(pattern);
    int pct = pattern.indexOf('%');
    String pre = pct < 0 ? pattern : pattern.substring(0, pct);
    String post = pct < 0 ? "" : pattern.substring(pct + 1);
    prefixes.add(pct < 0 ? null : pre);
    suffixes.add(post);
    boolean againstFilePart = stripDirectory && pattern.indexOf('/') < 0;
    (againstFilePart ? base : whole).add(i, pre, post);
  }

  int size() {
    return patterns.size();
  }

  String pattern(int i) {
    return patterns.get(i);
  }

  /**
   * Per thread, where matches are collected (the index is shared by the threads of a parallel
   * walk). A new collector per call was 7% of the rule graph's allocation at 2,000 modules.
   */
  private final ThreadLocal<Matches> collectors = new ThreadLocal<>() {
    @Override
    protected Matches initialValue() {
      return new Matches(); // a class, not a method reference: see README, Start-up
    }
  };

  /** The numbers of the patterns that match {@code name}, ascending. */
  int[] matching(String name) {
    Matches m = collectors.get();
    m.n = 0;
    whole.collect(name, 0, m);
    if (!base.isEmpty()) {
      base.collect(name, name.lastIndexOf('/') + 1, m);
    }
    if (m.n == 0) {
      return EMPTY;
    }
    int[] result = Arrays.copyOf(m.found, m.n);
    Arrays.sort(result);
    return result;
  }

  private static final int[] EMPTY = new int[0];

  /**
   * Whether pattern {@code i} matches the subject {@code name[from..]}: the whole name, or for a
   * pattern without a slash under stripDirectory, the file part (as {@link Patterns#stemWithDir}
   * does). A stem is never empty.
   */
  private boolean matches(int i, String name, int from) {
    String pre = prefixes.get(i);
    int length = name.length() - from;
    if (pre == null) {
      String p = patterns.get(i);
      return p.length() == length && name.startsWith(p, from);
    }
    String post = suffixes.get(i);
    return length >= pre.length() + post.length() + 1 && name.startsWith(pre, from)
        && name.endsWith(post);
  }

  private static final class Matches {
    int[] found = new int[8];
    int n;

    void add(int i) {
      if (n == found.length) {
        found = Arrays.copyOf(found, n * 2);
      }
      found[n++] = i;
    }
  }

  /**
   * Patterns bucketed by prefix, then by the last character of the suffix. A length with few
   * prefixes (the built-in rules', a flavour directory's) is scanned in place; a length with many
   * (one per module) is looked up in a table that hashes the name's prefix in place. (Cutting the
   * prefix out to look it up in a map was 170 MB of the implicit search's allocation at 2,000
   * modules, and later 6% of the rule graph's.)
   */
  private final class Family {
    /** Up to this many prefixes of one length are compared in place. */
    private static final int SCAN = 4;
    /** The distinct prefix lengths, ascending, and per length: prefix -> bucket. */
    private int[] prefixLengths = new int[0];
    private final List<RegionTable> tables = new ArrayList<>();
    /** Per length with at most SCAN prefixes: the prefixes and their buckets; else null. */
    private final List<String[]> fewPrefixes = new ArrayList<>();
    private final List<Bucket[]> fewBuckets = new ArrayList<>();
    /**
     * The last characters (modulo 256) of the patterns' suffixes, and whether some pattern has
     * none: a name ending otherwise matches no pattern here, and no prefix is looked up (at
     * 2,000 modules every source was hashed against the pattern-specific variables' prefixes,
     * which all end in ".o").
     */
    private final boolean[] suffixEnds = new boolean[256];
    private boolean anyEmptySuffix;

    boolean isEmpty() {
      return prefixLengths.length == 0;
    }

    void add(int i, String pre, String post) {
      if (post.isEmpty()) {
        anyEmptySuffix = true;
      } else {
        suffixEnds[post.charAt(post.length() - 1) & 0xFF] = true;
      }
      int at = Arrays.binarySearch(prefixLengths, pre.length());
      if (at < 0) {
        at = -at - 1;
        int[] grown = new int[prefixLengths.length + 1];
        System.arraycopy(prefixLengths, 0, grown, 0, at);
        grown[at] = pre.length();
        System.arraycopy(prefixLengths, at, grown, at + 1, prefixLengths.length - at);
        prefixLengths = grown;
        tables.add(at, new RegionTable());
        fewPrefixes.add(at, null);
        fewBuckets.add(at, null);
      }
      RegionTable table = tables.get(at);
      Bucket bucket = table.get(pre, 0, pre.length());
      if (bucket == null) {
        table.put(pre, bucket = new Bucket());
      }
      bucket.add(i, post);
      if (table.size() <= SCAN) {
        fewPrefixes.set(at, table.keys());
        fewBuckets.set(at, table.values());
      } else {
        fewPrefixes.set(at, null);
        fewBuckets.set(at, null);
      }
    }

    /** Collects the patterns matching the subject {@code name[from..]} (name or file part). */
    void collect(String name, int from, Matches m) {
      int length = name.length() - from;
      if (!anyEmptySuffix
          && (length == 0 || !suffixEnds[name.charAt(name.length() - 1) & 0xFF])) {
        return;
      }
      for (int k = 0; k < prefixLengths.length; k++) {
        int len = prefixLengths[k];
        if (len > length) {
          break;
        }
        String[] few = fewPrefixes.get(k);
        if (few != null) {
          Bucket[] buckets = fewBuckets.get(k);
          for (int j = 0; j < few.length; j++) {
            if (name.startsWith(few[j], from)) {
              buckets[j].collect(name, from, m);
            }
          }
        } else {
          Bucket b = tables.get(k).get(name, from, len);
          if (b != null) {
            b.collect(name, from, m);
          }
        }
      }
    }
  }

  /**
   * Prefixes of one length and their buckets, in an open-addressing table whose look-up takes the
   * prefix as a region of a longer name: hashed and compared in place, nothing cut out.
   */
  private static final class RegionTable {
    private String[] keys = new String[16];
    private Bucket[] values = new Bucket[16];
    private int size;

    void put(String key, Bucket value) {
      if ((size + 1) * 2 > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = key.hashCode() & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      values[i] = value;
      size++;
    }

    int size() {
      return size;
    }

    /** The prefixes, in slot order ({@link #values} gives their buckets in the same order). */
    String[] keys() {
      String[] out = new String[size];
      int k = 0;
      for (String key : keys) {
        if (key != null) {
          out[k++] = key;
        }
      }
      return out;
    }

    Bucket[] values() {
      Bucket[] out = new Bucket[size];
      int k = 0;
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] != null) {
          out[k++] = values[i];
        }
      }
      return out;
    }

    /** The bucket of the prefix {@code name[from, from + length)}, or null. */
    Bucket get(String name, int from, int length) {
      int h = 0;
      for (int i = from; i < from + length; i++) {
        h = 31 * h + name.charAt(i); // String.hashCode, over the region
      }
      int mask = keys.length - 1;
      for (int i = h & mask; keys[i] != null; i = (i + 1) & mask) {
        if (name.regionMatches(from, keys[i], 0, length)) {
          return values[i];
        }
      }
      return null;
    }

    private void grow() {
      String[] oldKeys = keys;
      Bucket[] oldValues = values;
      keys = new String[oldKeys.length * 2];
      values = new Bucket[oldKeys.length * 2];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != null) {
          put(oldKeys[i], oldValues[i]);
        }
      }
    }
  }

  /** The patterns of one prefix, as pattern numbers (ints: this is the hot path of the search). */
  private final class Bucket {
    private int[] anySuffix = new int[0];
    private final Map<Character, int[]> byLastChar = new HashMap<>();

    void add(int i, String post) {
      if (post.isEmpty()) {
        anySuffix = append(anySuffix, i);
      } else {
        Character last = post.charAt(post.length() - 1);
        int[] rules = byLastChar.get(last);
        byLastChar.put(last, rules == null ? new int[] {i} : append(rules, i));
      }
    }

    private static int[] append(int[] a, int i) {
      int[] grown = Arrays.copyOf(a, a.length + 1);
      grown[a.length] = i;
      return grown;
    }

    void collect(String name, int from, Matches m) {
      collect(anySuffix, name, from, m);
      if (name.length() > from) {
        int[] l = byLastChar.get(name.charAt(name.length() - 1));
        if (l != null) {
          collect(l, name, from, m);
        }
      }
    }

    private void collect(int[] candidates, String name, int from, Matches m) {
      for (int i : candidates) {
        if (matches(i, name, from)) {
          m.add(i);
        }
      }
    }
  }
}
