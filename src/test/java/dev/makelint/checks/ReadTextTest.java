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

/**
 * Checks take a makefile's lines (for columns and suppression comments) from the text the reader
 * read, not from the file again: a file changed after reading must not move or unsuppress
 * findings.
 */
class ReadTextTest {
  @TempDir Path dir;

  @Test
  void suppressionsAndColumnsComeFromTheTextThatWasRead() throws Exception {
    Path makefile = dir.resolve("Makefile");
    Files.writeString(makefile, String.join("\n",
        "all:",
        "\t@echo $(ANSWER) $(UNSET)",
        "ANSWER = 42",
        "# makelint: disable=undefined-variable -- the next line is meant",
        "x: ; @echo $(ALSO_UNSET)",
        ""));
    EvalOptions opts = new EvalOptions(dir, List.of(), List.of(), List.of(),
        Map.of("PATH", "/usr/bin:/bin"), List.of(), false, false, false,
        Platform.parse("linux-x86_64"), Limits.DEFAULT);
    MakeDatabase db = Evaluator.evaluate(opts, new SafeShellRunner(opts.platform()),
        FileSystemView.READ_ONLY);
    // the file changes (an editor saves) between reading and linting
    Files.writeString(makefile, "\n\n\n\n\n");
    List<Finding> undefined = Linter.lint(db, dir, List.of("all", "x")).stream()
        .filter(f -> f.check().equals(UndefinedVariable.ID)).toList();
    assertThat(undefined).extracting(f -> f.line() + ":" + f.column())
        .containsExactly("2:18");
  }
}
