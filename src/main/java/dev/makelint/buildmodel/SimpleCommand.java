package dev.makelint.buildmodel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One simple command of a recipe line, as the shell would run it. It exists so that the tool
 * classifier sees clean argument vectors (quotes removed, {@code FOO=1}, {@code env}, {@code exec},
 * {@code time}, {@code nice} and silencing {@code @} stripped) together with the directory the
 * command runs in, which {@code cd dir &&} earlier on the same line may have changed.
 *
 * @param argv the words of the command after quote removal and the expansions that could be
 *     resolved; words that could not be resolved keep their shell spelling (e.g. {@code $f})
 * @param assignments variables set in the command's environment ({@code FOO=bar cmd},
 *     {@code env X=1 cmd}), in order
 * @param prefixes the wrapper words removed in front of the command ({@code exec}, {@code time},
 *     {@code nice}, {@code env}, ...), in order
 * @param workingDir the directory the command runs in, relative to make's directory when the
 *     starting directory was relative; {@code null} when a {@code cd} to an unknown place happened
 * @param opaqueReasons why some part of the command could not be understood (command
 *     substitution, unresolved variable, here-document, case statement, ...); empty when the command
 *     was understood completely
 * @param conditional true when the command sits inside shell control flow ({@code if}, loops,
 *     {@code case}, a function body), so it may run zero or several times
 * @param text the source text of the command in the recipe line
 */
public record SimpleCommand(
    List<String> argv,
    Map<String, String> assignments,
    List<String> prefixes,
    String workingDir,
    List<String> opaqueReasons,
    boolean conditional,
    String text) {

  /** Copies the collections so a command cannot change after it was built. */
  public SimpleCommand {
    argv = List.copyOf(argv);
    assignments = assignments.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(assignments));
    prefixes = List.copyOf(prefixes);
    opaqueReasons = List.copyOf(opaqueReasons);
    text = text == null ? "" : text;
  }

  /** True when some part of the command could not be understood. */
  public boolean isOpaque() {
    return !opaqueReasons.isEmpty();
  }

  /** The command name (first word), or "" for an empty command. */
  public String name() {
    return argv.isEmpty() ? "" : argv.get(0);
  }
}
