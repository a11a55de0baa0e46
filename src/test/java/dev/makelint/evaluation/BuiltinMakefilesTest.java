package dev.makelint.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The texts the build embeds as constants (src/build/java/EmbedText.java) are the resources, byte
 * for byte: quotes, tabs and the recipe lines' trailing blanks included.
 */
class BuiltinMakefilesTest {
  @Test
  void embeddedVariablesAreTheResource() throws IOException {
    assertThat(BuiltinMakefiles.VARIABLES).isEqualTo(resource("builtin-variables.mk"))
        .contains("\"");
  }

  @Test
  void embeddedRulesAreTheResource() throws IOException {
    assertThat(BuiltinMakefiles.RULES).isEqualTo(resource("builtin-rules.mk"))
        .contains("\t").contains("\"").contains(" \n");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = BuiltinMakefilesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
