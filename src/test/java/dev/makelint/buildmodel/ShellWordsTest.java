package dev.makelint.buildmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShellWordsTest {

  private static List<SimpleCommand> split(String line) {
    return ShellWords.split(line, ".");
  }

  private static List<List<String>> argvs(String line) {
    return split(line).stream().map(SimpleCommand::argv).toList();
  }

  @Test
  void plainCommandIsSplitOnBlanks() {
    assertThat(argvs("cc  -I. -O3 -DNDEBUG -c ggml-backend.c -o ggml-backend_default.o"))
        .containsExactly(
            List.of("cc", "-I.", "-O3", "-DNDEBUG", "-c", "ggml-backend.c", "-o",
                "ggml-backend_default.o"));
  }

  @Test
  void singleAndDoubleQuotesAreRemoved() {
    assertThat(argvs("gcc -DNAME='\"x y\"' \"-DVERSION=1 2\" -c 'my file.c'"))
        .containsExactly(List.of("gcc", "-DNAME=\"x y\"", "-DVERSION=1 2", "-c", "my file.c"));
  }

  @Test
  void backslashEscapesAndEmptyQuotedWords() {
    assertThat(argvs("echo a\\ b \"\" '' c\\\"d"))
        .containsExactly(List.of("echo", "a b", "", "", "c\"d"));
  }

  @Test
  void backslashNewlineJoinsLines() {
    assertThat(argvs("gcc -c \\\n  a.c \\\n  -o a.o"))
        .containsExactly(List.of("gcc", "-c", "a.c", "-o", "a.o"));
  }

  @Test
  void separatorsSplitCommands() {
    assertThat(argvs("mkdir -p obj && gcc -c a.c; echo done || true | cat & wait"))
        .containsExactly(
            List.of("mkdir", "-p", "obj"),
            List.of("gcc", "-c", "a.c"),
            List.of("echo", "done"),
            List.of("true"),
            List.of("cat"),
            List.of("wait"));
  }

  @Test
  void operatorsNeedNoSpaces() {
    assertThat(argvs("a&&b;c||d|e")).containsExactly(
        List.of("a"), List.of("b"), List.of("c"), List.of("d"), List.of("e"));
  }

  @Test
  void quotedSeparatorsStayInsideWords() {
    assertThat(argvs("echo 'a && b; c' \"|\"")).containsExactly(List.of("echo", "a && b; c", "|"));
  }

  @Test
  void newlinesSeparateCommands() {
    assertThat(argvs("cd build\ngcc -c ../a.c")).hasSize(2);
    assertThat(split("cd build\ngcc -c ../a.c").get(1).workingDir()).isEqualTo("build");
  }

  @Test
  void cdChangesWorkingDirectoryForTheRestOfTheLine() {
    List<SimpleCommand> cmds = split("cd sub && gcc -c a.c && cd .. && ar rcs libx.a sub/a.o");
    assertThat(cmds).extracting(SimpleCommand::workingDir)
        .containsExactly(".", "sub", "sub", ".");
  }

  @Test
  void cdIntoAbsoluteAndNestedDirectories() {
    List<SimpleCommand> cmds = split("cd /tmp/x && cd y/../z && pwd");
    assertThat(cmds.get(2).workingDir()).isEqualTo("/tmp/x/z");
  }

  @Test
  void cdStartsFromTheGivenWorkingDirectory() {
    List<SimpleCommand> cmds = ShellWords.split("cd src && cc -c main.c", "proj");
    assertThat(cmds.get(1).workingDir()).isEqualTo("proj/src");
  }

  @Test
  void cdInsideSubshellDoesNotLeak() {
    List<SimpleCommand> cmds = split("(cd sub && make) && gcc -c a.c");
    assertThat(cmds).extracting(SimpleCommand::workingDir).containsExactly(".", "sub", ".");
  }

  @Test
  void cdInsideBraceGroupPersists() {
    List<SimpleCommand> cmds = split("{ cd sub; }; gcc -c a.c");
    assertThat(cmds.get(1).workingDir()).isEqualTo("sub");
  }

  @Test
  void cdInPipelineHasNoEffect() {
    List<SimpleCommand> cmds = split("cd sub | true; gcc -c a.c");
    assertThat(cmds.get(2).workingDir()).isEqualTo(".");
  }

  @Test
  void cdToUnknownPlaceMakesDirectoryUnknown() {
    List<SimpleCommand> cmds = split("cd $BUILD && gcc -c a.c");
    assertThat(cmds.get(1).workingDir()).isNull();
    List<SimpleCommand> home = split("cd && gcc -c a.c");
    assertThat(home.get(1).workingDir()).isNull();
  }

  @Test
  void cdDashReturnsToPreviousDirectory() {
    List<SimpleCommand> cmds = split("cd a && cd - && cc -c x.c");
    assertThat(cmds.get(2).workingDir()).isEqualTo(".");
  }

  @Test
  void pushdAndPopd() {
    List<SimpleCommand> cmds = split("pushd lib && cc -c l.c && popd && cc -c m.c");
    assertThat(cmds).extracting(SimpleCommand::workingDir)
        .containsExactly(".", "lib", "lib", ".");
  }

  @Test
  void leadingAssignmentsAreSeparated() {
    SimpleCommand c = split("CCACHE_DIR=/tmp/cc LANG=C gcc -c a.c").get(0);
    assertThat(c.argv()).containsExactly("gcc", "-c", "a.c");
    assertThat(c.assignments()).containsExactly(
        Map.entry("CCACHE_DIR", "/tmp/cc"), Map.entry("LANG", "C"));
  }

  @Test
  void envAndOtherLaunchersAreStripped() {
    SimpleCommand c = split("env -u FOO X=1 nice -n 10 time exec gcc -c a.c").get(0);
    assertThat(c.argv()).containsExactly("gcc", "-c", "a.c");
    assertThat(c.assignments()).containsEntry("X", "1");
    assertThat(c.prefixes()).contains("env", "nice", "time", "exec");
  }

  @Test
  void envChdirChangesDirectoryOfThatCommandOnly() {
    List<SimpleCommand> cmds = split("env -C sub cc -c a.c; cc -c b.c");
    assertThat(cmds).extracting(SimpleCommand::workingDir).containsExactly("sub", ".");
  }

  @Test
  void silencingPrefixesAreStripped() {
    assertThat(argvs("@gcc -c a.c")).containsExactly(List.of("gcc", "-c", "a.c"));
    assertThat(argvs("-@+ rm -f x.o")).containsExactly(List.of("rm", "-f", "x.o"));
    // $(Q) expanded to "@" in the middle of a line
    assertThat(argvs("cd sub && @cc -c a.c")).containsExactly(
        List.of("cd", "sub"), List.of("cc", "-c", "a.c"));
    // $(Q) expanded to "@" followed by a blank
    assertThat(argvs("@ cc -c a.c")).containsExactly(List.of("cc", "-c", "a.c"));
  }

  @Test
  void commandVIsNotAWrapper() {
    assertThat(argvs("command -v gcc")).containsExactly(List.of("command", "-v", "gcc"));
  }

  @Test
  void redirectionsAreRemoved() {
    assertThat(argvs("gcc -c a.c -o a.o 2>&1 >log.txt </dev/null 2> err &> all"))
        .containsExactly(List.of("gcc", "-c", "a.c", "-o", "a.o"));
  }

  @Test
  void quotedHereDocumentDelimiterAndTabStripping() {
    List<SimpleCommand> cmds = split("cat <<-'END' > x\n\tgcc -c no.c\n\tEND\ncc -c yes.c");
    assertThat(cmds).extracting(SimpleCommand::argv).containsExactly(
        List.of("cat"), List.of("cc", "-c", "yes.c"));
  }

  @Test
  void unsetVariableExpandsToNothing() {
    SimpleCommand c = split("unset EXTRA; gcc $EXTRA -c a.c").get(1);
    assertThat(c.argv()).containsExactly("gcc", "-c", "a.c");
    assertThat(c.isOpaque()).isFalse();
  }

  @Test
  void commentsAreIgnored() {
    assertThat(argvs("gcc -c a.c # compile a\necho x#y")).containsExactly(
        List.of("gcc", "-c", "a.c"), List.of("echo", "x#y"));
  }

  @Test
  void shellVariablesSetOnTheLineAreExpanded() {
    SimpleCommand c = split("CC=gcc; FLAGS='-O2 -g'; cd build && $CC $FLAGS -c ../a.c").get(1);
    assertThat(c.argv()).containsExactly("gcc", "-O2", "-g", "-c", "../a.c");
    assertThat(c.workingDir()).isEqualTo("build");
    assertThat(c.isOpaque()).isFalse();
  }

  @Test
  void quotedVariableIsNotFieldSplit() {
    SimpleCommand c = split("X='a b'; echo \"$X\" ${X}").get(0);
    assertThat(c.argv()).containsExactly("echo", "a b", "a", "b");
  }

  @Test
  void callerSuppliedVariablesAreUsed() {
    SimpleCommand c = ShellWords.split("cd build && $CC -c ../a.c", ".", Map.of("CC", "clang")).get(1);
    assertThat(c.argv()).containsExactly("clang", "-c", "../a.c");
  }

  @Test
  void exportSetsVariables() {
    SimpleCommand c = split("export CC=cc && $CC -c a.c").get(1);
    assertThat(c.argv()).containsExactly("cc", "-c", "a.c");
  }

  @Test
  void unknownVariableIsKeptAndReported() {
    SimpleCommand c = split("$CC -c a.c").get(0);
    assertThat(c.argv()).containsExactly("$CC", "-c", "a.c");
    assertThat(c.opaqueReasons()).anyMatch(r -> r.contains("$CC"));
  }

  @Test
  void commandSubstitutionIsOpaque() {
    SimpleCommand c = split("gcc -c a.c $(pkg-config --cflags 'gtk+-3.0') `echo -g` -o a.o").get(0);
    assertThat(c.argv()).containsExactly(
        "gcc", "-c", "a.c", "$(pkg-config --cflags 'gtk+-3.0')", "`echo -g`", "-o", "a.o");
    assertThat(c.opaqueReasons()).hasSize(2).allMatch(r -> r.startsWith("command substitution"));
  }

  @Test
  void nestedCommandSubstitutionStaysOneWord() {
    SimpleCommand c = split("echo $(dirname $(pwd) ) done").get(0);
    assertThat(c.argv()).containsExactly("echo", "$(dirname $(pwd) )", "done");
  }

  @Test
  void ifStatementCommandsAreFoundAndConditional() {
    List<SimpleCommand> cmds =
        split("if [ -f x.c ]; then gcc -c x.c -o x.o; else echo none; fi; ar rcs l.a x.o");
    assertThat(cmds).extracting(SimpleCommand::name)
        .containsExactly("[", "gcc", "echo", "ar");
    assertThat(cmds).extracting(SimpleCommand::conditional)
        .containsExactly(true, true, true, false);
  }

  @Test
  void forLoopBodyHasUnresolvedLoopVariable() {
    List<SimpleCommand> cmds = split("for f in a b c; do gcc -c $f.c; done; echo end");
    assertThat(cmds).hasSize(2);
    assertThat(cmds.get(0).conditional()).isTrue();
    assertThat(cmds.get(1).argv()).containsExactly("echo", "end");
    assertThat(cmds.get(1).conditional()).isFalse();
  }

  @Test
  void loopVariableShadowsKnownVariable() {
    List<SimpleCommand> cmds = split("f=x; for f in a b; do gcc -c $f.c; done");
    assertThat(cmds.get(0).argv()).containsExactly("gcc", "-c", "$f.c");
    assertThat(cmds.get(0).isOpaque()).isTrue();
  }

  @Test
  void whileLoop() {
    List<SimpleCommand> cmds = split("while read l; do echo $l; done < list.txt");
    assertThat(cmds).extracting(SimpleCommand::name).containsExactly("read", "echo");
  }

  @Test
  void caseStatementIsOneOpaqueCommand() {
    List<SimpleCommand> cmds =
        split("case `uname` in Darwin) cc -c a.c;; *) cc -c b.c;; esac; echo ok");
    assertThat(cmds).hasSize(2);
    assertThat(cmds.get(0).opaqueReasons()).contains("case statement");
    assertThat(cmds.get(1).argv()).containsExactly("echo", "ok");
  }

  @Test
  void hereDocumentBodyIsSkipped() {
    List<SimpleCommand> cmds = split("cat > conf.h <<EOF\n#define X 1\ngcc -c fake.c\nEOF\ngcc -c real.c");
    assertThat(cmds).extracting(SimpleCommand::name).containsExactly("cat", "gcc");
    assertThat(cmds.get(0).opaqueReasons()).contains("here-document");
    assertThat(cmds.get(1).argv()).containsExactly("gcc", "-c", "real.c");
  }

  @Test
  void functionBodyIsConditional() {
    List<SimpleCommand> cmds = split("build() { gcc -c a.c; }; build");
    assertThat(cmds.get(0).conditional()).isTrue();
    assertThat(cmds.get(1).argv()).containsExactly("build");
    assertThat(cmds.get(1).conditional()).isFalse();
  }

  @Test
  void doubleBracketTestKeepsItsOperators() {
    List<SimpleCommand> cmds = split("[[ -f a && -f b ]] && echo yes");
    assertThat(cmds).hasSize(2);
    assertThat(cmds.get(1).argv()).containsExactly("echo", "yes");
  }

  @Test
  void unterminatedQuoteIsReportedNotThrown() {
    List<SimpleCommand> cmds = split("gcc -c 'a.c");
    assertThat(cmds).hasSize(1);
    assertThat(cmds.get(0).argv()).containsExactly("gcc", "-c", "a.c");
    assertThat(cmds.get(0).opaqueReasons()).contains("unterminated single quote");
  }

  @Test
  void emptyAndBlankLinesGiveNoCommands() {
    assertThat(split("")).isEmpty();
    assertThat(split("   \t ")).isEmpty();
    assertThat(split("@")).isEmpty();
    assertThat(ShellWords.split(null, ".")).isEmpty();
  }

  @Test
  void textOfEachCommandIsKept() {
    List<SimpleCommand> cmds = split("@mkdir -p o && gcc -c a.c");
    assertThat(cmds).extracting(SimpleCommand::text).containsExactly("mkdir -p o", "gcc -c a.c");
  }

  @Test
  void garbageNeverThrows() {
    String[] samples = {
      "((((", "))))", "}}}{{{", "if then fi done esac", "'\"`$(${", "a <<", "<< <<- >&", "$((1+",
      "for", "for x in", "case", "cd", "\\", "\"\\", "$", "${}", "`", "|||&&&;;;", "f() (", "!!"
    };
    for (String s : samples) {
      assertThatCode(() -> ShellWords.split(s, ".")).doesNotThrowAnyException();
    }
    Random r = new Random(42);
    String alphabet = "ab c$(){}[]'\"`\\|&;<>#\n\t=@-+*?~/.";
    for (int k = 0; k < 2000; k++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(40);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      assertThatCode(() -> ShellWords.split(s, ".")).as(s).doesNotThrowAnyException();
    }
  }
}
