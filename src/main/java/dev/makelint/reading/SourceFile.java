package dev.makelint.reading;

import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of one makefile as read from disk. {@code name} is how make names the file (the name
 * given on the command line or in the include line, as it appears in MAKEFILE_LIST).
 */
public record SourceFile(String name, Path path, String text) {

  /** Reads {@code path}; bytes that are not UTF-8 are kept one byte per character (ISO-8859-1). */
  public static SourceFile read(String name, Path path) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    return new SourceFile(name, path, decode(bytes));
  }

  /** UTF-8 text, or one character per byte when the bytes are not UTF-8. */
  public static String decode(byte[] bytes) {
    return isUtf8(bytes)
        ? new String(bytes, StandardCharsets.UTF_8)
        : new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /**
   * The physical lines of {@code text} as make counts them: ended by newline, a CR before the
   * newline dropped, a leading BOM dropped. For pointing into a file (excerpts, columns).
   */
  public static List<String> physicalLines(String text) {
    List<String> out = new ArrayList<>();
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      out.add(text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end));
      start = nl < 0 ? text.length() : nl + 1;
    }
    return out;
  }

  /**
   * Whether {@code bytes} are strict UTF-8, checked in small chunks so that a large file costs no
   * memory beyond its bytes and its string (a whole-file CharBuffer would double that).
   */
  private static boolean isUtf8(byte[] bytes) {
    boolean ascii = true;
    for (byte b : bytes) {
      if (b < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return true;
    }
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = d.decode(in, out, true);
      if (r.isError()) {
        return false;
      }
      out.clear();
      if (r.isUnderflow()) {
        break;
      }
    }
    while (true) {
      CoderResult r = d.flush(out);
      if (r.isError()) {
        return false;
      }
      out.clear();
      if (r.isUnderflow()) {
        return true;
      }
    }
  }
}
