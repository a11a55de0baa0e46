package dev.makelint.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's trace of lines and of include attempts, which the hygiene checks read. */
class ReadLinesTest {

  private static MakeDatabase read(Path dir) {
    EvalOptions o = new EvalOptions(dir, List.of(), List.of(), List.of(), Map.of(), List.of(),
        false, false, false, Platform.parse("linux-x86_64"), Limits.DEFAULT);
    Platform p = Platform.parse("linux-x86_64");
    return Evaluator.evaluate(o, new SafeShellRunner(p), FileSystemView.READ_ONLY);
  }

  @Test
  void everyLogicalLineIsTracedWithHowItWasRead(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Makefile"), """
        X = 1
        all: a \\
          b
        \t@echo $(X)
        # a comment is not traced

        ifdef NOPE
        Y = 2
        endif
        define BODY
        text
        endef
        $(eval c: ; @echo c)
        t: V = 1
        export X
        """);
    MakeDatabase db = read(dir);
    assertThat(db.fatal()).isNull();
    assertThat(db.readLines()).extracting(l -> l.location().line() + " " + l.kind()
        + (l.fromEval() ? " eval" : "")).containsExactly(
            "1 ASSIGNMENT", "2 RULE", "4 RECIPE", "7 CONDITIONAL", "8 SKIPPED",
            "9 CONDITIONAL", "10 DEFINE", "11 DEFINE_BODY", "12 DEFINE_BODY", "13 RULE eval",
            "13 OTHER", "14 TARGET_VARIABLE", "15 EXPORT");
    ReadLine rule = db.readLines().get(1);
    assertThat(rule.lineCount()).isEqualTo(2);
    assertThat(rule.text()).isEqualTo("all: a \\\n  b");
  }

  @Test
  void includeAttemptsRecordWhatBecameOfEachFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("main.c"), "");
    Files.writeString(dir.resolve("here.mk"), "");
    Files.writeString(dir.resolve("Makefile"), """
        include here.mk
        -include absent.mk
        include main.d
        include nowhere.mk
        all: ; @true
        %.d: %.c
        \t$(CC) -MM $< > $@
        """);
    MakeDatabase db = read(dir);
    assertThat(db.includeAttempts()).extracting(a -> a.name() + " " + a.outcome())
        .containsExactly("here.mk READ", "absent.mk MISSING", "main.d MISSING_WITH_RULE",
            "nowhere.mk MISSING");
    // make stops on nowhere.mk, but only after reading everything
    assertThat(db.fatal()).isNotNull();
    assertThat(db.fatal().getMessage()).isEqualTo("No rule to make target 'nowhere.mk'");
    assertThat(db.readCompletely()).isTrue();
    assertThat(db.target("all")).isNotNull();
  }
}
