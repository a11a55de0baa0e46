package dev.makelint.buildmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.makelint.syntax.RepositoryMakefiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plain-line fast path must read a line exactly as the shell parser does, or decline it. */
class PlainCommandLineTest {

  private static void assertAgrees(String line, String workingDir) {
    List<SimpleCommand> fast = PlainCommandLine.split(line, workingDir);
    if (fast != null) {
      assertThat(fast).as("line %s", line)
          .isEqualTo(ShellWords.parse(line, workingDir, Map.of()));
    }
  }

  @Test
  void takesACompileCommand() {
    String line = "@cc -std=c11 -Wall -Iinclude -DNAME=x  -c src/a.c -o build/a.o";
    assertThat(PlainCommandLine.split(line, "./sub/"))
        .isEqualTo(ShellWords.parse(line, "./sub/", Map.of()))
        .singleElement().satisfies(c -> {
          assertThat(c.argv()).containsExactly("cc", "-std=c11", "-Wall", "-Iinclude",
              "-DNAME=x", "-c", "src/a.c", "-o", "build/a.o");
          assertThat(c.workingDir()).isEqualTo("sub");
          assertThat(c.text()).isEqualTo(line.substring(1));
        });
  }

  @Test
  void blankLineHasNoCommand() {
    assertThat(PlainCommandLine.split(" @- \t", ".")).isEmpty();
    assertAgrees(" @- \t", ".");
  }

  @Test
  void declinesWhatTheShellReadsDifferently() {
    for (String line : List.of("cc 'a b.c'", "cc \"a\"", "cc a\\ b", "cc $X", "cc `x`",
        "cc a.c && ld a.o", "cc a.c; ld", "cc a.c | tee", "cc > log", "cc < in", "(cc a.c)",
        "cc a.c # comment", "cc *.c", "cc a?.c", "cc [ab].c", "cc ~/a.c", "CC=gcc make",
        "env X=1 cc", "/usr/bin/time cc a.c", "nice -n 5 cc", "if true", "for x", "{ cc; }",
        "cc a.c\nld a.o", "cc\ra.c", "cc caf\u00e9.c", "cc a.c \u00ff", "cc a\u0100.c",
        "cc \uD83D\uDE00.c -o x.o", "cc x.c -o \uD83D\uDE00")) {
      assertThat(PlainCommandLine.split(line, ".")).as(line).isNull();
    }
  }

  @Test
  void agreesOnTheRepositorysRecipeLines() {
    int taken = 0;
    for (String line : RepositoryMakefiles.lines()) {
      if (line.startsWith("\t")) {
        assertAgrees(line, ".");
        taken += PlainCommandLine.split(line, ".") != null ? 1 : 0;
      }
    }
    assertThat(taken).as("recipe lines the fast path takes").isGreaterThan(100);
  }

  @Test
  void agreesOnRandomLines() {
    String[] pieces = {"cc", "-c", "a.c", "-o", "x=1", "=", "@", "-", "+", " ", " ", "\t", "'",
        "\"", "\\", "$", "`", "&", "|", ";", "<", ">", "(", ")", "#", "*", "?", "[", "]", "~",
        "{", "}", "!", "if", "then", "fi", "env", "time", "nice", "exec", "cd", "export",
        "/bin/", "2", "\n", "\r", "\u00e9", "\u0100", "\uD83D\uDE00", "./", "../", "dir/"};
    Random r = new Random(23);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(12);
      for (int k = 0; k < n; k++) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      lines.add(b.toString());
    }
    int taken = 0;
    for (String line : lines) {
      for (String wd : new String[] {".", "a/../b/", null}) {
        assertAgrees(line, wd);
      }
      taken += PlainCommandLine.split(line, ".") != null ? 1 : 0;
    }
    assertThat(taken).as("random lines the fast path takes").isGreaterThan(5_000);
  }
}
