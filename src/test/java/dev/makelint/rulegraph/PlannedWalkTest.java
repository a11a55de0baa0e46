package dev.makelint.rulegraph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.makelint.bench.ProjectGenerator;
import dev.makelint.evaluation.EvalOptions;
import dev.makelint.evaluation.Evaluator;
import dev.makelint.evaluation.FileSystemView;
import dev.makelint.evaluation.Limits;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.Platform;
import dev.makelint.evaluation.SafeShellRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On large inputs the walk works out every reachable name's rules on all cores first; the graph
 * must be the one the plain walk builds, node for node.
 */
class PlannedWalkTest {
  @TempDir Path dir;

  /**
   * Rules, stems, prerequisites, scopes' parents, missing files and cycles, in walk order, and
   * whether each node is the one its name looks up.
   */
  private static String dump(RuleGraph g) {
    StringBuilder b = new StringBuilder();
    for (Node n : g.nodes()) {
      b.append(n.name()).append(" <- ").append(n.reachedFrom())
          .append(g.node(n.name()) == n ? "" : " (another node by name)").append('\n');
      for (Node.Rule r : n.rules()) {
        b.append("  rule ").append(r.pattern() == null ? "explicit" : r.pattern().targets())
            .append(" stem=").append(r.stem())
            .append(" recipe=").append(r.recipe() == null ? null : r.recipe().lines())
            .append('\n');
        for (Node.Edge e : r.prerequisites()) {
          b.append("    ").append(e.orderOnly() ? "| " : "").append(e.name()).append('\n');
        }
      }
      b.append("  CFLAGS=").append(n.scope().lookup("CFLAGS") == null ? null
          : n.scope().lookup("CFLAGS").value()).append('\n');
    }
    b.append("not reached: ").append(g.node("not/reached/anywhere.o")).append('\n');
    g.missing().forEach(m -> b.append("missing ").append(m).append('\n'));
    g.cycles().forEach(c -> b.append("cycle ").append(c).append('\n'));
    return b.toString();
  }

  private static void assertSameBothWays(MakeDatabase db, Path workDir) {
    String plain = dump(RuleGraph.build(db, workDir, List.of(), Integer.MAX_VALUE));
    String planned = dump(RuleGraph.build(db, workDir, List.of(), 0));
    assertThat(planned).isEqualTo(plain);
  }

  @Test
  void intermediateFilesMissingFilesCyclesAndDoubleColonRules() throws Exception {
    MakeDatabase db = RuleGraphTest.read(dir, String.join("\n",
        "all: prog docs loop",
        "prog: parse.o lex.o util.o gone.o",
        "\t$(CC) $^ -o $@",
        "prog: CFLAGS += -O2",
        "util.o: util.h",
        "u%.o: CFLAGS += -DU",
        "docs:: a.txt",
        "\t@echo one",
        "docs:: b.txt",
        "\t@echo two",
        "loop: loop2",
        "loop2: loop",
        ".PHONY: all docs",
        "%.txt: %.md",
        "\tcp $< $@",
        ""), "parse.y", "lex.l", "util.c", "util.h", "a.md", "b.md");
    RuleGraph plain = RuleGraph.build(db, dir, List.of(), Integer.MAX_VALUE);
    // the case covers what it means to: an intermediate chain, a missing file, a cycle and a
    // pattern-specific variable
    assertThat(plain.node("parse.c")).isNotNull();
    assertThat(plain.node("util.o").scope().lookup("CFLAGS").value()).contains("-DU");
    assertThat(plain.missing()).extracting(Missing::name).contains("gone.o");
    assertThat(plain.cycles()).isNotEmpty();
    assertSameBothWays(db, dir);
  }

  @Test
  void generatedProject() throws Exception {
    // 600 objects: a level of more than two of the plan's chunks, taken by several threads
    ProjectGenerator.Result p =
        ProjectGenerator.generate(dir, new ProjectGenerator.Spec(12, 25, 2, true));
    EvalOptions o = new EvalOptions(p.dir(), List.of(), List.of(), List.of(), Map.of(),
        List.of(), false, false, false, Platform.parse("linux-x86_64"), Limits.DEFAULT);
    MakeDatabase db =
        Evaluator.evaluate(o, new SafeShellRunner(o.platform()), FileSystemView.READ_ONLY);
    RuleGraph plain = RuleGraph.build(db, p.dir(), List.of(), Integer.MAX_VALUE);
    assertThat(plain.nodes().size()).isGreaterThan(900);
    assertSameBothWays(db, p.dir());
  }
}
