package dev.makelint.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's own rules: ids that explain themselves and never collide, documentation with
 * every section for every check, and {@code docs/checks/} exactly as generated. Run with
 * {@code -Dmakelint.writeDocs=true} to regenerate the pages after changing a check.
 */
class CatalogueTest {
  private static final Path DOCS = Path.of("docs/checks");

  @Test
  void idsAreKebabCaseAndUniqueAcrossAliasesAndGroups() {
    Set<String> names = new HashSet<>();
    for (CheckGroup g : CheckGroup.values()) {
      assertThat(names.add(g.id())).as("group %s", g.id()).isTrue();
    }
    for (Check c : Checks.all()) {
      assertThat(c.info().id()).matches("[a-z]+(-[a-z]+)+");
      assertThat(names.add(c.info().id())).as("id %s", c.info().id()).isTrue();
      for (String a : c.info().aliases()) {
        assertThat(names.add(a)).as("alias %s", a).isTrue();
      }
      assertThat(c.info().summary()).doesNotEndWith(".").isNotBlank();
    }
  }

  @Test
  void checkmakeRuleNamesAreAliases() {
    for (String name : List.of("maxbodylength", "minphony", "phonydeclared", "timestampexpanded",
        "uniquetargets")) {
      if (name.equals("uniquetargets")) {
        assertThat(Checks.find(name)).isInstanceOf(OverridingRecipe.class);
      } else if (Checks.find(name) == null) {
        continue; // added with the checkmake-parity checks
      }
      assertThat(Checks.select(name)).hasSize(1);
    }
  }

  @Test
  void unknownNamesGetASuggestion() {
    assertThatThrownBy(() -> Checks.select("overriding-recipes"))
        .hasMessageContaining("did you mean 'overriding-recipe'?");
    assertThatThrownBy(() -> Checks.select("zzzz")).hasMessageContaining("makelint rules");
    assertThat(Checks.select("build")).extracting(c -> c.info().id())
        .contains("duplicate-source-in-link", "duplicate-object-in-link");
  }

  @Test
  void everyCheckHasProseWithEverySection() {
    for (Check c : Checks.all()) {
      String prose = CheckDocs.prose(c.info());
      assertThat(prose).as("docs/%s.md resource", c.info().id()).isNotNull();
      int at = -1;
      for (String section : CheckDocs.SECTIONS) {
        int i = prose.indexOf(section + "\n");
        assertThat(i).as("%s in %s, in order", section, c.info().id()).isGreaterThan(at);
        at = i;
      }
      assertThat(prose).as("%s shows a makefile", c.info().id()).contains("```make");
    }
  }

  @Test
  void docsDirectoryIsGeneratedFromTheChecks() throws IOException {
    boolean write = Boolean.getBoolean("makelint.writeDocs");
    Set<String> expected = new HashSet<>();
    expected.add("README.md");
    check(DOCS.resolve("README.md"), CheckDocs.index(), write);
    for (Check c : Checks.all()) {
      expected.add(c.info().id() + ".md");
      check(DOCS.resolve(c.info().id() + ".md"), CheckDocs.render(c.info()), write);
    }
    try (var files = Files.list(DOCS)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("docs/checks holds a page per check and nothing else")
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  private static void check(Path page, String text, boolean write) throws IOException {
    if (write) {
      Files.createDirectories(page.getParent());
      Files.writeString(page, text);
    }
    assertThat(page).as("%s is out of date: mvn test -Dtest=CatalogueTest "
        + "-Dmakelint.writeDocs=true", page).exists();
    assertThat(Files.readString(page)).as("%s is out of date: mvn test -Dtest=CatalogueTest "
        + "-Dmakelint.writeDocs=true", page).isEqualTo(text);
  }
}
