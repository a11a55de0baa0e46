package dev.makelint.buildmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.makelint.evaluation.EvalOptions;
import dev.makelint.evaluation.Evaluator;
import dev.makelint.evaluation.FileSystemView;
import dev.makelint.evaluation.Limits;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.Platform;
import dev.makelint.evaluation.SafeShellRunner;
import dev.makelint.rulegraph.Node;
import dev.makelint.rulegraph.RuleGraph;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every automatic variable and its D and F forms, in the recipe scope the build model expands
 * recipes in, against what GNU make prints for the same recipes with {@code -n}.
 */
class AutomaticVariablesTest {
  @TempDir Path dir;

  private static final String ALL = "[$@][$<][$^][$+][$|][$*]"
      + "[$(@D)][$(@F)][$(<D)][$(<F)][$(^D)][$(^F)][$(+D)][$(+F)][$(|D)][$(|F)][$(*D)][$(*F)]";

  private static final String MAKEFILE = "all: out/sub/x.o top.o bare sub/y.q d/libz.a\n"
      // a pattern rule with a directory in the stem, repeated and order-only prerequisites
      + "out/%.o: src/%.c inc/a.h inc/a.h lib/b.h | outdir tmp/stage\n"
      + "\t@echo '" + ALL + "'\n"
      // patterns without a slash: the directory goes in front of the stem; with text before
      // the '%' the stem is not one piece of the target's name
      + "%.q: %.c\n"
      + "\t@echo '" + ALL + "'\n"
      + "lib%.a: %.c\n"
      + "\t@echo '" + ALL + "'\n"
      // an explicit rule: $* is the target less a known suffix
      + "top.o: top.c inc/a.h\n"
      + "\t@echo '" + ALL + "'\n"
      // no prerequisites at all
      + "bare:\n"
      + "\t@echo '" + ALL + "'\n"
      + "outdir tmp/stage:\n";

  @Test
  void matchGnuMake() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/make")), "GNU make is not here");
    for (String f : List.of("src/sub/x.c", "top.c", "inc/a.h", "lib/b.h", "sub/y.c", "d/z.c")) {
      Files.createDirectories(dir.resolve(f).getParent());
      Files.writeString(dir.resolve(f), "");
    }
    Files.writeString(dir.resolve("Makefile"), MAKEFILE);

    List<String> ours = new ArrayList<>();
    EvalOptions o = new EvalOptions(dir, List.of(), List.of(), List.of(), Map.of(), List.of(),
        false, false, false, Platform.parse("linux-x86_64"), Limits.DEFAULT);
    MakeDatabase db = Evaluator.evaluate(o, new SafeShellRunner(o.platform()),
        FileSystemView.READ_ONLY);
    RuleGraph graph = RuleGraph.build(db, dir, List.of());
    for (String target : List.of("out/sub/x.o", "top.o", "bare", "sub/y.q", "d/libz.a")) {
      Node node = graph.node(target);
      Node.Rule rule = node.rulesWithRecipe().get(0);
      String line = rule.recipe().lines().get(0);
      String expanded = db.expand(line, BuildModel.recipeScope(node, rule, List.of(".o", ".c")),
          rule.recipe().lineLocation(0));
      ours.add(expanded.substring(expanded.indexOf('[')).replace("'", ""));
    }

    Process make = new ProcessBuilder("make", "-n", "all").directory(dir.toFile())
        .redirectErrorStream(true).start();
    String printed = new String(make.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(make.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> theirs = printed.lines().filter(l -> l.startsWith("echo '"))
        .map(l -> l.substring("echo '".length(), l.length() - 1)).toList();

    assertThat(ours).containsExactlyElementsOf(theirs);
    // and what GNU make says, spelled out for the reader: $| has no D and F forms
    assertThat(ours.get(0)).isEqualTo("[out/sub/x.o][src/sub/x.c][src/sub/x.c inc/a.h lib/b.h]"
        + "[src/sub/x.c inc/a.h inc/a.h lib/b.h][outdir tmp/stage][sub/x][out/sub][x.o]"
        + "[src/sub][x.c][src/sub inc lib][x.c a.h b.h][src/sub inc inc lib][x.c a.h a.h b.h]"
        + "[][][sub][x]");
    assertThat(ours.get(3)).contains("[sub/y]");
    assertThat(ours.get(4)).contains("[d/z]");
  }
}
