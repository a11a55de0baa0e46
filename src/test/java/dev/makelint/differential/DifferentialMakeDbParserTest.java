package dev.makelint.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link MakeDbParser} on {@code make -p} outputs recorded from GNU make 4.3 (see
 * {@code src/test/resources/differential/record.sh}), independently of makelint.
 */
class DifferentialMakeDbParserTest {

  static Db recorded(String name) throws IOException {
    Path dir = DifferentialDbTest.projectDir().resolve("src/test/resources/differential").resolve(name);
    return MakeDbParser.parse(
        Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void variablesKeepFlavorOriginValueAndLastAssignment() throws IOException {
    Db db = recorded("basic");
    assertThat(db.databaseCount).isEqualTo(1);
    assertThat(db.variables.get("APP"))
        .isEqualTo(new Db.Variable("APP", "recursive", "makefile", "x y", "Makefile", 2));
    assertThat(db.variables.get("OV"))
        .isEqualTo(new Db.Variable("OV", "recursive", "override", "ov", "Makefile", 14));
    assertThat(db.variables.get("CL"))
        .isEqualTo(new Db.Variable("CL", "recursive", "command line", "cmd", null, null));
    assertThat(db.variables.get("MAKEFILE_LIST").value()).isEqualTo("Makefile");
    assertThat(db.variables.get("CC").origin()).isEqualTo("default");
    assertThat(db.defaultGoal).isEqualTo("all");
  }

  @Test
  void printingTrapsOfValuesAreUndone() throws IOException {
    Db db = recorded("basic");
    // simple: '$' is printed doubled
    assertThat(db.variables.get("S").value()).isEqualTo("a$$b");
    assertThat(db.variables.get("S").flavor()).isEqualTo("simple");
    // simple with a newline: printed without a define wrapper, continuation raw
    assertThat(db.variables.get("DS"))
        .isEqualTo(new Db.Variable("DS", "simple", "makefile", "l1\nl2", "Makefile", 10));
    // recursive with a newline: define block, nested define/endef kept as text
    assertThat(db.variables.get("MULTI"))
        .isEqualTo(
            new Db.Variable(
                "MULTI", "recursive", "makefile", "line1 $(APP)\n  define inner\n  endef\nline2", "Makefile", 4));
    // whitespace-only values are printed as $(subst ,, )
    assertThat(db.variables.get("WS").value()).isEqualTo(" ");
    assertThat(db.variables.get("SPACE").value()).isEqualTo(" ");
    // the variable after a multi-line one is still read
    assertThat(db.variables.get("MAKE_COMMAND").value()).isEqualTo("make");
  }

  @Test
  void filesGiveMergedEntriesRecipesAndFlags() throws IOException {
    Db db = recorded("basic");
    Db.Target prog = db.targets.get("prog");
    assertThat(prog.entries).containsExactly(
        new Db.Entry(
            List.of("a.o", "b.o"), List.of(), List.of("$(CC) -o $@ $^", "echo cont \\\n  inued"), "Makefile", 18));
    Db.Target all = db.targets.get("all");
    assertThat(all.phony).isTrue();
    assertThat(all.entries.get(0).orderOnly()).containsExactly("outdir");
    assertThat(all.entries.get(0).recipe()).isNull();
    Db.Target dc = db.targets.get("dc");
    assertThat(dc.doubleColon).isTrue();
    assertThat(dc.entries).extracting(Db.Entry::prerequisites).containsExactly(List.of("one"), List.of("two"));
    assertThat(dc.entries).extracting(Db.Entry::recipeLine).containsExactly(25, 27);
    assertThat(db.targets.get("clean").entries.get(0).recipe()).containsExactly(" rm -f *.o");
    assertThat(db.targets.get("dup").entries.get(0).recipe()).containsExactly("echo second");
    assertThat(db.targets.get("dup").entries.get(0).recipeLine()).isEqualTo(32);
    assertThat(db.targets.get("x").entries.get(0).recipe()).containsExactly("");
  }

  @Test
  void notATargetEntriesAreSetApart() throws IOException {
    Db db = recorded("basic");
    assertThat(db.targets).doesNotContainKeys("a.o", "one", "Makefile", ".DEFAULT", ".c.o", "outdir");
    assertThat(db.nonTargets).contains("a.o", "one", "Makefile", ".DEFAULT");
    assertThat(db.targets).containsKeys(".PHONY");
    assertThat(db.targets.get(".PHONY").entries.get(0).prerequisites()).containsExactly("all", "clean");
  }

  @Test
  void patternRulesAndWarnings() throws IOException {
    Db db = recorded("basic");
    assertThat(db.patternRules.stream().filter(r -> !r.builtin()))
        .containsExactly(
            new Db.PatternRule(List.of("%.o"), List.of("%.c"), List.of(), List.of("cc -c $<"), "Makefile", 23, false),
            new Db.PatternRule(List.of("%.t", "%.u"), List.of("%.v"), List.of(), List.of("gen $*"), "Makefile", 35, true));
    assertThat(db.patternRules.stream().filter(Db.PatternRule::builtin).count()).isGreaterThan(80);
    assertThat(db.warnings)
        .containsExactly(
            new Db.Message("Makefile", 32, "overriding recipe for target 'dup'"),
            new Db.Message("Makefile", 30, "ignoring old recipe for target 'dup'"));
    assertThat(db.fatalErrors).isEmpty();
  }

  @Test
  void recipePrefixSwitchesAreFollowed() throws IOException {
    Db db = recorded("recipeprefix");
    assertThat(db.variables.get(".RECIPEPREFIX").value()).isEqualTo(">");
    assertThat(db.targets.get("y").entries.get(0).recipe()).containsExactly("echo a", "", "echo b");
    assertThat(db.targets.get("w").entries.get(0).recipe()).containsExactly("echo w");
    assertThat(db.targets.get("v").entries.get(0).recipe()).containsExactly("echo v");
    assertThat(db.targets.get("x").entries.get(0).recipe()).containsExactly("");
    // implicit rules are printed with the final global prefix
    Db.PatternRule q = db.patternRules.get(0);
    assertThat(q.targets()).containsExactly("%.q");
    assertThat(q.orderOnly()).containsExactly("oo");
    assertThat(q.recipe()).containsExactly("pat");
    // builtin recipes are printed with a tab, after a switch line
    assertThat(db.nonTargets).contains(".c.o");
  }

  @Test
  void targetSpecificVariablesAreAttached() throws IOException {
    Db db = recorded("recipeprefix");
    assertThat(db.targets).doesNotContainKey("z");
    Db basic = recorded("basic");
    assertThat(basic.targets).doesNotContainKey("a.o");
    // z is "Not a target"; attach-to-target is checked through the parser on a synthetic entry
    Db synthetic =
        MakeDbParser.parse(
            "# GNU Make 4.3\n# Variables\n\n# makefile\nMAKEFLAGS = q\n# variable set hash-table stats:\n"
                + "# Files\n\n# makefile (from 'M', line 3)\nt: V := a$$$$b\nt: p\n"
                + "#  Implicit rule search has not been done.\n# variable set hash-table stats:\n# Load=1\n\n"
                + "# files hash-table stats:\n# Finished Make data base\n",
            "");
    assertThat(synthetic.targets.get("t").targetVariables)
        .containsExactly(new Db.Variable("V", "simple", "makefile", "a$$b", "M", 3));
    assertThat(synthetic.targets.get("t").entries.get(0).prerequisites()).containsExactly("p");
  }

  @Test
  void lastDatabaseBlockWinsAfterReexec() throws IOException {
    Db db = recorded("reexec");
    assertThat(db.databaseCount).isEqualTo(2);
    assertThat(db.preamble).contains("echo \"X = 1\" > gen.mk");
    assertThat(db.variables.get("X"))
        .isEqualTo(new Db.Variable("X", "recursive", "makefile", "1", "gen.mk", 1));
    assertThat(db.variables.get("MAKE_RESTARTS").value()).isEqualTo("1");
  }

  @Test
  void fatalErrorIsReadFromStderrAndPartialDatabaseKept() throws IOException {
    Db db = recorded("fatal");
    assertThat(db.fatalErrors).containsExactly(new Db.Message("Makefile", 4, "missing separator"));
    assertThat(db.variables).containsKey("A").doesNotContainKey("B");
  }

  @Test
  void stderrWithoutDatabaseStillGivesErrors() {
    Db db =
        MakeDbParser.parse(
            "",
            "make: *** No rule to make target '.DEFAULT'.  Stop.\n"
                + "make: *** .DEFAULT_GOAL contains more than one target.  Stop.\n");
    assertThat(db.databaseCount).isZero();
    assertThat(db.fatalErrors)
        .containsExactly(new Db.Message(null, null, ".DEFAULT_GOAL contains more than one target"));
  }

  @Test
  void ruleLineSplitsNameAtTheRuleColon() {
    assertThat(MakeDbParser.RuleLine.parse("a:b: c | d e"))
        .isEqualTo(new MakeDbParser.RuleLine("a:b", false, List.of("c"), List.of("d", "e")));
    assertThat(MakeDbParser.RuleLine.parse("dc:: one"))
        .isEqualTo(new MakeDbParser.RuleLine("dc", true, List.of("one"), List.of()));
    assertThat(MakeDbParser.RuleLine.parse("x:"))
        .isEqualTo(new MakeDbParser.RuleLine("x", false, List.of(), List.of()));
  }

  @Test
  void recipeContinuationNeedsAnOddNumberOfBackslashes() {
    assertThat(MakeDbParser.endsWithOddBackslashes("a \\")).isTrue();
    assertThat(MakeDbParser.endsWithOddBackslashes("a \\\\")).isFalse();
    assertThat(MakeDbParser.endsWithOddBackslashes("a")).isFalse();
  }
}
