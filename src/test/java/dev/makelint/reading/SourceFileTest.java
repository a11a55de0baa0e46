package dev.makelint.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Decoding: strict UTF-8, else one character per byte, without doubling a file's memory. */
class SourceFileTest {
  @Test
  void utf8IsDecodedAndAnythingElseIsReadByteForByte() {
    assertThat(SourceFile.decode("café ✓".getBytes(StandardCharsets.UTF_8))).isEqualTo("café ✓");
    byte[] latin1 = {'c', 'a', 'f', (byte) 0xe9};
    assertThat(SourceFile.decode(latin1)).isEqualTo("caf\u00e9");
    byte[] truncated = {'a', (byte) 0xc3};
    assertThat(SourceFile.decode(truncated)).isEqualTo("a\u00c3");
    byte[] surrogate = {(byte) 0xed, (byte) 0xa0, (byte) 0x80};
    assertThat(SourceFile.decode(surrogate)).hasSize(3);
    assertThat(SourceFile.decode(new byte[0])).isEmpty();
  }

  @Test
  void longTextsDecodeAcrossChunkBoundaries() {
    String s = "é".repeat(10_000) + "x";
    assertThat(SourceFile.decode(s.getBytes(StandardCharsets.UTF_8))).isEqualTo(s);
    byte[] bad = (s + "\u00ff").getBytes(StandardCharsets.ISO_8859_1);
    assertThat(SourceFile.decode(bad)).isEqualTo(new String(bad, StandardCharsets.ISO_8859_1));
  }
}
