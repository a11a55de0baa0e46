package dev.makelint.evaluation.functions;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Word splitting as GNU make 4.3 performs it for its text functions.
 *
 * <p>Words are separated by runs of the C {@code isspace} characters: space, tab, newline, vertical
 * tab, form feed and carriage return. Functions that rebuild a list join words with a single space.
 * The cursor methods avoid allocation so callers can walk long lists in hot loops:
 *
 * <pre>{@code
 * for (int s = Words.nextStart(t, 0); s < t.length(); s = Words.nextStart(t, e)) {
 *   int e = Words.end(t, s);   // word is t[s, e)
 * }
 * }</pre>
 */
public final class Words {
  private Words() {}

  /** make's ISSPACE: the six C isspace characters. */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  /** make's blank (word ends in file-name lists such as wildcard's argument): space and tab only. */
  public static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /** Index of the first non-space character at or after {@code from}, or {@code s.length()}. */
  public static int nextStart(CharSequence s, int from) {
    int n = s.length();
    int i = from;
    while (i < n && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * One byte per char of {@code text}: the char itself up to U+00FF, else '?'. A long text's
   * words are found faster in this copy: under the C1 compiler, which makelint runs with, a byte
   * array is read at about half the cost of charAt. The space characters and every other ASCII
   * character are at the text's indexes. (The encoder makes a surrogate pair one '?': then the
   * copy is made char by char.)
   */
  public static byte[] latin1(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    if (bytes.length != text.length()) {
      bytes = new byte[text.length()];
      for (int k = 0; k < bytes.length; k++) {
        char c = text.charAt(k);
        bytes[k] = c <= 0xFF ? (byte) c : (byte) '?';
      }
    }
    return bytes;
  }

  /** {@link #nextStart(CharSequence, int)} in a {@link #latin1} copy. */
  public static int nextStart(byte[] s, int from) {
    int n = s.length;
    int i = from;
    while (i < n && isSpace((char) (s[i] & 0xFF))) {
      i++;
    }
    return i;
  }

  /** {@link #end(CharSequence, int)} in a {@link #latin1} copy. */
  public static int end(byte[] s, int from) {
    int n = s.length;
    int i = from;
    while (i < n && !isSpace((char) (s[i] & 0xFF))) {
      i++;
    }
    return i;
  }

  /** Index just past the word starting at {@code from} (first space character or end). */
  public static int end(CharSequence s, int from) {
    int n = s.length();
    int i = from;
    while (i < n && !isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The words of {@code text}. */
  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int s = nextStart(text, 0);
    while (s < n) {
      int e = end(text, s);
      out.add(text.substring(s, e));
      s = nextStart(text, e);
    }
    return out;
  }

  /** Number of words in {@code text}. */
  public static int count(CharSequence text) {
    int n = text.length();
    int c = 0;
    int s = nextStart(text, 0);
    while (s < n) {
      c++;
      s = nextStart(text, end(text, s));
    }
    return c;
  }

  /** Whether {@code text} holds no word at all (empty or only whitespace). */
  public static boolean isEmpty(CharSequence text) {
    return nextStart(text, 0) == text.length();
  }

  /** The words of {@code text} joined by single spaces (what {@code $(strip)} returns). */
  public static String normalize(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    appendNormalized(sb, text);
    return sb.toString();
  }

  /** Appends the words of {@code text} joined by single spaces. */
  public static void appendNormalized(StringBuilder out, CharSequence text) {
    int n = text.length();
    boolean any = false;
    int s = nextStart(text, 0);
    while (s < n) {
      int e = end(text, s);
      if (any) {
        out.append(' ');
      }
      out.append(text, s, e);
      any = true;
      s = nextStart(text, e);
    }
  }
}
