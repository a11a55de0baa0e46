package dev.makelint.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.makelint.evaluation.EvalOptions;
import dev.makelint.evaluation.Evaluator;
import dev.makelint.evaluation.FileSystemView;
import dev.makelint.evaluation.Limits;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.Platform;
import dev.makelint.evaluation.SafeShellRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fatal reading errors become findings with make's message, a check id and a real column. */
class FatalErrorsTest {
  @TempDir Path dir;

  private Finding fatal(String makefile) throws Exception {
    Files.writeString(dir.resolve("Makefile"), makefile);
    EvalOptions opts = new EvalOptions(dir, List.of(), List.of(), List.of(),
        Map.of("PATH", "/usr/bin:/bin"), List.of(), false, false, false,
        Platform.parse("linux-x86_64"), Limits.DEFAULT);
    MakeDatabase db = Evaluator.evaluate(opts, new SafeShellRunner(opts.platform()),
        FileSystemView.READ_ONLY);
    return FatalErrors.of(db, dir);
  }

  private static String where(Finding f) {
    return f.file() + ":" + f.line() + ":" + f.column() + " [" + f.check() + "] "
        + f.message();
  }

  @Test
  void spacesInsteadOfTabPointAtTheFirstSpaceAndKeepMakesHint() throws Exception {
    assertThat(where(fatal("all:\n        echo hi\n"))).isEqualTo("Makefile:2:1 "
        + "[missing-separator] missing separator (did you mean TAB instead of 8 spaces?)");
    assertThat(where(fatal("X = 1\n  oops\n")))
        .isEqualTo("Makefile:2:3 [missing-separator] missing separator");
  }

  @Test
  void bothColonKindsPointAtTheTarget() throws Exception {
    assertThat(where(fatal("all clean:\n\ttrue\nclean:: x\n")))
        .isEqualTo("Makefile:3:1 [mixed-colon-rules] target file 'clean' has both : and :: "
            + "entries");
    assertThat(where(fatal("clean:: x\nprog clean: y\n")))
        .startsWith("Makefile:2:6 [mixed-colon-rules]");
  }

  @Test
  void mixedImplicitRulesPointAtTheTargetOfTheOtherKind() throws Exception {
    assertThat(where(fatal("%.o prog: %.c\n\ttrue\n")))
        .isEqualTo("Makefile:1:5 [mixed-implicit-rules] mixed implicit and normal rules");
    assertThat(where(fatal("%.x a.o: %.o: %.c\n")))
        .isEqualTo("Makefile:1:5 [mixed-implicit-rules] mixed implicit and static pattern "
            + "rules");
  }

  @Test
  void otherErrorsAreMakeErrorsAtTheOffendingToken() throws Exception {
    assertThat(where(fatal("X := 1\nY := $(if $(X),$(error X is set))\n")))
        .isEqualTo("Makefile:2:16 [make-error] X is set");
    assertThat(where(fatal("CFLAGS = $(CFLAGS) -O2\nY := $(CFLAGS)\n")))
        .isEqualTo("Makefile:1:10 [make-error] Recursive variable 'CFLAGS' references itself "
            + "(eventually): CFLAGS -> CFLAGS");
    assertThat(where(fatal("A := 1\nX := $(A) $(foo\n")))
        .isEqualTo("Makefile:2:11 [make-error] unterminated variable reference");
    assertThat(where(fatal("X := $(subst a,b,$(foo)\n")))
        .startsWith("Makefile:1:6 [make-error] unterminated call to function 'subst'");
  }

  @Test
  void missingEndifNamesTheConditionalLeftOpen() throws Exception {
    Finding f = fatal("ifdef A\nendif\nifeq ($(OS),x)\nifdef B\nendif\nall: ; @true\n");
    assertThat(where(f)).isEqualTo("Makefile:7:1 [make-error] missing 'endif'");
    assertThat(f.related()).singleElement()
        .satisfies(r -> assertThat(r.line() + " " + r.message())
            .isEqualTo("3 the conditional that is never closed"));
  }

  @Test
  void anErrorInAnIncludedFileNamesTheInclude() throws Exception {
    Files.writeString(dir.resolve("rules.mk"), "all:\n    echo four spaces\n");
    Finding f = fatal("X = 1\ninclude rules.mk\n");
    assertThat(where(f)).isEqualTo("rules.mk:2:5 [missing-separator] missing separator");
    assertThat(f.related()).singleElement()
        .satisfies(r -> assertThat(r.file() + ":" + r.line()).isEqualTo("Makefile:2"));
  }

  @Test
  void readingThatFinishesHasNoFatalFinding() throws Exception {
    assertThat(fatal("all: ; @true\n")).isNull();
  }
}
