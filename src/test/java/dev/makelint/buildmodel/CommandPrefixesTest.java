package dev.makelint.buildmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What is stripped before the program: silencing characters, assignments and wrappers. */
class CommandPrefixesTest {
  private static CommandPrefixes.Stripped strip(String... words) {
    return CommandPrefixes.strip(new ArrayList<>(List.of(words)));
  }

  @Test
  void aPlainCommandIsKeptWhole() {
    CommandPrefixes.Stripped st = strip("cc", "-c", "a.c", "-o", "a.o");
    assertThat(st.argv()).containsExactly("cc", "-c", "a.c", "-o", "a.o");
    assertThat(st.assignments()).isEmpty();
    assertThat(st.prefixes()).isEmpty();
    assertThat(st.chdir()).isNull();
    // an immutable list is kept as it is, not copied
    List<String> words = List.of("/usr/bin/gcc", "-c", "x.c");
    assertThat(CommandPrefixes.strip(words).argv()).isSameAs(words);
  }

  @Test
  void silencingCharactersAssignmentsAndWrappersAreStripped() {
    assertThat(strip("@cc", "-c", "a.c").argv()).containsExactly("cc", "-c", "a.c");
    assertThat(strip("@cc", "-c", "a.c").prefixes()).containsExactly("@");
    assertThat(strip("-", "cc").argv()).containsExactly("-", "cc");
    CommandPrefixes.Stripped a = strip("CCACHE_DIR=/c", "cc", "-c", "a.c");
    assertThat(a.argv()).containsExactly("cc", "-c", "a.c");
    assertThat(a.assignments()).isEqualTo(Map.of("CCACHE_DIR", "/c"));
    CommandPrefixes.Stripped t = strip("time", "nice", "cc", "-c", "a.c");
    assertThat(t.argv()).containsExactly("cc", "-c", "a.c");
    assertThat(t.prefixes()).containsExactly("time", "nice");
    assertThat(strip("/usr/bin/env", "X=1", "cc").argv()).containsExactly("cc");
    assertThat(strip("env").argv()).containsExactly("env"); // prints the environment
  }
}
