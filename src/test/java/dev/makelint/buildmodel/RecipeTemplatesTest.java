package dev.makelint.buildmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.makelint.checks.LintFixtures;
import dev.makelint.evaluation.EvalOptions;
import dev.makelint.evaluation.Evaluator;
import dev.makelint.evaluation.FileSystemView;
import dev.makelint.evaluation.Limits;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.Platform;
import dev.makelint.evaluation.RealFilesView;
import dev.makelint.evaluation.SafeShellRunner;
import dev.makelint.rulegraph.RuleGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recipe lines filled in from templates give the model that expanding each line gives: the same
 * steps, expansion errors and references to unset variables, in the same order.
 */
class RecipeTemplatesTest {
  @TempDir Path dir;

  private static final int NEVER = Integer.MAX_VALUE;
  private static final Pattern ARGS = Pattern.compile("(?m)^#\\s*(?:make-)?args:\\s*(.+)$");

  /** A model built with templates made after {@code templateAfter} expansions, and its text. */
  private record Built(List<String> text, int filled) {}

  private Built build(Path workDir, List<String> args, int templateAfter) {
    List<String> vars = new ArrayList<>();
    List<String> goals = new ArrayList<>();
    for (String a : args) {
      (a.indexOf('=') > 0 ? vars : goals).add(a);
    }
    EvalOptions o = new EvalOptions(workDir, List.of(), List.of(), vars,
        Map.of("PATH", "/usr/bin:/bin"), goals, false, false, false,
        Platform.parse("linux-x86_64"), Limits.DEFAULT);
    MakeDatabase db = Evaluator.evaluate(o, new SafeShellRunner(o.platform()),
        FileSystemView.READ_ONLY);
    List<String> text = new ArrayList<>();
    if (db.fatal() != null && !db.readCompletely()) {
      text.add("fatal " + db.fatal().getMessage());
      return new Built(text, 0);
    }
    int notesBefore = db.undefinedReferenceDetails().size();
    BuildModel m;
    try {
      m = BuildModel.build(db, RuleGraph.build(db, workDir, goals), 3, templateAfter);
    } catch (RuntimeException e) {
      text.add("failed " + e);
      return new Built(text, 0);
    }
    for (BuildModel.CompileStep c : m.compiles()) {
      text.add("compile " + c.source() + " -> " + c.object() + " " + origin(c.origin()));
    }
    for (BuildModel.LinkStep l : m.links()) {
      text.add("link " + l.output() + " " + l.inputs() + " " + origin(l.origin()));
    }
    for (BuildModel.ArchiveStep a : m.archives()) {
      text.add("archive " + a.archive() + " " + a.members() + " " + origin(a.origin()));
    }
    for (BuildModel.SubMake s : m.subMakes()) {
      text.add("make " + s.argv() + " in " + s.workingDir() + " " + origin(s.origin()));
    }
    for (BuildModel.ExpansionError e : m.expansionErrors()) {
      text.add("error " + e.node().name() + " " + e.recipeLine() + " " + e.error().getMessage());
    }
    List<MakeDatabase.UndefinedReference> notes = db.undefinedReferenceDetails();
    for (MakeDatabase.UndefinedReference u : notes.subList(notesBefore, notes.size())) {
      text.add("unset " + u.name() + " at " + u.at() + " within "
          + (u.within() == null ? null : u.within().name()) + " tested " + u.tested()
          + " computed " + u.computed());
    }
    for (var d : db.diagnostics()) {
      text.add("diagnostic " + d);
    }
    return new Built(text, m.templatesFilled());
  }

  private static String origin(BuildModel.Origin o) {
    return "(" + o.node().name() + " " + o.recipeLine() + ")";
  }

  @Test
  void everyFixtureGivesTheSameModelWithTemplatesAsWithout() throws IOException {
    List<Path> fixtures = new ArrayList<>();
    for (String root : List.of("src/test/resources/fixtures/checks",
        "src/test/resources/fixtures/db")) {
      try (Stream<Path> areas = Files.list(Path.of(root))) {
        for (Path area : areas.filter(Files::isDirectory).sorted().toList()) {
          try (Stream<Path> files = Files.list(area)) {
            fixtures.addAll(files.filter(p -> p.toString().endsWith(".mk")).sorted().toList());
          }
        }
      }
    }
    assertThat(fixtures).hasSizeGreaterThan(300);
    int filledAtOnce = 0;
    int filledSecond = 0;
    int fixturesFilled = 0;
    for (Path fixture : fixtures) {
      Path work = Files.createTempDirectory(dir, "fx");
      String text = Files.readString(fixture);
      Files.writeString(work.resolve("Makefile"), text);
      LintFixtures.createListedFiles(work, text);
      List<String> args = new ArrayList<>();
      Matcher a = ARGS.matcher(text);
      while (a.find()) {
        args.addAll(List.of(a.group(1).strip().split("\\s+")));
      }
      Built never = build(work, args, NEVER);
      Built atOnce = build(work, args, 0);
      Built second = build(work, args, 1);
      assertThat(atOnce.text()).as("%s, templates at once", fixture).isEqualTo(never.text());
      assertThat(second.text()).as("%s, templates at the second", fixture)
          .isEqualTo(never.text());
      assertThat(never.filled()).isZero();
      filledAtOnce += atOnce.filled();
      filledSecond += second.filled();
      fixturesFilled += atOnce.filled() > 0 ? 1 : 0;
    }
    // the comparison means something only where templates were used
    assertThat(fixturesFilled).as("fixtures with a template filled").isGreaterThan(100);
    assertThat(filledAtOnce).isGreaterThan(filledSecond).isGreaterThan(0);
  }

  /** Objects of one pattern rule, with every kind of use of an automatic variable. */
  private static final String OBJECTS = """
      CC := cc
      CFLAGS := -O2
      a.o_NAME := special.o
      DEPFLAGS = -MMD -MF $(@:.o=.d)
      OUT = -o $@
      all: app extra
      app: a.o b.o c.o sub/d.o sub/e.o
      \t$(CC) -o $@ $^ $(UNSET_LIBS)
      %.o: %.c
      \t$(CC) $(CFLAGS) -c $< $(OUT)
      \t$(CC) $(DEPFLAGS) -c $< -o $@
      \t@mkdir -p $(@D) $(dir $@)
      \t$(if $(filter sub/%,$@),cc -c sub.c -o $@.sub,cc -c top.c -o $@.top)
      \tcc $(UNSET_FLAGS) -c $(<F) -o $*.$(^F).o
      \t$(origin @) $(value <) $(flavor @)
      \t$(info making $@)$(info plain)$(shell true)
      \tcc -c $< $(OUT:.o=.x)
      \tcc -c $< -o $($@_NAME)
      sub/%.o: CFLAGS += -Isub -DFROM=$<
      b.o: CFLAGS += -DB
      c.o: CFLAGS += $(if $@,-DC)
      XF := A
      YF = $<
      extra: p q
      p q:
      \tcc -c x.c -o out$(XF)end.o
      \tcc -c y.c -o in$(YF)end.o
      p q: XF += $<
      p q: YF += y
      """;

  @Test
  void automaticVariablesInEveryPositionGiveTheSameCommands() throws IOException {
    Files.writeString(dir.resolve("Makefile"), OBJECTS);
    Files.createDirectories(dir.resolve("sub"));
    for (String c : List.of("a.c", "b.c", "c.c", "sub/d.c", "sub/e.c")) {
      Files.writeString(dir.resolve(c), "");
    }
    Built never = build(dir, List.of(), NEVER);
    Built atOnce = build(dir, List.of(), 0);
    assertThat(atOnce.text()).isEqualTo(never.text());
    assertThat(never.text()).contains(
        "compile sub/d.c -> sub/d.o (sub/d.o Makefile:10)",
        "compile sub.c -> sub/d.o.sub (sub/d.o Makefile:13)",
        "compile top.c -> a.o.top (a.o Makefile:13)",
        "compile d.c -> sub/d.d.c.o (sub/d.o Makefile:14)",
        "compile a.c -> a.x (a.o Makefile:17)",
        "compile a.c -> special.o (a.o Makefile:18)",
        "compile x.c -> outA (p Makefile:26)",
        "compile y.c -> inyend.o (q Makefile:27)");
    assertThat(never.text()).filteredOn(t -> t.startsWith("unset UNSET_FLAGS")).hasSize(5);
    assertThat(never.text()).filteredOn(t -> t.contains("plain")).hasSize(5);
    // filled in: line 14 for all five objects, line 10 for all but c.o (whose CFLAGS has $@ in a
    // function), the link, and p's and q's line 26 (their own XF text has the hole, not the
    // inherited value, so the blank does not depend on it); the other lines use $@ or $< as
    // values (in a function, a substitution reference, a computed name, the inherited part of
    // an append) or have effects
    assertThat(atOnce.filled()).isEqualTo(12);
  }

  @Test
  void aTemplateMadeBeforeAnEvalInARecipeIsNotFilledAfterIt() throws IOException {
    // make -n: cc -c a.c -o out-O1/a.o, the same for b, then out-O2/d.o and out-O2/e.o
    Files.writeString(dir.resolve("Makefile"), """
        FLAGS := -O1
        all: a.o b.o c.x d.o e.o
        %.o: %.c
        \tcc -c $< -o out$(FLAGS)/$@
        c.x:
        \t$(eval FLAGS := -O2)
        """);
    for (String c : List.of("a.c", "b.c", "d.c", "e.c")) {
      Files.writeString(dir.resolve(c), "");
    }
    List<String> expected = List.of(
        "compile a.c -> out-O1/a.o (a.o Makefile:4)",
        "compile b.c -> out-O1/b.o (b.o Makefile:4)",
        "compile d.c -> out-O2/d.o (d.o Makefile:4)",
        "compile e.c -> out-O2/e.o (e.o Makefile:4)");
    assertThat(build(dir, List.of(), NEVER).text()).isEqualTo(expected);
    Built atOnce = build(dir, List.of(), 0);
    assertThat(atOnce.text()).isEqualTo(expected);
    assertThat(atOnce.filled()).isEqualTo(4); // made for a.o, and again for d.o after the eval
    Built second = build(dir, List.of(), 1);
    assertThat(second.text()).isEqualTo(expected);
    assertThat(second.filled()).isEqualTo(2); // b.o and e.o
  }

  /**
   * A $(file >...) run by a recipe (only with --shell=run) can change what $(wildcard) sees in
   * the lines after it: make -n prints plain/a.o, plain/b.o, flagged/d.o, flagged/e.o.
   */
  @Test
  void aTemplateMadeBeforeAFileIsWrittenIsNotFilledAfterIt() throws IOException {
    Files.writeString(dir.resolve("Makefile"), """
        all: a.o b.o c.x d.o e.o
        %.o: %.c
        \tcc -c $< -o $(if $(wildcard flag.txt),flagged,plain)/$@
        c.x:
        \t$(file >flag.txt,x)
        """);
    for (String c : List.of("a.c", "b.c", "d.c", "e.c")) {
      Files.writeString(dir.resolve(c), "");
    }
    FileSystemView writing = new RealFilesView() {
      @Override
      public boolean write(Path p, String text, boolean append) throws IOException {
        Files.writeString(p, text);
        return true;
      }

      @Override
      public boolean writable() {
        return true;
      }
    };
    for (int after : new int[] {0, 1, NEVER}) {
      Files.deleteIfExists(dir.resolve("flag.txt"));
      EvalOptions o = new EvalOptions(dir, List.of(), List.of(), List.of(), Map.of(), List.of(),
          false, false, false, Platform.parse("linux-x86_64"), Limits.DEFAULT);
      MakeDatabase db = Evaluator.evaluate(o, new SafeShellRunner(o.platform()), writing);
      BuildModel m = BuildModel.build(db, RuleGraph.build(db, dir, List.of()), 3, after);
      assertThat(m.compiles()).as("template after %d", after)
          .extracting(BuildModel.CompileStep::object)
          .containsExactly("plain/a.o", "plain/b.o", "flagged/d.o", "flagged/e.o");
      assertThat(m.templatesFilled()).isEqualTo(after == 0 ? 4 : after == 1 ? 2 : 0);
    }
  }
}
