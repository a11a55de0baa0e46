package dev.makelint.buildmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.makelint.evaluation.EvalOptions;
import dev.makelint.evaluation.Evaluator;
import dev.makelint.evaluation.FileSystemView;
import dev.makelint.evaluation.Limits;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.Platform;
import dev.makelint.evaluation.SafeShellRunner;
import dev.makelint.rulegraph.RuleGraph;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildModelTest {
  @TempDir Path dir;

  private BuildModel model(String makefile, String... files) throws Exception {
    Files.writeString(dir.resolve("Makefile"), makefile);
    for (String f : files) {
      Path p = dir.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "");
    }
    EvalOptions o = new EvalOptions(dir, List.of(), List.of(), List.of(), Map.of(), List.of(),
        false, false, false, Platform.parse("linux-x86_64"), Limits.DEFAULT);
    MakeDatabase db = Evaluator.evaluate(o, new SafeShellRunner(o.platform()),
        FileSystemView.READ_ONLY);
    return BuildModel.build(db, RuleGraph.build(db, dir, List.of()));
  }

  @Test
  void compilesOfAnswersForEverySpellingOfTheObject() throws Exception {
    BuildModel m = model("all: obj/a.o up.o\n"
        + "obj/a.o: src/a.c\n\tcc -c src/a.c -o ./obj//a.o\n"
        + "up.o: src/b.c\n\tcc -c src/b.c -o src/../up.o\n", "src/a.c", "src/b.c");
    // the index's name, and names that normalise to it
    for (String name : List.of("obj/a.o", "./obj/a.o", "obj//a.o", "obj/x/../a.o", "obj/a.o/")) {
      assertThat(m.compilesOf(name)).as(name).singleElement()
          .extracting(BuildModel.CompileStep::source).isEqualTo("src/a.c");
    }
    assertThat(m.compilesOf("up.o")).singleElement()
        .extracting(BuildModel.CompileStep::object).isEqualTo("up.o");
    assertThat(m.compilesOf("src/../up.o")).hasSize(1);
    assertThat(m.compilesOf("obj/b.o")).isEmpty();
    assertThat(m.compilesOf("./obj/b.o")).isEmpty();
  }

  @Test
  void commandsReadInBatchesOnAnotherThreadGiveTheSameModelInTheSameOrder() throws Exception {
    StringBuilder objs = new StringBuilder();
    String[] sources = new String[400];
    for (int i = 0; i < sources.length; i++) {
      objs.append(" o").append(i).append(".o");
      sources[i] = "o" + i + ".c";
    }
    // the last commands (in the last, partial batch) compile last.o
    model("all: app lib.a last.o\n"
        + "app:" + objs + "\n\tcc -o $@ $^\n"
        + "lib.a:" + objs + "\n\tar rcs $@ $^\n\t$(MAKE) -C sub\n"
        + "%.o: %.c\n\t@echo CC $<\n\tcc -c $< -o $@ && touch $@.stamp\n",
        Stream.concat(Stream.of(sources), Stream.of("last.c")).toArray(String[]::new));
    EvalOptions o = new EvalOptions(dir, List.of(), List.of(), List.of(), Map.of(), List.of(),
        false, false, false, Platform.parse("linux-x86_64"), Limits.DEFAULT);
    MakeDatabase db = Evaluator.evaluate(o, new SafeShellRunner(o.platform()),
        FileSystemView.READ_ONLY);
    RuleGraph graph = RuleGraph.build(db, dir, List.of());
    BuildModel whole = BuildModel.build(db, graph, Integer.MAX_VALUE);
    assertThat(whole.compiles()).hasSize(401).last()
        .satisfies(c -> assertThat(c.object()).isEqualTo("last.o"));
    for (int batch : new int[] {1, 7, 100}) {
      BuildModel batched = BuildModel.build(db, graph, batch);
      assertThat(batched.compiles()).as("batch %d", batch).isEqualTo(whole.compiles());
      assertThat(batched.links()).isEqualTo(whole.links());
      assertThat(batched.archives()).isEqualTo(whole.archives());
      assertThat(batched.subMakes()).isEqualTo(whole.subMakes()).hasSize(1);
      assertThat(batched.compilesOf("o399.o")).isEqualTo(whole.compilesOf("o399.o"));
    }
  }

  @Test
  void dollarCaretDropsRepeatsAndDollarPlusKeepsThem() throws Exception {
    BuildModel m = model("all: p1 p2\np1: a.o b.o a.o\n\tcc $^ -o $@\np2: a.o b.o a.o\n\t"
        + "cc $+ -o $@\n", "a.c", "b.c");
    assertThat(m.links()).hasSize(2);
    assertThat(m.links().get(0).inputs()).hasSize(2);
    assertThat(m.links().get(0).output()).isEqualTo("p1");
    assertThat(m.links().get(1).inputs()).hasSize(3);
  }

  @Test
  void builtinCompileUsesTheImplicitSourceAndObject() throws Exception {
    BuildModel m = model("prog: sub/a.o\n\t$(CC) $^ -o $@\n", "sub/a.c");
    assertThat(m.compiles()).singleElement().satisfies(c -> {
      assertThat(c.source()).isEqualTo("sub/a.c");
      assertThat(c.object()).isEqualTo("sub/a.o");
      assertThat(c.origin().rule().pattern()).isNotNull();
    });
  }

  @Test
  void directoryAndFileFormsAndStem() throws Exception {
    BuildModel m = model("all: out/x.o\nout/%.o: src/%.c\n\tcd $(@D) && cc -c ../src/$*.c -o $(@F)\n",
        "src/x.c");
    assertThat(m.compiles()).singleElement().satisfies(c -> {
      assertThat(c.source()).isEqualTo("src/x.c");
      assertThat(c.object()).isEqualTo("out/x.o");
    });
  }

  @Test
  void echoOnlyOrEmptyRecipesAreNotLinks() throws Exception {
    BuildModel m = model("all: a b\nUNDEF_RECIPE =\na: x.o\n\t@echo not supported\n"
        + "b: x.o\n\t$(UNDEF_RECIPE)\nx.o:\n\t@true\n");
    assertThat(m.links()).isEmpty();
  }

  @Test
  void extensionlessTargetWritingSoIsALinkAndArchivesRecordMembers() throws Exception {
    BuildModel m = model("all: lib libz.a\nlib: a.o\n\t$(CXX) $^ -shared -o $@.so\n"
        + "libz.a: a.o b.o\n\t@ar rcs $@ $^\n", "a.c", "b.c");
    assertThat(m.links()).singleElement().satisfies(l -> {
      assertThat(l.output()).isEqualTo("lib.so");
      assertThat(l.origin().node().name()).isEqualTo("lib");
    });
    assertThat(m.archiveSteps("libz.a")).singleElement()
        .satisfies(a -> assertThat(a.members()).containsExactly("a.o", "b.o"));
  }

  @Test
  void targetSpecificFlagsReachTheRecipe() throws Exception {
    BuildModel m = model("all: x.o\nx.o: OUT = renamed.o\nx.o: x.c\n\tcc -c $< -o $(OUT)\n",
        "x.c");
    assertThat(m.compiles()).singleElement()
        .satisfies(c -> assertThat(c.object()).isEqualTo("renamed.o"));
  }

  /**
   * A recipe line whose expansion holds several lines (a define of two commands, a blank line
   * and an empty one between) runs one command per non-empty line, each from the same line.
   */
  @Test
  void aRecipeLineExpandingToSeveralLinesGivesOneCommandPerLine() throws Exception {
    BuildModel m = model("define TWO\ncc -c a.c -o a.o\n\n  \n@cc -c b.c -o b.o\n\nendef\n"
        + "all: prog\nprog: a.c b.c\n\t$(TWO)\n", "a.c", "b.c");
    assertThat(m.compiles()).extracting(BuildModel.CompileStep::object)
        .containsExactly("a.o", "b.o");
    assertThat(m.compiles()).extracting(c -> c.origin().recipeLine().line())
        .containsExactly(10, 10);
  }

  @Test
  void oneShellCarriesCdOverToTheNextLine() throws Exception {
    String rules = "all: out/x.o\nout/x.o: src/x.c\n\tcd out\n\tcc -c ../src/x.c -o x.o\n";
    BuildModel separate = model(rules, "src/x.c");
    assertThat(separate.compiles()).singleElement()
        .satisfies(c -> assertThat(c.object()).isEqualTo("x.o"));
    BuildModel oneShell = model(".ONESHELL:\n" + rules, "src/x.c");
    assertThat(oneShell.compiles()).singleElement().satisfies(c -> {
      assertThat(c.object()).isEqualTo("out/x.o");
      assertThat(c.source()).isEqualTo("src/x.c");
    });
  }

  @Test
  void recursiveMakeIsRecordedNotClassified() throws Exception {
    BuildModel m = model("all:\n\t$(MAKE) -C lib CC=gcc\n\t+make -f other.mk\n");
    assertThat(m.subMakes()).extracting(s -> s.argv().get(0)).containsExactly("make", "make");
    assertThat(m.subMakes().get(0).origin().recipeLine().line()).isEqualTo(2);
    assertThat(m.subMakes().get(1).origin().recipeLine().line()).isEqualTo(3);
    assertThat(m.compiles()).isEmpty();
    assertThat(m.links()).isEmpty();
  }

  @Test
  void explicitRuleStemIsTheTargetWithoutItsSuffix() throws Exception {
    BuildModel m = model("all: x.o\nx.o: src/x.c\n\tcc -c src/$*.c -o $*.o\n", "src/x.c");
    assertThat(m.compiles()).singleElement().satisfies(c -> {
      assertThat(c.source()).isEqualTo("src/x.c");
      assertThat(c.object()).isEqualTo("x.o");
    });
  }

  @Test
  void recipeLinesKeepTheirPhysicalLinesAcrossContinuationsAndComments() throws Exception {
    BuildModel m = model("all: a.o b.o\na.o b.o: %.o: %.c\n\t@echo compiling \\\n"
        + "\t  $<\n# a comment between recipe lines\n\tcc -c $< -o $@\n", "a.c", "b.c");
    assertThat(m.compiles()).hasSize(2)
        .allSatisfy(c -> assertThat(c.origin().recipeLine().line()).isEqualTo(6));
  }

  /**
   * A target-specific {@code +=} puts a blank after a non-empty inherited value even when its own
   * text is empty, and none after an empty one: make -n prints "-o outA end.o" for p and q, "-o
   * outBend.o" for r.
   */
  @Test
  void targetSpecificAppendAddsABlankAfterANonEmptyInheritedValue() throws Exception {
    BuildModel m = model("XF := A\nEMPTY :=\nall: p q r\np q r:\n"
        + "\tcc -c x.c -o out$(XF)end.o\np: XF +=\nq: XF += $(EMPTY)\nr: XF :=\n"
        + "r: XF += B\n", "x.c");
    assertThat(m.compiles()).extracting(BuildModel.CompileStep::object)
        .containsExactly("outA", "outA", "outBend.o");
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/make")), "GNU make is not here");
    Process make = new ProcessBuilder("make", "-n").directory(dir.toFile())
        .redirectErrorStream(true).start();
    String said = new String(make.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(make.waitFor()).isZero();
    assertThat(said).isEqualTo("cc -c x.c -o outA end.o\ncc -c x.c -o outA end.o\n"
        + "cc -c x.c -o outBend.o\n");
  }

  /**
   * A link's object files and a compile's names are the rule graph's strings, not copies cut out
   * of the commands (a large tree keeps 200,000 of each to the end); an object that is no
   * prerequisite keeps the command's.
   */
  @Test
  void stepsShareTheRuleGraphsNames() throws Exception {
    Files.writeString(dir.resolve("Makefile"), "app: a.o b.o a.o | out\n\tcc -o $@ $^\n"
        + "lib.so: a.o b.o\n\tcc -shared -o $@ a.o c.o\nout:\n\tmkdir out\n"
        + "%.o: %.c\n\tcc -c $< -o $@\n");
    Files.writeString(dir.resolve("a.c"), "");
    Files.writeString(dir.resolve("b.c"), "");
    EvalOptions o = new EvalOptions(dir, List.of(), List.of(), List.of(), Map.of(), List.of(),
        false, false, false, Platform.parse("linux-x86_64"), Limits.DEFAULT);
    MakeDatabase db = Evaluator.evaluate(o, new SafeShellRunner(o.platform()),
        FileSystemView.READ_ONLY);
    RuleGraph graph = RuleGraph.build(db, dir, List.of("app", "lib.so"));
    BuildModel m = BuildModel.build(db, graph);
    BuildModel.LinkStep app = m.links().get(0);
    assertThat(app.inputs()).extracting(i -> ((ToolCommand.ObjectFile) i).path())
        .containsExactly("a.o", "b.o");
    assertThat(((ToolCommand.ObjectFile) app.inputs().get(0)).path())
        .isSameAs(graph.node("a.o").name());
    assertThat(((ToolCommand.ObjectFile) app.inputs().get(1)).path())
        .isSameAs(graph.node("b.o").name());
    BuildModel.CompileStep a = m.compilesOf("a.o").get(0);
    assertThat(a.object()).isSameAs(graph.node("a.o").name());
    assertThat(a.source()).isSameAs(graph.node("a.c").name());
    // c.o is no prerequisite: as the command names it
    BuildModel.LinkStep lib = m.links().get(1);
    assertThat(lib.inputs()).extracting(i -> ((ToolCommand.ObjectFile) i).path())
        .containsExactly("a.o", "c.o");
    assertThat(((ToolCommand.ObjectFile) lib.inputs().get(0)).path())
        .isSameAs(graph.node("lib.so").rules().get(0).prerequisites().get(0).name());
  }
}
