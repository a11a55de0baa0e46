package dev.makelint.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests the comparison, the makelint JSON reader, fixture headers and known-differences.txt. */
class DifferentialComparatorTest {

  private static Db basicMake() throws IOException {
    return DifferentialMakeDbParserTest.recorded("basic");
  }

  /** make's database written in makelint's JSON shape and read back must agree with itself. */
  @Test
  void roundTripThroughMakelintJsonAgrees() throws IOException {
    Db make = basicMake();
    Db lint = MakelintJson.parse(DbJsonWriter.write(make));
    assertThat(DbComparator.compare(make, lint, true)).isEmpty();
  }

  @Test
  void handWrittenMakelintJsonIsRead() throws IOException {
    String json =
        "{\"makefiles\":[\"Makefile\"],\"defaultGoal\":\"all\","
            + "\"variables\":[{\"name\":\"CFLAGS\",\"flavor\":\"recursive\",\"origin\":\"makefile\","
            + "\"value\":\"-O2 $(EXTRA)\",\"file\":\"Makefile\",\"line\":7}],"
            + "\"targets\":[{\"name\":\"prog\",\"phony\":false,\"doubleColon\":false,\"entries\":["
            + "{\"prerequisites\":[\"a.o\",\"b.o\"],\"orderOnly\":[],\"recipe\":[\"$(CC) -o $@ $^\"],"
            + "\"recipeFile\":\"Makefile\",\"recipeLine\":30}],\"targetVariables\":[]},"
            + "{\"name\":\"b.c\",\"phony\":false,\"doubleColon\":false,\"entries\":[]}],"
            + "\"patternRules\":[{\"targets\":[\"%.o\"],\"prerequisites\":[\"%.c\"],\"orderOnly\":[],"
            + "\"recipe\":[\"$(CC) -c $< -o $@\"],\"recipeFile\":\"Makefile\",\"recipeLine\":33,\"terminal\":false}],"
            + "\"warnings\":[{\"file\":\"Makefile\",\"line\":72,\"message\":\"overriding recipe for target 'dup'\"}]}";
    Db db = MakelintJson.parse(json);
    assertThat(db.defaultGoal).isEqualTo("all");
    assertThat(db.variables.get("CFLAGS"))
        .isEqualTo(new Db.Variable("CFLAGS", "recursive", "makefile", "-O2 $(EXTRA)", "Makefile", 7));
    assertThat(db.targets).containsOnlyKeys("prog");
    assertThat(db.nonTargets).containsExactly("b.c");
    assertThat(db.targets.get("prog").entries.get(0).recipeLine()).isEqualTo(30);
    assertThat(db.patternRules.get(0).key()).isEqualTo("%.o: %.c");
    assertThat(db.warnings).containsExactly(new Db.Message("Makefile", 72, "overriding recipe for target 'dup'"));
  }

  @Test
  void eachKindOfDifferenceIsReported() throws IOException {
    Db make = basicMake();
    Db lint = MakelintJson.parse(DbJsonWriter.write(make));
    lint.defaultGoal = "prog";
    Db.Variable app = lint.variables.get("APP");
    lint.variables.put("APP", new Db.Variable("APP", "recursive", "makefile", "x", "Makefile", 1));
    lint.variables.remove("OV");
    lint.variables.put("EXTRA", new Db.Variable("EXTRA", "simple", "makefile", "", "Makefile", 40));
    Db.Target prog = lint.targets.get("prog");
    Db.Entry e = prog.entries.get(0);
    prog.entries.set(0, new Db.Entry(List.of("b.o", "a.o"), e.orderOnly(), e.recipe(), e.recipeFile(), 19));
    lint.targets.get("dc").entries.remove(1);
    lint.targets.remove("clean");
    lint.patternRules.removeIf(r -> r.targets().contains("%.t"));
    lint.warnings.clear();
    List<String> diffs = DbComparator.compare(make, lint, false);
    assertThat(app.value()).isEqualTo("x y");
    assertThat(diffs)
        .contains(
            "default goal: make \"all\", makelint \"prog\"",
            "variable APP value: make \"x y\", makelint \"x\"",
            "variable APP location: make Makefile:2, makelint Makefile:1",
            "target \"prog\" prerequisites: make [\"a.o\", \"b.o\"], makelint [\"b.o\", \"a.o\"]",
            "target \"prog\" recipe location: make Makefile:18, makelint Makefile:19",
            "target \"dc\": make has 2 entries, makelint 1",
            "warning missing in makelint: Makefile:32: overriding recipe for target 'dup'",
            "warning missing in makelint: Makefile:30: ignoring old recipe for target 'dup'")
        .anyMatch(d -> d.startsWith("variable OV: missing in makelint"))
        .anyMatch(d -> d.startsWith("variable EXTRA: not in make"))
        .anyMatch(d -> d.startsWith("target \"clean\": missing in makelint"))
        .anyMatch(d -> d.startsWith("pattern rule \"%.t %.u:: %.v\": missing in makelint"))
        .hasSize(12);
  }

  @Test
  void runtimeAndDefaultVariablesAreNotCompared() throws IOException {
    Db make = basicMake();
    Db lint = MakelintJson.parse(DbJsonWriter.write(make));
    lint.variables.remove("MAKEFLAGS");
    lint.variables.remove("CURDIR");
    lint.variables.remove("CC");
    lint.variables.remove(".DEFAULT_GOAL");
    lint.patternRules.removeIf(Db.PatternRule::builtin);
    assertThat(DbComparator.compare(make, lint, false)).isEmpty();
    lint.variables.remove("MAKEFILE_LIST");
    assertThat(DbComparator.compare(make, lint, false))
        .singleElement()
        .asString()
        .startsWith("variable MAKEFILE_LIST: missing in makelint");
  }

  @Test
  void recipeContinuationMayBeSplitOrJoined() throws IOException {
    Db make = basicMake();
    Db lint = MakelintJson.parse(DbJsonWriter.write(make));
    Db.Entry e = lint.targets.get("prog").entries.get(0);
    lint.targets.get("prog").entries.set(0, new Db.Entry(e.prerequisites(), e.orderOnly(),
        List.of("$(CC) -o $@ $^", "echo cont \\", "  inued"), e.recipeFile(), e.recipeLine()));
    assertThat(DbComparator.compare(make, lint, false)).isEmpty();
    lint.targets.get("x").entries.set(0, new Db.Entry(List.of(), List.of(), null, null, null));
    assertThat(DbComparator.compare(make, lint, false))
        .containsExactly("target \"x\" recipe: make [\"\"] at Makefile:38, makelint has none");
  }

  @Test
  void fixtureHeaderIsRead() {
    Fixture f =
        Fixture.parseHeader("a/b", Path.of("b.mk"), false, "b.mk",
            "# a comment\n# make-args: CFLAGS=-O2 -r -I inc 'X=a b'\n\n# env: NAME=some value\n"
                + "# expect-fatal: missing separator\nall:\n# make-args: ignored\n");
    assertThat(f.makeArgs()).containsExactly("CFLAGS=-O2", "-r", "-I", "inc", "X=a b");
    assertThat(f.env()).containsExactly(Map.entry("NAME", "some value"));
    assertThat(f.expectFatal()).isEqualTo("missing separator");
    assertThat(f.problem()).isNull();
    assertThat(FixtureRunner.makeCommand(f))
        .containsExactly("make", "-p", "-q", "-f", "b.mk", "CFLAGS=-O2", "-r", "-I", "inc", "X=a b", ".DEFAULT");
  }

  @Test
  void environmentMattersWhenTheFixtureNamesAVariableOfTheJvm() {
    Fixture f = Fixture.parseHeader("a/b", Path.of("x.mk"), false, "x.mk", "all:\n");
    assertThat(FixtureRunner.needsCleanEnvironment(f, Map.of("CC", "clang"))).isFalse();
    Fixture withEnv = Fixture.parseHeader("a/b", Path.of("x.mk"), false, "x.mk", "# env: A=1\nall:\n");
    assertThat(FixtureRunner.needsCleanEnvironment(withEnv, Map.of())).isTrue();
    assertThat(FixtureRunner.needsCleanEnvironment(f, Map.of("MAKEFLAGS", "-j2"))).isTrue();
  }

  @Test
  void knownDifferencesAreParsed() {
    assertThat(KnownDifferences.parse("# comment\n\narea/one   needs $(shell)\narea/two\n"))
        .containsExactly(Map.entry("area/one", "needs $(shell)"), Map.entry("area/two", "(no reason given)"));
  }
}
