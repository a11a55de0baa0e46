package dev.makelint.evaluation.functions;

import dev.makelint.evaluation.Progress;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The file-name globbing behind {@code $(wildcard)}, reproducing what make 4.3 (using glibc's
 * glob) returns, read-only.
 *
 * <ul>
 *   <li>Words end at unescaped spaces/tabs (not at newlines); a backslash run before a blank is
 *       halved and an odd run makes the blank part of the name. Leading "~" or "~/" uses home.
 *   <li>Each word's matches are sorted in byte order; words are not merged, so duplicates remain.
 *   <li>A word without magic characters yields itself (backslashes removed) when it exists
 *       (lstat: a dangling symbolic link counts); names are returned as written, never
 *       normalised, relative when the pattern is relative.
 *   <li>{@code * ? [..]} match within one component; a leading '.' must be matched explicitly;
 *       "." and ".." are directory entries like any other.
 *   <li>Trailing slash: "P/" where P is longer than one character means "P, with directories
 *       marked by a trailing '/'" (a magic P then matches directories only, a plain P needs only to
 *       exist); with a one-character P the slash is a path component that must be a directory.
 * </ul>
 */
final class Glob {
  private Glob() {}

  static List<String> wildcard(String patterns, Path cwd, String home) {
    List<String> out = new ArrayList<>();
    for (String word : splitNames(patterns)) {
      String w = expandTilde(word, home);
      List<String> found = new ArrayList<>();
      glob(w, false, false, cwd, found);
      found.sort(TextFunctions::compareBytes);
      out.addAll(found);
    }
    return out;
  }

  /** Splits a file-name list: blank-separated, with backslash-quoted blanks. */
  static List<String> splitNames(String s) {
    List<String> words = new ArrayList<>();
    int n = s.length();
    int i = Words.nextStart(s, 0);
    while (i < n) {
      StringBuilder w = new StringBuilder();
      int j = i;
      while (j < n) {
        char c = s.charAt(j);
        if (Words.isBlank(c)) {
          int bs = 0;
          while (bs < w.length() && w.charAt(w.length() - 1 - bs) == '\\') {
            bs++;
          }
          if (bs == 0) {
            break;
          }
          w.setLength(w.length() - bs + bs / 2);
          if (bs % 2 == 0) {
            break;
          }
          w.append(c);
          j++;
          continue;
        }
        w.append(c);
        j++;
      }
      words.add(w.toString());
      i = Words.nextStart(s, j);
    }
    return words;
  }

  private static String expandTilde(String w, String home) {
    if (home == null || w.isEmpty() || w.charAt(0) != '~') {
      return w;
    }
    if (w.length() == 1 || w.charAt(1) == '/') {
      return home + w.substring(1);
    }
    int slash = w.indexOf('/');
    String user = slash < 0 ? w.substring(1) : w.substring(1, slash);
    if (user.equals(System.getProperty("user.name"))) {
      return home + (slash < 0 ? "" : w.substring(slash));
    }
    return w;
  }

  private static void glob(String p, boolean mark, boolean onlyDir, Path cwd, List<String> out) {
    int slash = p.lastIndexOf('/');
    if (slash < 0) {
      if (isMagic(p)) {
        listMatching("", p, onlyDir, mark, cwd, out);
      } else {
        addIfExists(unescape(p), mark, cwd, out);
      }
      return;
    }
    String dirname = slash == 0 ? "/" : p.substring(0, slash);
    String filename = p.substring(slash + 1);
    if (filename.isEmpty() && dirname.length() > 1) {
      glob(dirname, true, true, cwd, out);
      return;
    }
    if (!isMagic(p)) {
      addIfExists(unescape(p), mark, cwd, out);
      return;
    }
    List<String> dirs = new ArrayList<>();
    if (isMagic(dirname)) {
      glob(dirname, false, true, cwd, dirs);
    } else {
      dirs.add(unescape(dirname));
    }
    boolean magicName = isMagic(filename);
    String plainName = magicName ? null : unescape(filename);
    for (String d : dirs) {
      if (magicName) {
        listMatching(d, filename, onlyDir, mark, cwd, out);
      } else {
        addIfExists(join(d, plainName), mark, cwd, out);
      }
    }
  }

  private static String join(String dir, String name) {
    return dir.equals("/") ? "/" + name : dir + "/" + name;
  }

  private static void addIfExists(String name, boolean mark, Path cwd, List<String> out) {
    Path path = resolve(cwd, name);
    if (path == null) {
      return;
    }
    boolean exists =
        name.endsWith("/")
            ? Files.isDirectory(path)
            : Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    if (!exists) {
      return;
    }
    out.add(mark && Files.isDirectory(path) ? name + "/" : name);
  }

  private static void listMatching(
      String dir, String pattern, boolean onlyDir, boolean mark, Path cwd, List<String> out) {
    Path base = dir.isEmpty() ? cwd : resolve(cwd, dir);
    if (base == null || !Files.isDirectory(base)) {
      return;
    }
    List<String> names = new ArrayList<>();
    names.add(".");
    names.add("..");
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(base)) {
      for (Path e : ds) {
        names.add(e.getFileName().toString());
      }
    } catch (IOException | RuntimeException ex) {
      return;
    }
    for (String name : names) {
      // every match is at least as long as its directory: bound the list before it grows huge
      Progress.checkGrowth((long) out.size() * (dir.length() + 2));
      if (!FnMatch.matches(pattern, name)) {
        continue;
      }
      String full = dir.isEmpty() ? name : join(dir, name);
      if (onlyDir || mark) {
        boolean isDir = Files.isDirectory(base.resolve(name));
        if (onlyDir && !isDir) {
          continue;
        }
        if (mark && isDir) {
          full = full + "/";
        }
      }
      out.add(full);
    }
  }

  private static Path resolve(Path cwd, String name) {
    try {
      return cwd.resolve(name);
    } catch (RuntimeException ex) {
      return null;
    }
  }

  /** glob's test for magic: an unescaped '*' or '?', or an unescaped '[' with a later ']'. */
  static boolean isMagic(String p) {
    int n = p.length();
    for (int i = 0; i < n; i++) {
      char c = p.charAt(i);
      if (c == '\\' && i + 1 < n) {
        i++;
      } else if (c == '*' || c == '?') {
        return true;
      } else if (c == '[' && p.indexOf(']', i + 1) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Removes backslash escapes (a trailing lone backslash stays). */
  static String unescape(String p) {
    if (p.indexOf('\\') < 0) {
      return p;
    }
    StringBuilder sb = new StringBuilder(p.length());
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\' && i + 1 < p.length()) {
        c = p.charAt(++i);
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
