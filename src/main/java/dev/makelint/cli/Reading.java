package dev.makelint.cli;

import dev.makelint.evaluation.EvalOptions;
import dev.makelint.evaluation.Evaluator;
import dev.makelint.evaluation.FileSystemView;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.ProcessShellRunner;
import dev.makelint.evaluation.SafeShellRunner;
import dev.makelint.evaluation.ShellRunner;

/** Runs the reading stage for a command, choosing the shell and file-system policy. */
final class Reading {
  private Reading() {}

  static MakeDatabase read(MakeOptions options) {
    EvalOptions eval = options.toEvalOptions();
    ShellRunner shell = options.shell == MakeOptions.ShellMode.run
        ? new ProcessShellRunner(eval.workDir(), eval.environment())
        : new SafeShellRunner(eval.platform());
    return Evaluator.evaluate(eval, shell, FileSystemView.READ_ONLY);
  }
}
