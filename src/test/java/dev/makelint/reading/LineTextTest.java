package dev.makelint.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineTextTest {

  @Test
  void continuationAndSurroundingBlanksBecomeOneSpace() {
    assertThat(LineText.collapseContinuations("a   \\\n     b")).isEqualTo("a b");
  }

  @Test
  void threeBackslashesKeepOneAndStillContinue() {
    // make 4.3: "odd three\\\\\\\ncontinued" reads as "odd three\\ continued"
    assertThat(LineText.collapseContinuations("odd three\\\\\\\ncontinued"))
        .isEqualTo("odd three\\ continued");
  }

  @Test
  void commentStartsAtUnquotedHash() {
    assertThat(LineText.removeComments("x = 1 # note")).isEqualTo("x = 1 ");
  }

  @Test
  void escapedHashIsLiteralAndLosesItsBackslash() {
    assertThat(LineText.removeComments("x = a\\#b # c")).isEqualTo("x = a#b ");
  }

  @Test
  void hashInsideReferenceIsNotAComment() {
    assertThat(LineText.removeComments("x = $(subst #,-,a#b) # c"))
        .isEqualTo("x = $(subst #,-,a#b) ");
  }

  @Test
  void doubledBackslashBeforeHashStartsAComment() {
    assertThat(LineText.removeComments("x = a\\\\# c")).isEqualTo("x = a\\");
  }
}
