package dev.makelint.buildmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes the words that only wrap the real command: leading variable assignments, make's silencing
 * characters and the transparent launchers {@code exec}, {@code time}, {@code nice}, {@code env},
 * {@code command}, {@code nohup}, {@code timeout}, {@code stdbuf}, {@code builtin}. It exists
 * because both the shell splitter and the classifier (which may be called directly with a raw
 * argument vector) need the same idea of "which word is the program".
 */
final class CommandPrefixes {
  private CommandPrefixes() {}

  private static final Set<String> WRAPPERS =
      Set.of("exec", "time", "nice", "env", "command", "nohup", "timeout", "stdbuf", "builtin");

  /**
   * The result of stripping.
   *
   * @param argv the real command and its arguments
   * @param assignments environment assignments found in front of or inside the wrappers
   * @param prefixes the wrapper words removed (options of the wrappers included)
   * @param chdir a directory {@code env -C DIR} runs the command in, or null
   */
  record Stripped(
      List<String> argv, Map<String, String> assignments, List<String> prefixes, String chdir) {}

  /** A first word that is neither silencing characters, an assignment nor a wrapper. */
  private static boolean isPlainProgram(String first) {
    return !first.isEmpty() && "@+-".indexOf(first.charAt(0)) < 0 && !isAssignment(first)
        && !WRAPPERS.contains(PathNames.baseName(first));
  }

  /** {@code NAME=...} with a shell variable name before the first '='. */
  static boolean isAssignment(String word) {
    if (word == null) {
      return false;
    }
    int eq = word.indexOf('=');
    return eq > 0 && isName(word, 0, eq);
  }

  /** Whether {@code s[start, end)} is a shell variable name: {@code [A-Za-z_][A-Za-z0-9_]*}. */
  static boolean isName(String s, int start, int end) {
    if (start >= end) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
      if (!letter && (i == start || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  static Stripped strip(List<String> words) {
    if (!words.isEmpty() && isPlainProgram(words.get(0))) {
      // the usual command, a tool and its arguments: nothing to strip and, when the words are
      // already an immutable list, nothing to copy (at 2,000 modules: 200,000 compiles, each
      // stripped twice)
      return new Stripped(List.copyOf(words), Map.of(), List.of(), null);
    }
    List<String> w = new ArrayList<>(words);
    Map<String, String> assignments = new LinkedHashMap<>();
    List<String> prefixes = new ArrayList<>();
    String chdir = null;
    // make's silencing characters, robust to the caller not having removed them
    while (!w.isEmpty()) {
      String first = w.get(0);
      int k = 0;
      while (k < first.length() && "@+-".indexOf(first.charAt(k)) >= 0) {
        k++;
      }
      if (k == 0 || first.equals("-")) {
        break;
      }
      prefixes.add(first.substring(0, k));
      if (k == first.length()) {
        w.remove(0);
      } else {
        w.set(0, first.substring(k));
        break;
      }
    }
    int i = 0;
    while (i < w.size()) {
      String word = w.get(i);
      if (isAssignment(word)) {
        int eq = word.indexOf('=');
        assignments.put(word.substring(0, eq), word.substring(eq + 1));
        i++;
        continue;
      }
      String name = PathNames.baseName(word);
      if (!WRAPPERS.contains(name)) {
        break;
      }
      int next = skipWrapperOptions(name, w, i + 1);
      if (next < 0 || next >= w.size()) {
        break; // not a wrapper use (e.g. "command -v gcc", bare "env"): the word is the command
      }
      if (name.equals("env")) {
        chdir = envChdir(w, i + 1, next, chdir);
      }
      prefixes.addAll(w.subList(i, next));
      i = next;
    }
    if (i >= w.size()) {
      // only assignments and wrappers: "env X=1" prints the environment, "time" alone times nothing
      int firstWrapper = 0;
      while (firstWrapper < w.size() && isAssignment(w.get(firstWrapper))) {
        firstWrapper++;
      }
      if (firstWrapper < w.size()) {
        List<String> silencing = new ArrayList<>();
        for (String p : prefixes) {
          if (p.chars().allMatch(c -> "@+-".indexOf(c) >= 0)) {
            silencing.add(p);
          }
        }
        Map<String, String> leading = new LinkedHashMap<>();
        for (String a : w.subList(0, firstWrapper)) {
          leading.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        return new Stripped(List.copyOf(w.subList(firstWrapper, w.size())), leading, silencing, null);
      }
    }
    return new Stripped(
        List.copyOf(w.subList(Math.min(i, w.size()), w.size())), assignments, prefixes, chdir);
  }

  /** Index of the first word after the wrapper's own options, or -1 when it is not a wrapper use. */
  private static int skipWrapperOptions(String name, List<String> w, int i) {
    switch (name) {
      case "exec":
        while (i < w.size() && w.get(i).startsWith("-") && w.get(i).length() > 1) {
          String o = w.get(i);
          if (o.equals("--")) {
            return i + 1;
          }
          i += o.equals("-a") ? 2 : 1;
        }
        return i;
      case "time":
        while (i < w.size() && w.get(i).startsWith("-") && w.get(i).length() > 1) {
          String o = w.get(i);
          if (o.equals("--")) {
            return i + 1;
          }
          i += (o.equals("-o") || o.equals("-f")) ? 2 : 1;
        }
        return i;
      case "nice":
        while (i < w.size() && w.get(i).startsWith("-") && w.get(i).length() > 1) {
          String o = w.get(i);
          if (o.equals("--")) {
            return i + 1;
          }
          i += o.equals("-n") ? 2 : 1;
        }
        return i;
      case "env":
        while (i < w.size()) {
          String o = w.get(i);
          if (o.equals("--")) {
            return i + 1;
          }
          if (o.equals("-u") || o.equals("-C") || o.equals("-S")) {
            if (o.equals("-S")) {
              return -1; // split-string form: leave it to the caller as an unknown command
            }
            i += 2;
          } else if (o.startsWith("-")) {
            i++;
          } else {
            return i;
          }
        }
        return i;
      case "command":
        while (i < w.size() && w.get(i).startsWith("-") && w.get(i).length() > 1) {
          String o = w.get(i);
          if (o.equals("-v") || o.equals("-V")) {
            return -1;
          }
          if (o.equals("--")) {
            return i + 1;
          }
          i++;
        }
        return i;
      case "timeout":
        while (i < w.size() && w.get(i).startsWith("-") && w.get(i).length() > 1) {
          String o = w.get(i);
          if (o.equals("--")) {
            i++;
            break;
          }
          i += (o.equals("-s") || o.equals("-k")) ? 2 : 1;
        }
        return i + 1; // the duration
      case "stdbuf":
        while (i < w.size() && w.get(i).startsWith("-") && w.get(i).length() > 1) {
          String o = w.get(i);
          if (o.equals("--")) {
            return i + 1;
          }
          i += (o.equals("-i") || o.equals("-o") || o.equals("-e")) ? 2 : 1;
        }
        return i;
      case "nohup":
      case "builtin":
        return i;
      default:
        return -1;
    }
  }

  private static String envChdir(List<String> w, int from, int to, String previous) {
    String chdir = previous;
    for (int i = from; i < to; i++) {
      String o = w.get(i);
      if (o.equals("-C") && i + 1 < to) {
        chdir = w.get(i + 1);
      } else if (o.startsWith("--chdir=")) {
        chdir = o.substring("--chdir=".length());
      }
    }
    return chdir;
  }
}
