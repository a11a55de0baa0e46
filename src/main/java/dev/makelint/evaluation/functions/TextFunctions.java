package dev.makelint.evaluation.functions;

import dev.makelint.evaluation.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * GNU make 4.3's built-in functions that depend only on their (already expanded) arguments, plus
 * {@code abspath}, {@code realpath} and {@code wildcard}.
 *
 * <p>Each function has an appending form ({@code void f(StringBuilder out, ...)}) for use in the
 * evaluator's hot loops and a convenience form returning a String. Arguments are passed exactly as
 * make hands them to the function: argument splitting and the stripping of leading whitespace from
 * the first argument are the caller's business. Functions that rebuild a list separate words with
 * one space, as make does; {@code subst}, {@code patsubst} without '%', {@code wordlist},
 * {@code findstring} and {@code addprefix}/{@code addsuffix}'s fix keep text verbatim.
 */
public final class TextFunctions {
  private TextFunctions() {}

  /** PATH_MAX as make sees it on Linux: longer names are dropped by abspath/realpath. */
  static final int PATH_MAX = 4096;

  // ---------------------------------------------------------------- subst / patsubst

  /** {@code $(subst from,to,text)}: every occurrence, left to right; empty {@code from} appends. */
  public static void subst(StringBuilder out, String from, String to, String text) {
    substExpand(out, text, from, to, false);
  }

  public static String subst(String from, String to, String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    subst(sb, from, to, text);
    return sb.toString();
  }

  /**
   * make's plain substitution. With {@code byWord} only occurrences that are whole words are
   * replaced (used by patsubst when the pattern has no '%'); whitespace is kept verbatim.
   */
  static void substExpand(StringBuilder out, String text, String from, String to, boolean byWord) {
    int n = text.length();
    int slen = from.length();
    if (slen == 0 && !byWord) {
      out.append(text).append(to);
      return;
    }
    int t = 0;
    do {
      int p;
      if (byWord && slen == 0) {
        p = Words.end(text, Words.nextStart(text, t));
      } else {
        p = text.indexOf(from, t);
        if (p < 0) {
          out.append(text, t, n);
          return;
        }
      }
      out.append(text, t, p);
      if (byWord
          && ((p > 0 && !Words.isSpace(text.charAt(p - 1)))
              || (p + slen < n && !Words.isSpace(text.charAt(p + slen))))) {
        out.append(from);
      } else {
        out.append(to);
      }
      t = p + slen;
    } while (t < n);
  }

  /** {@code $(patsubst pattern,replacement,text)}. */
  public static void patsubst(StringBuilder out, String pattern, String replacement, String text) {
    Patterns.Pattern pat = Patterns.parse(pattern);
    Patterns.Pattern rep = Patterns.parse(replacement);
    if (!pat.hasPercent()) {
      substExpand(out, text, pat.text(), rep.text(), true);
      return;
    }
    patsubstWords(out, text, pat, rep.prefix(), rep.hasPercent() ? rep.suffix() : null);
  }

  public static String patsubst(String pattern, String replacement, String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    patsubst(sb, pattern, replacement, text);
    return sb.toString();
  }

  /**
   * A substitution reference {@code $(var:from=to)} applied to the variable's value. The caller
   * splits the reference at ':' and '=' and passes the pieces unexpanded-by-us. When {@code from}
   * has no '%' it is a suffix replaced at the end of each word (as if "%from=%to").
   */
  public static void substitutionReference(
      StringBuilder out, String value, String from, String to) {
    Patterns.Pattern pat = Patterns.parse(from);
    if (pat.hasPercent()) {
      Patterns.Pattern rep = Patterns.parse(to);
      patsubstWords(out, value, pat, rep.prefix(), rep.hasPercent() ? rep.suffix() : null);
    } else {
      // make prepends '%' to both sides; the replacement is then used without unescaping.
      patsubstWords(out, value, new Patterns.Pattern("%" + pat.text(), 0), "", to);
    }
  }

  public static String substitutionReference(String value, String from, String to) {
    StringBuilder sb = new StringBuilder(value.length() + 16);
    substitutionReference(sb, value, from, to);
    return sb.toString();
  }

  /**
   * Replaces one word {@code word[start,end)} if it matches {@code pattern}: appends the
   * replacement (stem inserted between {@code repPrefix} and {@code repSuffix}; when
   * {@code repSuffix} is null the replacement has no '%' and is just {@code repPrefix}) or the word
   * itself. Returns true when something was appended that make follows with a separator (make omits
   * the separator only when a match is replaced by an empty, '%'-less replacement).
   */
  public static boolean patsubstWord(
      StringBuilder out,
      CharSequence word,
      int start,
      int end,
      Patterns.Pattern pattern,
      String repPrefix,
      String repSuffix) {
    if (!pattern.matches(word, start, end)) {
      out.append(word, start, end);
      return true;
    }
    out.append(repPrefix);
    if (repSuffix != null) {
      out.append(word, start + pattern.prefix().length(), end - pattern.suffix().length());
      out.append(repSuffix);
      return true;
    }
    return !repPrefix.isEmpty();
  }

  /** The word loop shared by patsubst (with '%') and substitution references. */
  public static void patsubstWords(
      StringBuilder out, String text, Patterns.Pattern pattern, String repPrefix, String repSuffix) {
    byte[] scan = Words.latin1(text); // a list of hundreds of names: see Words.latin1
    int n = scan.length;
    boolean pendingSpace = false;
    int s = Words.nextStart(scan, 0);
    while (s < n) {
      int e = Words.end(scan, s);
      if (patsubstWord(out, text, s, e, pattern, repPrefix, repSuffix)) {
        out.append(' ');
        pendingSpace = true;
      }
      s = Words.nextStart(scan, e);
    }
    if (pendingSpace) {
      out.setLength(out.length() - 1);
    }
  }

  // ---------------------------------------------------------------- simple word functions

  /** {@code $(strip text)}. */
  public static void strip(StringBuilder out, String text) {
    Words.appendNormalized(out, text);
  }

  public static String strip(String text) {
    return Words.normalize(text);
  }

  /** {@code $(findstring find,in)}: {@code find} if it occurs in {@code in}, else "". */
  public static String findstring(String find, String in) {
    return in.contains(find) ? find : "";
  }

  public static void findstring(StringBuilder out, String find, String in) {
    if (in.contains(find)) {
      out.append(find);
    }
  }

  /** {@code $(filter patterns,text)} ({@code negate} for filter-out). */
  public static void filter(StringBuilder out, String patterns, String text, boolean negate) {
    List<Patterns.Pattern> wild = new ArrayList<>();
    List<String> literal = new ArrayList<>();
    int pn = patterns.length();
    for (int s = Words.nextStart(patterns, 0); s < pn; ) {
      int e = Words.end(patterns, s);
      Patterns.Pattern p = Patterns.parse(patterns.substring(s, e));
      if (p.hasPercent()) {
        wild.add(p);
      } else {
        literal.add(p.text());
      }
      s = Words.nextStart(patterns, e);
    }
    Set<String> literalSet = literal.size() > 4 ? new HashSet<>(literal) : null;
    int n = text.length();
    boolean any = false;
    for (int s = Words.nextStart(text, 0); s < n; ) {
      int e = Words.end(text, s);
      boolean hit = false;
      if (!wild.isEmpty()) {
        Progress.checkCurrent();
      }
      for (Patterns.Pattern p : wild) {
        if (p.matches(text, s, e)) {
          hit = true;
          break;
        }
      }
      if (!hit) {
        if (literalSet != null) {
          hit = literalSet.contains(text.substring(s, e));
        } else {
          for (String l : literal) {
            if (l.length() == e - s && text.startsWith(l, s)) {
              hit = true;
              break;
            }
          }
        }
      }
      if (hit != negate) {
        if (any) {
          out.append(' ');
        }
        out.append(text, s, e);
        any = true;
      }
      s = Words.nextStart(text, e);
    }
  }

  public static String filter(String patterns, String text) {
    StringBuilder sb = new StringBuilder(text.length());
    filter(sb, patterns, text, false);
    return sb.toString();
  }

  public static String filterOut(String patterns, String text) {
    StringBuilder sb = new StringBuilder(text.length());
    filter(sb, patterns, text, true);
    return sb.toString();
  }

  /** {@code $(sort list)}: byte-order sort (strcmp), duplicates removed. */
  public static void sort(StringBuilder out, String list) {
    List<String> words = Words.split(list);
    if (words.isEmpty()) {
      return;
    }
    String[] a = words.toArray(new String[0]);
    Arrays.sort(a, TextFunctions::compareBytes);
    out.append(a[0]);
    for (int i = 1; i < a.length; i++) {
      if (!a[i].equals(a[i - 1])) {
        out.append(' ').append(a[i]);
      }
    }
  }

  public static String sort(String list) {
    StringBuilder sb = new StringBuilder(list.length());
    sort(sb, list);
    return sb.toString();
  }

  /** strcmp order on the UTF-8 encoding, i.e. code point order (not Java's UTF-16 order). */
  public static int compareBytes(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        if (x >= 0xD800 && y >= 0xD800) {
          x = fixup(x);
          y = fixup(y);
        }
        return x - y;
      }
    }
    return a.length() - b.length();
  }

  private static char fixup(char c) {
    return (char) (c >= 0xE000 ? c - 0x800 : c + 0x2000);
  }

  /** {@code $(word n,text)}. */
  public static void word(StringBuilder out, String n, String text) {
    checkNumeric(n, "non-numeric first argument to 'word' function");
    int i = atoi(n);
    if (i == 0) {
      throw new FunctionException("first argument to 'word' function must be greater than 0");
    }
    int len = text.length();
    for (int s = Words.nextStart(text, 0); s < len; ) {
      int e = Words.end(text, s);
      if (--i == 0) {
        out.append(text, s, e);
        return;
      }
      s = Words.nextStart(text, e);
    }
  }

  public static String word(String n, String text) {
    StringBuilder sb = new StringBuilder();
    word(sb, n, text);
    return sb.toString();
  }

  /** {@code $(wordlist s,e,text)}: whitespace between the chosen words is kept verbatim. */
  public static void wordlist(StringBuilder out, String start, String end, String text) {
    checkNumeric(start, "non-numeric first argument to 'wordlist' function");
    checkNumeric(end, "non-numeric second argument to 'wordlist' function");
    int first = atoi(start);
    if (first < 1) {
      throw new FunctionException(
          "invalid first argument to 'wordlist' function: '" + first + "'");
    }
    int count = atoi(end) - first + 1; // int arithmetic, as in make
    if (count <= 0) {
      return;
    }
    int len = text.length();
    int s = Words.nextStart(text, 0);
    int e = s;
    int k = first;
    while (s < len) {
      e = Words.end(text, s);
      if (--k == 0) {
        break;
      }
      s = Words.nextStart(text, e);
    }
    if (s >= len) {
      return;
    }
    int from = s;
    while (--count > 0) {
      int ns = Words.nextStart(text, e);
      if (ns >= len) {
        break;
      }
      e = Words.end(text, ns);
    }
    out.append(text, from, e);
  }

  public static String wordlist(String start, String end, String text) {
    StringBuilder sb = new StringBuilder();
    wordlist(sb, start, end, text);
    return sb.toString();
  }

  /**
   * make's numeric check: after trimming whitespace only digits may remain; the empty string fails
   * but an all-whitespace one passes (and counts as 0). The message quotes the untrimmed argument.
   */
  static void checkNumeric(String s, String message) {
    boolean ok = !s.isEmpty();
    if (ok) {
      int b = Words.nextStart(s, 0);
      int e = s.length();
      while (e > b && Words.isSpace(s.charAt(e - 1))) {
        e--;
      }
      for (int i = b; i < e; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          ok = false;
          break;
        }
      }
    }
    if (!ok) {
      throw new FunctionException(message + ": '" + s + "'");
    }
  }

  /** C atoi on glibc: strtol (saturating at LONG_MAX) truncated to int. Input is pre-checked. */
  static int atoi(String s) {
    long v = 0;
    int i = Words.nextStart(s, 0);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      int d = c - '0';
      if (v > (Long.MAX_VALUE - d) / 10) {
        v = Long.MAX_VALUE;
        for (; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {}
        break;
      }
      v = v * 10 + d;
    }
    return (int) v;
  }

  /** {@code $(words text)}. */
  public static String words(String text) {
    return Integer.toString(Words.count(text));
  }

  public static void words(StringBuilder out, String text) {
    out.append(Words.count(text));
  }

  /** {@code $(firstword text)}. */
  public static String firstword(String text) {
    int s = Words.nextStart(text, 0);
    return s < text.length() ? text.substring(s, Words.end(text, s)) : "";
  }

  public static void firstword(StringBuilder out, String text) {
    int s = Words.nextStart(text, 0);
    if (s < text.length()) {
      out.append(text, s, Words.end(text, s));
    }
  }

  /** {@code $(lastword text)}. */
  public static String lastword(String text) {
    int e = text.length();
    while (e > 0 && Words.isSpace(text.charAt(e - 1))) {
      e--;
    }
    int s = e;
    while (s > 0 && !Words.isSpace(text.charAt(s - 1))) {
      s--;
    }
    return text.substring(s, e);
  }

  public static void lastword(StringBuilder out, String text) {
    out.append(lastword(text));
  }

  // ---------------------------------------------------------------- file-name functions

  /** {@code $(dir names)}: up to and including the last '/', or "./". */
  public static void dir(StringBuilder out, String names) {
    int n = names.length();
    boolean any = false;
    for (int s = Words.nextStart(names, 0); s < n; ) {
      int e = Words.end(names, s);
      if (any) {
        out.append(' ');
      }
      int slash = lastIndexOf(names, '/', s, e);
      if (slash >= 0) {
        out.append(names, s, slash + 1);
      } else {
        out.append("./");
      }
      any = true;
      s = Words.nextStart(names, e);
    }
  }

  public static String dir(String names) {
    StringBuilder sb = new StringBuilder(names.length() + 8);
    dir(sb, names);
    return sb.toString();
  }

  /** {@code $(notdir names)}: after the last '/'; a name ending in '/' yields an empty word. */
  public static void notdir(StringBuilder out, String names) {
    int n = names.length();
    boolean any = false;
    for (int s = Words.nextStart(names, 0); s < n; ) {
      int e = Words.end(names, s);
      if (any) {
        out.append(' ');
      }
      int slash = lastIndexOf(names, '/', s, e);
      out.append(names, slash >= 0 ? slash + 1 : s, e);
      any = true;
      s = Words.nextStart(names, e);
    }
  }

  public static String notdir(String names) {
    StringBuilder sb = new StringBuilder(names.length());
    notdir(sb, names);
    return sb.toString();
  }

  /** {@code $(suffix names)}: from the last '.' of the last component; names without one vanish. */
  public static void suffix(StringBuilder out, String names) {
    int n = names.length();
    boolean any = false;
    for (int s = Words.nextStart(names, 0); s < n; ) {
      int e = Words.end(names, s);
      int dot = lastDotInLastComponent(names, s, e);
      if (dot >= 0) {
        if (any) {
          out.append(' ');
        }
        out.append(names, dot, e);
        any = true;
      }
      s = Words.nextStart(names, e);
    }
  }

  public static String suffix(String names) {
    StringBuilder sb = new StringBuilder();
    suffix(sb, names);
    return sb.toString();
  }

  /** {@code $(basename names)}: drops the suffix; ".x" gives an empty word. */
  public static void basename(StringBuilder out, String names) {
    int n = names.length();
    boolean any = false;
    for (int s = Words.nextStart(names, 0); s < n; ) {
      int e = Words.end(names, s);
      if (any) {
        out.append(' ');
      }
      int dot = lastDotInLastComponent(names, s, e);
      out.append(names, s, dot >= 0 ? dot : e);
      any = true;
      s = Words.nextStart(names, e);
    }
  }

  public static String basename(String names) {
    StringBuilder sb = new StringBuilder(names.length());
    basename(sb, names);
    return sb.toString();
  }

  private static int lastIndexOf(String s, char c, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static int lastDotInLastComponent(String s, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      char c = s.charAt(i);
      if (c == '.') {
        return i;
      }
      if (c == '/') {
        return -1;
      }
    }
    return -1;
  }

  /** {@code $(addsuffix suffix,names)}: {@code suffix} is used verbatim. */
  public static void addsuffix(StringBuilder out, String suffix, String names) {
    addFix(out, suffix, names, false);
  }

  public static String addsuffix(String suffix, String names) {
    StringBuilder sb = new StringBuilder(names.length() + 16);
    addFix(sb, suffix, names, false);
    return sb.toString();
  }

  /** {@code $(addprefix prefix,names)}: {@code prefix} is used verbatim. */
  public static void addprefix(StringBuilder out, String prefix, String names) {
    addFix(out, prefix, names, true);
  }

  public static String addprefix(String prefix, String names) {
    StringBuilder sb = new StringBuilder(names.length() + 16);
    addFix(sb, prefix, names, true);
    return sb.toString();
  }

  private static void addFix(StringBuilder out, String fix, String names, boolean prefix) {
    int n = names.length();
    boolean any = false;
    for (int s = Words.nextStart(names, 0); s < n; ) {
      int e = Words.end(names, s);
      if (any) {
        out.append(' ');
      }
      if (prefix) {
        out.append(fix).append(names, s, e);
      } else {
        out.append(names, s, e).append(fix);
      }
      any = true;
      s = Words.nextStart(names, e);
    }
  }

  /** {@code $(join list1,list2)}: pairwise concatenation; the longer list's extra words remain. */
  public static void join(StringBuilder out, String list1, String list2) {
    int n1 = list1.length();
    int n2 = list2.length();
    int s1 = Words.nextStart(list1, 0);
    int s2 = Words.nextStart(list2, 0);
    boolean any = false;
    while (s1 < n1 || s2 < n2) {
      if (any) {
        out.append(' ');
      }
      if (s1 < n1) {
        int e1 = Words.end(list1, s1);
        out.append(list1, s1, e1);
        s1 = Words.nextStart(list1, e1);
      }
      if (s2 < n2) {
        int e2 = Words.end(list2, s2);
        out.append(list2, s2, e2);
        s2 = Words.nextStart(list2, e2);
      }
      any = true;
    }
  }

  public static String join(String list1, String list2) {
    StringBuilder sb = new StringBuilder(list1.length() + list2.length());
    join(sb, list1, list2);
    return sb.toString();
  }

  // ---------------------------------------------------------------- abspath / realpath / wildcard

  /**
   * {@code $(abspath names)}: purely textual; relative names are taken from {@code cwd} (make's
   * starting directory, which must be absolute). "." and ".." are resolved without looking at the
   * file system, repeated slashes collapse, a trailing slash is dropped, ".." at the root stays.
   */
  public static void abspath(StringBuilder out, String names, Path cwd) {
    String start = cwd.toString();
    int n = names.length();
    boolean any = false;
    StringBuilder buf = new StringBuilder(64);
    for (int s = Words.nextStart(names, 0); s < n; ) {
      int e = Words.end(names, s);
      if (e - s < PATH_MAX && absolutize(buf, names, s, e, start)) {
        if (any) {
          out.append(' ');
        }
        out.append(buf);
        any = true;
      }
      s = Words.nextStart(names, e);
    }
  }

  public static String abspath(String names, Path cwd) {
    StringBuilder sb = new StringBuilder(names.length() + 64);
    abspath(sb, names, cwd);
    return sb.toString();
  }

  private static boolean absolutize(StringBuilder a, String name, int s, int e, String start) {
    a.setLength(0);
    int i = s;
    if (name.charAt(s) == '/') {
      a.append('/');
      i++;
    } else {
      a.append(start);
    }
    while (i < e) {
      while (i < e && name.charAt(i) == '/') {
        i++;
      }
      int c = i;
      while (c < e && name.charAt(c) != '/') {
        c++;
      }
      int len = c - i;
      if (len == 0) {
        break;
      }
      if (len == 1 && name.charAt(i) == '.') {
        // nothing
      } else if (len == 2 && name.charAt(i) == '.' && name.charAt(i + 1) == '.') {
        if (a.length() > 1) {
          int d = a.length() - 1;
          while (a.charAt(d - 1) != '/') {
            d--;
          }
          a.setLength(d);
        }
      } else {
        if (a.charAt(a.length() - 1) != '/') {
          a.append('/');
        }
        if (a.length() + len >= PATH_MAX) {
          return false;
        }
        a.append(name, i, c);
      }
      i = c;
    }
    if (a.length() > 1 && a.charAt(a.length() - 1) == '/') {
      a.setLength(a.length() - 1);
    }
    return true;
  }

  /**
   * {@code $(realpath names)}: canonical names (symbolic links resolved) of the names that exist,
   * relative names taken from {@code cwd}; missing names give nothing.
   */
  public static void realpath(StringBuilder out, String names, Path cwd) {
    int n = names.length();
    boolean any = false;
    for (int s = Words.nextStart(names, 0); s < n; ) {
      int e = Words.end(names, s);
      if (e - s < PATH_MAX) {
        String real = realpathOf(names.substring(s, e), cwd);
        if (real != null) {
          if (any) {
            out.append(' ');
          }
          out.append(real);
          any = true;
        }
      }
      s = Words.nextStart(names, e);
    }
  }

  public static String realpath(String names, Path cwd) {
    StringBuilder sb = new StringBuilder(names.length() + 64);
    realpath(sb, names, cwd);
    return sb.toString();
  }

  private static String realpathOf(String name, Path cwd) {
    try {
      Path p = cwd.resolve(name);
      Path real = p.toRealPath();
      // java.nio drops a trailing slash, but realpath(3) then insists on a directory.
      if (name.endsWith("/") && !Files.isDirectory(real)) {
        return null;
      }
      return real.toString();
    } catch (IOException | RuntimeException ex) {
      return null;
    }
  }

  /**
   * {@code $(wildcard patterns)} with names relative to {@code cwd}; "~" expands to the HOME
   * environment variable. See {@link Glob} for the exact rules.
   */
  public static void wildcard(StringBuilder out, String patterns, Path cwd) {
    wildcard(out, patterns, cwd, System.getenv("HOME"));
  }

  /** As {@link #wildcard(StringBuilder, String, Path)} with an explicit home directory. */
  public static void wildcard(StringBuilder out, String patterns, Path cwd, String home) {
    boolean any = false;
    for (String name : Glob.wildcard(patterns, cwd, home)) {
      if (any) {
        out.append(' ');
      }
      out.append(name);
      any = true;
    }
  }

  public static String wildcard(String patterns, Path cwd) {
    StringBuilder sb = new StringBuilder();
    wildcard(sb, patterns, cwd);
    return sb.toString();
  }

  public static String wildcard(String patterns, Path cwd, String home) {
    StringBuilder sb = new StringBuilder();
    wildcard(sb, patterns, cwd, home);
    return sb.toString();
  }
}
