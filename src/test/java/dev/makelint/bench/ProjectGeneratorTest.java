package dev.makelint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.makelint.checks.DuplicateSourceInLink;
import dev.makelint.checks.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated benchmark projects lint as intended: the injected fault and nothing else. */
class ProjectGeneratorTest {
  @TempDir Path dir;

  @Test
  void injectedDuplicateSourceIsTheOnlyFinding() throws Exception {
    ProjectGenerator.Spec spec = new ProjectGenerator.Spec(6, 10, 2, true);
    ProjectGenerator.Result r = ProjectGenerator.generate(dir, spec);
    assertThat(r.makefiles()).isEqualTo(7);
    assertThat(r.makefileBytes()).isEqualTo(sizeOfMakefiles(dir));

    List<Finding> findings = Stages.lint(Stages.options(dir, List.of()));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.check()).isEqualTo(DuplicateSourceInLink.ID);
      assertThat(f.message()).contains(r.faultySource(), r.faultyLibrary());
      assertThat(f.file()).isEqualTo("modules/mod0003/module.mk");
    });
  }

  @Test
  void withoutTheFaultTheProjectIsClean() throws Exception {
    ProjectGenerator.generate(dir, new ProjectGenerator.Spec(6, 10, 2, false));
    assertThat(Stages.lint(Stages.options(dir, List.of()))).isEmpty();
  }

  @Test
  void everyFlavourOfEveryModuleIsBuilt() throws Exception {
    ProjectGenerator.Spec spec = new ProjectGenerator.Spec(4, 5, 3, false);
    ProjectGenerator.generate(dir, spec);
    var o = Stages.options(dir, List.of());
    var db = Stages.read(o);
    var graph = Stages.graph(db, o);
    var model = Stages.model(db, graph);
    // one compile per source, module and flavour, plus main.c per flavour
    assertThat(model.compiles()).hasSize((int) spec.objects());
    // one shared library per module and flavour, plus one program per flavour
    assertThat(model.links()).hasSize(4 * 3 + 3);
  }

  private static long sizeOfMakefiles(Path dir) throws Exception {
    try (var walk = Files.walk(dir)) {
      return walk.filter(p -> p.getFileName().toString().equals("Makefile")
          || p.getFileName().toString().endsWith(".mk")).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
