package dev.makelint.reading;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

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
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }
}
