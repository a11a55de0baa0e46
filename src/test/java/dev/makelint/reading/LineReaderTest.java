package dev.makelint.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineReaderTest {

  @Test
  void joinsOddBackslashContinuationsAndKeepsTheirPhysicalSpan() {
    LineReader r = new LineReader("a = 1 \\\n  2\nb: c\n");
    RawLine first = r.next();
    assertThat(first.text()).isEqualTo("a = 1 \\\n  2");
    assertThat(first.firstLine()).isEqualTo(1);
    assertThat(first.lineCount()).isEqualTo(2);
    RawLine second = r.next();
    assertThat(second.text()).isEqualTo("b: c");
    assertThat(second.firstLine()).isEqualTo(3);
    assertThat(r.next()).isNull();
  }

  @Test
  void evenBackslashesDoNotContinue() {
    LineReader r = new LineReader("x = a\\\\\ny = b\n");
    assertThat(r.next().text()).isEqualTo("x = a\\\\");
    assertThat(r.next().text()).isEqualTo("y = b");
  }

  @Test
  void skipsByteOrderMarkAndDropsCarriageReturnBeforeNewline() {
    LineReader r = new LineReader("\uFEFFall: x\r\n\tcmd\r\n");
    assertThat(r.next().text()).isEqualTo("all: x");
    assertThat(r.next().text()).isEqualTo("\tcmd");
  }

  @Test
  void bareCarriageReturnsStayInTheText() {
    assertThat(new LineReader("a\rb\n").next().text()).isEqualTo("a\rb");
  }
}
