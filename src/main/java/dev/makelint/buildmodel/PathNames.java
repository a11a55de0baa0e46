package dev.makelint.buildmodel;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Lexical path arithmetic for file names seen in recipe commands. It exists because the analysis
 * must compare names that reached a compiler through different routes ({@code ./a.c},
 * {@code sub/../a.c}, {@code cd sub && gcc -c ../a.c}) without touching the file system: the tree
 * being analysed may not even exist on this machine.
 *
 * <p>Relative inputs stay relative (to the directory make runs in); absolute inputs stay absolute.
 * {@code ..} is folded lexically, which is what the analysis wants even though a kernel following
 * symbolic links might disagree.
 */
final class PathNames {
  private PathNames() {}

  /**
   * True when a word still contains shell syntax the splitter could not resolve (a variable, a
   * command substitution, a glob or a tilde), so it does not name one known file.
   */
  static boolean isUnresolved(String word) {
    if (word == null) {
      return true;
    }
    if (word.startsWith("~")) {
      return true;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '$' || c == '`' || c == '*' || c == '?') {
        return true;
      }
    }
    return false;
  }

  /**
   * Resolves {@code path} against {@code dir}. A {@code null} directory means "unknown": the path is
   * then only normalised. Unresolved words are returned unchanged.
   */
  static String resolve(String dir, String path) {
    if (path == null) {
      return null;
    }
    return isUnresolved(path) ? path : resolveResolved(dir, path);
  }

  /**
   * As {@link #resolve}, for a path its caller has found not {@link #isUnresolved} (that scan
   * is the longest part of resolving a compile's source and object: done once, not twice).
   */
  static String resolveResolved(String dir, String path) {
    if (path.isEmpty()) {
      return path;
    }
    if (path.startsWith("/") || dir == null || dir.isEmpty() || dir.equals(".")) {
      return normalize(path);
    }
    return normalize(dir + "/" + path);
  }

  /** Lexically normalises a path: drops {@code .} and empty segments and folds {@code ..}. */
  static String normalize(String path) {
    if (path == null) {
      return null;
    }
    if (path.isEmpty()) {
      return ".";
    }
    if (isNormal(path) || path.equals(".")) { // "." is every recipe's working directory
      return path;
    }
    boolean absolute = path.startsWith("/");
    Deque<String> parts = new ArrayDeque<>();
    for (int start = 0, end; start <= path.length(); start = end + 1) {
      end = path.indexOf('/', start);
      if (end < 0) {
        end = path.length();
      }
      String seg = path.substring(start, end);
      if (seg.isEmpty() || seg.equals(".")) {
        continue;
      }
      if (seg.equals("..")) {
        if (!parts.isEmpty() && !parts.peekLast().equals("..")) {
          parts.removeLast();
        } else if (!absolute) {
          parts.addLast("..");
        }
        continue;
      }
      parts.addLast(seg);
    }
    String joined = String.join("/", parts);
    if (absolute) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }

  /**
   * True when {@link #normalize} would return {@code path} unchanged: no empty, {@code .} or
   * {@code ..} segment and no trailing slash (a leading one is kept). Most names in recipes are
   * like that, and normalising is done for every object of every link.
   */
  private static boolean isNormal(String path) {
    int n = path.length();
    int start = path.charAt(0) == '/' ? 1 : 0;
    if (start == n) {
      return false;
    }
    while (true) {
      int end = path.indexOf('/', start);
      if (end < 0) {
        end = n;
      }
      int len = end - start;
      if (len == 0 || len == 1 && path.charAt(start) == '.'
          || len == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.') {
        return false;
      }
      if (end == n) {
        return true;
      }
      start = end + 1;
    }
  }

  /** The last segment of a path ({@code sub/a.c} gives {@code a.c}). */
  static String baseName(String path) {
    int slash = path.lastIndexOf('/');
    return slash >= 0 ? path.substring(slash + 1) : path;
  }

  /** The extension without the dot, case preserved, or "" when there is none. */
  static String extension(String path) {
    // found in place: cutting the file name out first was an extra string per source
    int fileStart = path.lastIndexOf('/') + 1;
    int dot = path.lastIndexOf('.');
    if (dot <= fileStart || dot == path.length() - 1) {
      return "";
    }
    return path.substring(dot + 1);
  }

  /** The file name GCC gives the object of {@code source} when no {@code -o} is given. */
  static String defaultObjectName(String source) {
    String base = baseName(source);
    int dot = base.lastIndexOf('.');
    String stem = dot > 0 ? base.substring(0, dot) : base;
    return stem + ".o";
  }
}
