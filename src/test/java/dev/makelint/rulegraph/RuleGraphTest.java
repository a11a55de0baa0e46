package dev.makelint.rulegraph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.makelint.evaluation.EvalOptions;
import dev.makelint.evaluation.Evaluator;
import dev.makelint.evaluation.FileSystemView;
import dev.makelint.evaluation.Limits;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.Platform;
import dev.makelint.evaluation.SafeShellRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleGraphTest {
  @TempDir Path dir;

  static MakeDatabase read(Path dir, String makefile, String... files) throws Exception {
    Files.writeString(dir.resolve("Makefile"), makefile);
    for (String f : files) {
      Path p = dir.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "");
    }
    EvalOptions o = new EvalOptions(dir, List.of(), List.of(), List.of(), Map.of(), List.of(),
        false, false, false, Platform.parse("linux-x86_64"), Limits.DEFAULT);
    return Evaluator.evaluate(o, new SafeShellRunner(o.platform()), FileSystemView.READ_ONLY);
  }

  private RuleGraph graph(String makefile, String... files) throws Exception {
    return RuleGraph.build(read(dir, makefile, files), dir, List.of());
  }

  @Test
  void builtinRuleMakesAnObjectFromAnExistingSource() throws Exception {
    RuleGraph g = graph("prog: a.o\n\t$(CC) $^ -o $@\n", "a.c");
    Node a = g.node("a.o");
    assertThat(a.rules()).singleElement().satisfies(r -> {
      assertThat(r.pattern()).isNotNull();
      assertThat(r.pattern().targets()).containsExactly("%.o");
      assertThat(r.stem()).isEqualTo("a");
      assertThat(r.prerequisites()).extracting(Node.Edge::name).containsExactly("a.c");
    });
    assertThat(g.missing()).isEmpty();
  }

  @Test
  void userPatternRuleWinsAndKeepsTheDirectoryInTheStem() throws Exception {
    RuleGraph g = graph("prog: src/a.o\n\t$(CC) $^ -o $@\n%.o: %.cpp\n\t$(CXX) -c $< -o $@\n",
        "src/a.cpp");
    Node.Rule r = g.node("src/a.o").rules().get(0);
    assertThat(r.pattern().builtin()).isFalse();
    assertThat(r.stem()).isEqualTo("src/a");
    assertThat(r.prerequisites()).extracting(Node.Edge::name).containsExactly("src/a.cpp");
  }

  @Test
  void missingSourceMeansNoRuleAndIsReportedWithTheNeedingTarget() throws Exception {
    RuleGraph g = graph("prog: a.o b.o\n\t$(CC) $^ -o $@\n", "a.c");
    assertThat(g.missing()).singleElement().satisfies(m -> {
      assertThat(m.name()).isEqualTo("b.o");
      assertThat(m.neededBy()).isEqualTo("prog");
      assertThat(m.location().line()).isEqualTo(1);
    });
  }

  /**
   * make's implicit rule search reads directories, so a dangling symbolic link is a source that
   * exists: %.o: %.c is chosen, and then the source itself cannot be made. GNU make is asked too.
   */
  @Test
  void danglingLinkIsASourceForTheSearchAndThenMissing() throws Exception {
    Files.createSymbolicLink(dir.resolve("b.c"), dir.resolve("moved-away.c"));
    RuleGraph g = graph("prog: a.o b.o\n\t$(CC) $^ -o $@\n", "a.c");
    assertThat(g.node("b.o").rules()).singleElement()
        .satisfies(r -> assertThat(r.pattern().targets()).containsExactly("%.o"));
    assertThat(g.missing()).singleElement().satisfies(m -> {
      assertThat(m.name()).isEqualTo("b.c");
      assertThat(m.neededBy()).isEqualTo("b.o");
      // the built-in rule has no line: the finding points where b.o was needed
      assertThat(m.location().line()).isEqualTo(1);
    });
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/make")), "GNU make is not here");
    Process make = new ProcessBuilder("make", "-n").directory(dir.toFile())
        .redirectErrorStream(true).start();
    String said = new String(make.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(make.waitFor()).isEqualTo(2);
    assertThat(said).contains("No rule to make target 'b.c', needed by 'b.o'");
  }

  /**
   * A source checked out of RCS: the terminal rule %:: RCS/%,v applies where an RCS directory
   * holds the file (at the top and in a subdirectory), and nowhere else. make -n -k prints the
   * two checkouts (and fails on them where co is not installed).
   */
  @Test
  void sourcesCheckedOutOfRcsDirectories() throws Exception {
    RuleGraph g = graph("prog: x.o src/y.o z.o\n\t$(CC) $^ -o $@\n", "RCS/x.c,v",
        "src/RCS/y.c,v", "z.c");
    assertOnlyPrerequisite(g, "x.c", "RCS/x.c,v");
    assertOnlyPrerequisite(g, "src/y.c", "src/RCS/y.c,v");
    assertThat(g.node("z.c").rules()).isEmpty();
    assertThat(g.missing()).isEmpty();
    assertThat(makeDryRunKeepGoing()).contains("RCS/x.c,v x.c", "src/RCS/y.c,v src/y.c")
        .doesNotContain("z.c,v");
  }

  /**
   * Sources checked out of a ",v" file or an "s." file beside them (the terminal rules %:: %,v
   * and %:: s.%), where the listing of their directory is what decides: src also holds another
   * ",v" file, so the search there must look the wanted name up, while q.c's directory has none.
   */
  @Test
  void sourcesCheckedOutOfFilesBesideThem() throws Exception {
    RuleGraph g = graph("prog: w.o src/v.o q.o\n\t$(CC) $^ -o $@\n", "w.c,v", "src/s.v.c",
        "src/other.c,v", "q.c");
    assertOnlyPrerequisite(g, "w.c", "w.c,v");
    assertOnlyPrerequisite(g, "src/v.c", "src/s.v.c");
    assertThat(g.node("q.c").rules()).isEmpty();
    assertThat(g.missing()).isEmpty();
    assertThat(makeDryRunKeepGoing()).contains("w.c,v w.c", "src/s.v.c").doesNotContain("q.c,v");
  }

  /** The node {@code name} has one rule, whose one prerequisite is {@code prerequisite}. */
  private static void assertOnlyPrerequisite(RuleGraph g, String name, String prerequisite) {
    assertThat(g.node(name).rules()).as(name).singleElement().satisfies(r -> assertThat(
        r.prerequisites()).extracting(Node.Edge::name).containsExactly(prerequisite));
  }

  /**
   * What make -n -k prints in the test's directory (it fails on checkouts where co or get is not
   * installed, and goes on); the test stops here, skipped, where GNU make is not installed.
   */
  private String makeDryRunKeepGoing() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/make")), "GNU make is not here");
    Process make = new ProcessBuilder("make", "-n", "-k").directory(dir.toFile())
        .redirectErrorStream(true).start();
    String said = new String(make.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    make.waitFor();
    return said;
  }

  /**
   * make rejects a pattern rule whose order-only prerequisite can be neither found nor made, and
   * keeps it order-only when it can (make -n: "touch x.stamp", then the compile).
   */
  @Test
  void orderOnlyPrerequisitesOfPatternRulesAreSearchedAndKept() throws Exception {
    String rule = "all: out/x.o\nout/%.o: src/%.c | %.stamp\n\tcc -c $< -o $@\n";
    RuleGraph without = graph(rule, "src/x.c");
    assertThat(without.node("out/x.o").rules()).isEmpty();
    assertThat(without.missing()).extracting(Missing::name).containsExactly("out/x.o");

    RuleGraph with = graph(rule + "%.stamp:\n\ttouch $@\n", "src/x.c");
    assertThat(with.node("out/x.o").rules()).singleElement().satisfies(r -> assertThat(
        r.prerequisites()).extracting(Node.Edge::name, Node.Edge::orderOnly).containsExactly(
            org.assertj.core.groups.Tuple.tuple("src/x.c", false),
            org.assertj.core.groups.Tuple.tuple("x.stamp", true)));
    assertThat(with.missing()).isEmpty();
  }

  @Test
  void staticPatternStemAndExplicitPrerequisitesAreKept() throws Exception {
    RuleGraph g = graph("all: x.o y.o\nx.o y.o: %.o: %.c\n\t$(CC) -c $< -o $@\n", "x.c", "y.c");
    assertThat(g.node("y.o").rules().get(0).stem()).isEqualTo("y");
    assertThat(g.node("y.o").rules().get(0).pattern()).isNull();
  }

  @Test
  void doubleColonTargetsKeepOneRulePerEntry() throws Exception {
    RuleGraph g = graph("all:: a\n\t@echo 1\nall:: b\n\t@echo 2\na b:\n");
    assertThat(g.node("all").rules()).hasSize(2);
    assertThat(g.node("a")).isNotNull();
    assertThat(g.node("b")).isNotNull();
  }

  @Test
  void cyclesAreRecordedWithoutLooping() throws Exception {
    RuleGraph g = graph("a: b\n\t@true\nb: c\n\t@true\nc: a\n\t@true\n");
    assertThat(g.cycles()).singleElement()
        .satisfies(c -> assertThat(c.path()).containsExactly("a", "b", "c", "a"));
    assertThat(g.nodes()).extracting(Node::name).containsExactly("a", "b", "c");
  }

  @Test
  void targetVariablesAreInheritedByPrerequisites() throws Exception {
    MakeDatabase db = read(dir, "X = global\nprog: X = fromprog\nprog: a.o\n\t@true\n"
        + "%.o: X += pat\na.o:\n\t@true\n");
    RuleGraph g = RuleGraph.build(db, dir, List.of());
    Node a = g.node("a.o");
    assertThat(db.expand("$(X)", a.scope(), null)).isEqualTo("fromprog pat");
    assertThat(db.expand("$(X)", db.globals(), null)).isEqualTo("global");
  }

  @Test
  void phonyTargetsAreNotSearchedAndNotMissing() throws Exception {
    RuleGraph g = graph(".PHONY: all clean\nall: clean\nclean:\n\trm -f x\n");
    assertThat(g.missing()).isEmpty();
    assertThat(g.node("clean").rules().get(0).pattern()).isNull();
  }

  @Test
  void patternMatchingWithDirectories() {
    assertThat(Patterns.stem("%.o", "a.o")).isEqualTo("a");
    assertThat(Patterns.stem("lib%.a", "libx.a")).isEqualTo("x");
    assertThat(Patterns.stem("%.o", "a.c")).isNull();
    Patterns.DirStem ds = Patterns.stemWithDir("%.o", "d/e/a.o");
    assertThat(ds.stem()).isEqualTo("d/e/a");
    assertThat(Patterns.substitute("%.c", ds)).isEqualTo("d/e/a.c");
    assertThat(Patterns.substitute("common.h", ds)).isEqualTo("common.h");
  }
}
