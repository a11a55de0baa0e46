package dev.makelint.buildmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.makelint.buildmodel.ToolCommand.Archive;
import dev.makelint.buildmodel.ToolCommand.Compile;
import dev.makelint.buildmodel.ToolCommand.Link;
import dev.makelint.buildmodel.ToolCommand.Opaque;
import dev.makelint.buildmodel.ToolCommand.Other;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecipeCommandsTest {

  @Test
  void cdThenCompileResolvesSourceAndDefaultOutput() {
    List<ToolCommand> cmds = RecipeCommands.analyze("cd sub && gcc -c a.c", ".");
    assertThat(cmds).hasSize(2);
    assertThat(cmds.get(0)).isEqualTo(new Other(List.of("cd", "sub")));
    Compile c = (Compile) cmds.get(1);
    assertThat(c.sourcePaths()).containsExactly("sub/a.c");
    assertThat(c.output()).isEqualTo("sub/a.o");
    assertThat(c.workingDir()).isEqualTo("sub");
  }

  @Test
  void cdBuildWithUnknownCompilerVariableIsOpaque() {
    List<ToolCommand> cmds = RecipeCommands.analyze("cd build && $CC -c ../a.c -o a.o", ".");
    assertThat(cmds.get(1)).isInstanceOf(Opaque.class);
    assertThat(((Opaque) cmds.get(1)).workingDir()).isEqualTo("build");
  }

  @Test
  void cdBuildWithKnownCompilerVariable() {
    List<ToolCommand> cmds =
        RecipeCommands.analyze("cd build && $CC -c ../src/a.c -o a.o", ".", Map.of("CC", "gcc"));
    Compile c = (Compile) cmds.get(1);
    assertThat(c.sourcePaths()).containsExactly("src/a.c");
    assertThat(c.output()).isEqualTo("build/a.o");
  }

  @Test
  void koboldcppLinkRecipeAfterExpansion() {
    String line =
        "g++ -O3 -DNDEBUG -std=c++11 -fPIC  ggml.o ggml_v4.o expose.o common.o gpttype_adapter.o "
            + "ggml-backend_default.o ggml-backend.o -shared -o koboldcpp_default.so -framework Accelerate";
    List<ToolCommand> cmds = RecipeCommands.analyze(line, ".");
    assertThat(cmds).hasSize(1);
    Link l = (Link) cmds.get(0);
    assertThat(l.objects()).contains("ggml-backend_default.o", "ggml-backend.o");
    assertThat(l.output()).isEqualTo("koboldcpp_default.so");
  }

  @Test
  void mkdirThenCompileInOneLine() {
    List<ToolCommand> cmds = RecipeCommands.analyze(
        "@mkdir -p build/src && ccache arm-none-eabi-gcc -mcpu=cortex-m4 -c src/main.c -o build/main.o", ".");
    assertThat(cmds).hasSize(2);
    assertThat(cmds.get(0)).isInstanceOf(Other.class);
    assertThat(((Compile) cmds.get(1)).output()).isEqualTo("build/main.o");
  }

  @Test
  void compileThenArchiveThenRanlib() {
    List<ToolCommand> cmds = RecipeCommands.analyze(
        "gcc -c x.c -o x.o && ar cr libx.a x.o && ranlib libx.a", ".");
    assertThat(cmds).hasExactlyElementsOfTypes(Compile.class, Archive.class, Other.class);
  }

  @Test
  void echoReminderIsNotALink() {
    List<ToolCommand> cmds = RecipeCommands.analyze(
        "@echo 'Your platform does not support CLBlast: g++ ggml.o -o koboldcpp_clblast.so'", ".");
    assertThat(cmds).containsExactly(new Other(List.of(
        "echo", "Your platform does not support CLBlast: g++ ggml.o -o koboldcpp_clblast.so")));
  }

  @Test
  void emptyRecipeLine() {
    assertThat(RecipeCommands.analyze("", ".")).isEmpty();
    assertThat(RecipeCommands.analyze("   ", ".")).isEmpty();
  }

  @Test
  void compileWithCommandSubstitutionInFlagsStaysACompile() {
    List<ToolCommand> cmds = RecipeCommands.analyze(
        "cc $(pkg-config --cflags glib-2.0) -c gui.c -o gui.o", ".");
    Compile c = (Compile) cmds.get(0);
    assertThat(c.sourcePaths()).containsExactly("gui.c");
    assertThat(c.output()).isEqualTo("gui.o");
    // what the substitution produces is unknown: it is reported, never guessed at
    assertThat(c.unresolved()).containsExactly("$(pkg-config --cflags glib-2.0)");
  }

  @Test
  void otherCommandWithOpaquePartsBecomesOpaque() {
    List<ToolCommand> cmds = RecipeCommands.analyze("cp `ls *.o` /tmp", ".");
    assertThat(cmds.get(0)).isInstanceOf(Opaque.class);
  }

  @Test
  void loopCompileIsCompileWithUnresolvedSource() {
    List<RecipeCommands.Analyzed> cmds = RecipeCommands.analyzeDetailed(
        "for f in a b; do gcc -c $f.c -o obj/$f.o; done", ".", Map.of());
    assertThat(cmds).hasSize(1);
    assertThat(cmds.get(0).command().conditional()).isTrue();
    Compile c = (Compile) cmds.get(0).tool();
    assertThat(c.sources()).isEmpty();
    assertThat(c.unresolved()).containsExactly("$f.c", "obj/$f.o");
  }

  @Test
  void unityBuildCompilesOnlyTheNamedSource() {
    // the rule lists many .cpp prerequisites, but the command compiles only $<
    Compile c = (Compile) RecipeCommands.analyze(
        "g++ -O3 -std=c++11 -c otherarch/gpt2_v3.cpp -o gpt2_v3.o", ".").get(0);
    assertThat(c.sourcePaths()).containsExactly("otherarch/gpt2_v3.cpp");
  }

  @Test
  void programCompiledAndLinkedInOneCommand() {
    Link l = (Link) RecipeCommands.analyze(
        "g++ -O3 -std=c++11 -pthread examples/quantize/quantize.cpp ggml.o llama.o -o quantize_gguf "
            + "-framework Accelerate", ".").get(0);
    assertThat(l.sources()).hasSize(1);
    assertThat(l.objects()).containsExactly("ggml.o", "llama.o");
  }

  @Test
  void caseStatementIsOpaque() {
    List<ToolCommand> cmds =
        RecipeCommands.analyze("case $OS in Darwin) cc -c a.c;; esac", ".");
    assertThat(cmds).hasSize(1).first().isInstanceOf(Opaque.class);
  }

  @Test
  void subshellsRestoreDirectory() {
    List<ToolCommand> cmds =
        RecipeCommands.analyze("(cd lib && ar rcs libl.a l.o) && cc main.o lib/libl.a -o app", ".");
    Archive a = (Archive) cmds.get(1);
    assertThat(a.archive()).isEqualTo("lib/libl.a");
    assertThat(a.members()).containsExactly("lib/l.o");
    Link l = (Link) cmds.get(2);
    assertThat(l.archives()).containsExactly("lib/libl.a");
    assertThat(l.workingDir()).isEqualTo(".");
  }

  @Test
  void garbageNeverThrows() {
    for (String s : List.of("\u0000", "gcc -c '", "ar rcs \"", "$(", "cd \"$(\" && gcc",
        "ld @", "-", "@@@", "if; then; fi; done", "gcc -o", "gcc -x", "gcc -Wl,", "nvcc -odir")) {
      assertThatCode(() -> RecipeCommands.analyze(s, ".")).as(s).doesNotThrowAnyException();
      assertThatCode(() -> RecipeCommands.analyze(s, null)).as(s).doesNotThrowAnyException();
    }
  }
}
