package dev.makelint.evaluation;

import dev.makelint.syntax.Directive;
import java.util.ArrayList;
import java.util.List;

/**
 * The conditional stack of one buffer (a file or an $(eval) text): make starts each with a clean
 * stack, so an {@code if} cannot span files. Each level is INTERPRETING, WAITING (not yet taken,
 * an else may take it) or DONE (a branch was taken; later elses are skipped).
 */
final class Conditionals {
  private static final int INTERPRETING = 0;
  private static final int WAITING = 1;
  private static final int DONE = 2;

  private final List<int[]> levels = new ArrayList<>(); // {state, seenElse, line}

  boolean ignoring() {
    for (int[] l : levels) {
      if (l[0] != INTERPRETING) {
        return true;
      }
    }
    return false;
  }

  boolean isEmpty() {
    return levels.isEmpty();
  }

  int openLine() {
    return levels.isEmpty() ? 0 : levels.get(levels.size() - 1)[2];
  }

  /**
   * The evaluator's part: the truth of an ifeq/ifdef when it must be evaluated, and make's
   * warnings about a conditional line.
   */
  interface Test {
    boolean holds(Directive.Conditional c, Location at);

    void warn(Location at, String message);
  }

  /** Applies a conditional line; a malformed one that must be evaluated is a MakeError. */
  void apply(Directive.Conditional c, Test test, Location at) {
    switch (c.kind()) {
      case ENDIF -> {
        if (c.extraneousText()) {
          test.warn(at, "extraneous text after 'endif' directive");
        }
        if (levels.isEmpty()) {
          throw new MakeError(at, "extraneous 'endif'");
        }
        levels.remove(levels.size() - 1);
      }
      case ELSE -> applyElse(c, test, at);
      default -> push(c, test, at);
    }
  }

  private void applyElse(Directive.Conditional c, Test test, Location at) {
    if (levels.isEmpty()) {
      throw new MakeError(at, "extraneous 'else'");
    }
    int[] level = levels.get(levels.size() - 1);
    if (level[1] == 1) {
      throw new MakeError(at, "only one 'else' per conditional");
    }
    if (level[0] == INTERPRETING) {
      level[0] = DONE;
    } else if (level[0] == WAITING) {
      level[0] = INTERPRETING;
    }
    Directive.Conditional nested = c.elseIf();
    if (nested == null) {
      if (c.extraneousText()) {
        test.warn(at, "extraneous text after 'else' directive");
      } else {
        level[1] = 1;
      }
      return;
    }
    if (nested.kind() == Directive.ConditionalKind.ELSE
        || nested.kind() == Directive.ConditionalKind.ENDIF
        || (nested.error() != null && !ignoringBelow(levels.size()))) {
      test.warn(at, "extraneous text after 'else' directive");
      return;
    }
    push(nested, test, at);
    int[] inner = levels.remove(levels.size() - 1);
    if (level[0] < DONE) {
      level[0] = inner[0];
    }
  }

  private boolean ignoringBelow(int n) {
    for (int i = 0; i < n; i++) {
      if (levels.get(i)[0] != INTERPRETING) {
        return true;
      }
    }
    return false;
  }

  private void push(Directive.Conditional c, Test test, Location at) {
    if (ignoringBelow(levels.size())) {
      levels.add(new int[] {WAITING, 0, at.line()});
      return;
    }
    if (c.error() != null) {
      throw new MakeError(at, c.error());
    }
    boolean holds = test.holds(c, at);
    levels.add(new int[] {holds ? INTERPRETING : WAITING, 0, at.line()});
  }
}
