package dev.makelint.cli;

import dev.makelint.evaluation.EvalOptions;
import dev.makelint.evaluation.Evaluator;
import dev.makelint.evaluation.FileSystemView;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.ProcessShellRunner;
import dev.makelint.evaluation.SafeShellRunner;
import dev.makelint.evaluation.ShellRunner;
import java.util.function.Function;

/**
 * Runs the reading stage for a command, choosing the shell and file-system policy. This is the
 * only place that decides whether commands may run: {@link ProcessShellRunner} (the only class
 * that starts processes) is made here, and only for {@code --shell=run}; files are accessed
 * through {@link FileSystemView}, whose {@code write} is the only way to write, and which is
 * read-only in safe mode.
 */
final class Reading {
  private Reading() {}

  /** Makes the runner that starts processes ({@code --shell=run}); tests replace it. */
  static Function<EvalOptions, ShellRunner> processRunners = new Function<>() {
    @Override
    public ShellRunner apply(EvalOptions eval) {
      return new ProcessShellRunner(eval.workDir(), eval.environment()); // not a lambda: start-up
    }
  };

  /** The file system the evaluator sees; tests replace it. In safe mode it is only read. */
  static FileSystemView files = FileSystemView.READ_ONLY;

  static MakeDatabase read(MakeOptions options) {
    EvalOptions eval = options.toEvalOptions();
    boolean run = options.shell == MakeOptions.ShellMode.run;
    ShellRunner shell = run ? processRunners.apply(eval) : new SafeShellRunner(eval.platform());
    return Evaluator.evaluate(eval, shell, run ? files : FileSystemView.readOnly(files));
  }
}
