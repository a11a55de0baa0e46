package dev.makelint.evaluation.functions;

/**
 * Shell-style matching of one file-name component, as glob uses it: {@code *}, {@code ?},
 * bracket expressions ({@code [abc]}, {@code [a-z]}, {@code [!x]}, {@code [^x]},
 * {@code [[:alpha:]]}), backslash escapes; a leading '.' in the name must be matched by a literal
 * '.'. An unterminated '[' is an ordinary character.
 */
final class FnMatch {
  private FnMatch() {}

  static boolean matches(String pattern, String name) {
    if (!name.isEmpty() && name.charAt(0) == '.') {
      int i = 0;
      if (pattern.startsWith("\\.")) {
        i = 1;
      }
      if (i >= pattern.length() || pattern.charAt(i) != '.') {
        return false;
      }
    }
    return match(pattern, 0, name, 0);
  }

  private static boolean match(String p, int pi, String s, int si) {
    int pn = p.length();
    int sn = s.length();
    while (pi < pn) {
      char c = p.charAt(pi);
      switch (c) {
        case '*': {
          while (pi < pn && p.charAt(pi) == '*') {
            pi++;
          }
          if (pi == pn) {
            return true;
          }
          for (int k = si; k <= sn; k++) {
            if (match(p, pi, s, k)) {
              return true;
            }
          }
          return false;
        }
        case '?':
          if (si >= sn) {
            return false;
          }
          pi++;
          si++;
          break;
        case '[': {
          int end = bracketEnd(p, pi);
          if (end < 0) {
            if (si >= sn || s.charAt(si) != '[') {
              return false;
            }
            pi++;
            si++;
            break;
          }
          if (si >= sn || !bracketMatches(p, pi + 1, end, s.charAt(si))) {
            return false;
          }
          pi = end + 1;
          si++;
          break;
        }
        case '\\':
          if (pi + 1 < pn) {
            pi++;
            c = p.charAt(pi);
          }
          // fall through
        default:
          if (si >= sn || s.charAt(si) != c) {
            return false;
          }
          pi++;
          si++;
      }
    }
    return si == sn;
  }

  /** Index of the ']' closing the bracket expression opening at {@code open}, or -1. */
  private static int bracketEnd(String p, int open) {
    int n = p.length();
    int i = open + 1;
    if (i < n && (p.charAt(i) == '!' || p.charAt(i) == '^')) {
      i++;
    }
    if (i < n && p.charAt(i) == ']') {
      i++; // a leading ']' is literal
    }
    while (i < n) {
      char c = p.charAt(i);
      if (c == '\\' && i + 1 < n) {
        i += 2;
      } else if (c == '[' && i + 1 < n && p.charAt(i + 1) == ':') {
        int close = p.indexOf(":]", i + 2);
        if (close < 0) {
          i++;
        } else {
          i = close + 2;
        }
      } else if (c == ']') {
        return i;
      } else {
        i++;
      }
    }
    return -1;
  }

  private static boolean bracketMatches(String p, int from, int end, char ch) {
    int i = from;
    boolean negate = false;
    if (i < end && (p.charAt(i) == '!' || p.charAt(i) == '^')) {
      negate = true;
      i++;
    }
    boolean hit = false;
    boolean first = true;
    while (i < end) {
      char c = p.charAt(i);
      if (c == '[' && i + 1 < end && p.charAt(i + 1) == ':') {
        int close = p.indexOf(":]", i + 2);
        if (close >= 0 && close < end) {
          if (classMatches(p.substring(i + 2, close), ch)) {
            hit = true;
          }
          i = close + 2;
          first = false;
          continue;
        }
      }
      if (c == '\\' && i + 1 < end) {
        c = p.charAt(++i);
      } else if (c == ']' && !first) {
        break;
      }
      i++;
      first = false;
      if (i + 1 < end && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
        char hi = p.charAt(i + 1);
        int next = i + 2;
        if (hi == '\\' && i + 2 < end) {
          hi = p.charAt(i + 2);
          next = i + 3;
        }
        if (c <= ch && ch <= hi) {
          hit = true;
        }
        i = next;
      } else if (c == ch) {
        hit = true;
      }
    }
    return hit != negate;
  }

  private static boolean classMatches(String cls, char c) {
    switch (cls) {
      case "alpha":
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      case "digit":
        return c >= '0' && c <= '9';
      case "alnum":
        return classMatches("alpha", c) || classMatches("digit", c);
      case "upper":
        return c >= 'A' && c <= 'Z';
      case "lower":
        return c >= 'a' && c <= 'z';
      case "space":
        return Words.isSpace(c);
      case "blank":
        return c == ' ' || c == '\t';
      case "punct":
        return c > ' ' && c < 127 && !classMatches("alnum", c);
      case "print":
        return c >= ' ' && c < 127;
      case "graph":
        return c > ' ' && c < 127;
      case "cntrl":
        return c < ' ' || c == 127;
      case "xdigit":
        return classMatches("digit", c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      default:
        return false;
    }
  }
}
