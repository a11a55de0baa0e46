package dev.makelint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.makelint.reading.LineReader;
import dev.makelint.reading.LineText;
import dev.makelint.reading.RawLine;
import dev.makelint.reading.SourceFile;

/**
 * Fuzzes decoding and the line reader: logical lines cover the physical lines in order, and the
 * comment and continuation clean-ups accept every line.
 */
class LineReaderFuzzTest {
  static {
    FuzzSupport.seedFromFixtures(LineReaderFuzzTest.class, "read");
  }

  @FuzzTest(maxDuration = "5s")
  void read(byte[] data) {
    String text = SourceFile.decode(data);
    LineReader reader = new LineReader(text);
    int expected = 1;
    RawLine line;
    while ((line = reader.next()) != null) {
      if (line.firstLine() != expected || line.lineCount() < 1) {
        throw new AssertionError("line " + line.firstLine() + " (+" + line.lineCount()
            + "), expected line " + expected);
      }
      expected += line.lineCount();
      String collapsed = LineText.collapseContinuations(line.text());
      LineText.removeComments(collapsed);
      LineText.findUnquoted(collapsed, ":=;", true);
    }
    if (reader.nextLineNumber() != expected) {
      throw new AssertionError("next line " + reader.nextLineNumber() + ", expected " + expected);
    }
  }
}
