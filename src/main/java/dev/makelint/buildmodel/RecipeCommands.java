package dev.makelint.buildmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The entry point for turning one expanded recipe line into build facts: it splits the line like the
 * shell ({@link ShellWords}) and classifies each simple command ({@link CommandClassifier}). It
 * exists so that the evaluator can hand over a recipe line and get back "this line compiles
 * {@code ggml.c} into {@code ggml_v4.o}" or "this line links these objects into
 * {@code koboldcpp_default.so}" without knowing about shells or compilers.
 *
 * <p>A command the splitter could only partly understand is still classified when its program is
 * recognisable (a compile with a {@code $(pkg-config ...)} among its flags is still a compile); it
 * becomes {@link ToolCommand.Opaque} when nothing better than {@link ToolCommand.Other} could be
 * said about it. Never throws.
 */
public final class RecipeCommands {
  private RecipeCommands() {}

  /**
   * A classified command together with the shell-level facts about it.
   *
   * @param command the simple command as split from the line
   * @param tool what it does
   */
  public record Analyzed(SimpleCommand command, ToolCommand tool) {}

  /** The tool commands of {@code expandedRecipeLine}, in order, run from {@code workingDir}. */
  public static List<ToolCommand> analyze(String expandedRecipeLine, String workingDir) {
    return analyze(expandedRecipeLine, workingDir, Map.of());
  }

  /** As {@link #analyze(String, String)}, with shell variables known to be in the environment. */
  public static List<ToolCommand> analyze(
      String expandedRecipeLine, String workingDir, Map<String, String> shellVariables) {
    List<ToolCommand> out = new ArrayList<>();
    for (Analyzed a : analyzeDetailed(expandedRecipeLine, workingDir, shellVariables)) {
      out.add(a.tool());
    }
    return out;
  }

  /** The commands of the line with both their shell-level and tool-level readings. */
  public static List<Analyzed> analyzeDetailed(
      String expandedRecipeLine, String workingDir, Map<String, String> shellVariables) {
    List<SimpleCommand> commands = ShellWords.split(expandedRecipeLine, workingDir,
        shellVariables);
    List<Analyzed> out = new ArrayList<>(commands.size());
    // Indexed: the C1 compiler, which makelint runs with, allocates every iterator (one per
    // recipe line of a large tree).
    for (int i = 0; i < commands.size(); i++) {
      SimpleCommand c = commands.get(i);
      ToolCommand t = CommandClassifier.classify(c.argv(), c.workingDir());
      if (c.isOpaque() && t instanceof ToolCommand.Other) {
        t = new ToolCommand.Opaque(c.argv(), c.workingDir(), c.opaqueReasons());
      }
      out.add(new Analyzed(c, t));
    }
    return out;
  }
}
