package dev.makelint.buildmodel;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The common recipe command, read without the shell parser: one program and its arguments,
 * separated by blanks, with no character the shell treats specially (no quoting, expansion,
 * operator, redirection, comment, glob or tilde), no leading assignment, and a program that is
 * neither a reserved word nor a wrapper such as {@code env}. For such a line the shell's reading
 * is simply the words, which {@link ShellWords} gives too, at several times the cost: a large
 * tree's compile commands are nearly all like this.
 */
final class PlainCommandLine {
  private PlainCommandLine() {}

  /**
   * The ASCII characters a plain word may hold: not blank, quoting, expansion, operator, comment
   * ({@code #}), glob ({@code * ? [}) or tilde characters. Other characters send the line to the
   * shell parser.
   */
  private static final boolean[] ORDINARY = new boolean[128];

  static {
    for (char c = '!'; c < 127; c++) {
      ORDINARY[c] = "\\'\"$`&|;<>()#*?[~".indexOf(c) < 0;
    }
  }

  /** Program names the shell parser gives a meaning of their own. */
  private static final Set<String> SPECIAL_PROGRAMS = Set.of(
      // reserved words
      "if", "then", "else", "elif", "fi", "do", "done", "case", "esac", "while", "until", "for",
      "select", "{", "}", "!", "[[", "function", "in",
      // wrappers, stripped in front of the real program
      "exec", "time", "nice", "env", "command", "nohup", "timeout", "stdbuf", "builtin");

  /**
   * The command of {@code line} as {@link ShellWords#split} would give it, or null when the line
   * is not plain. Make's {@code @ + -} in front are skipped, as there.
   */
  static List<SimpleCommand> split(String line, String workingDir) {
    // The scan reads the line's Latin-1 bytes, not charAt: under the C1 compiler a byte array is
    // read at about half the cost (a generated compile line: 535 -> 355 ns). A character past
    // U+00FF becomes '?', a glob character, and one from U+0080 a negative byte: either sends
    // the line to the shell parser, as before.
    byte[] text = line.getBytes(StandardCharsets.ISO_8859_1);
    int n = text.length;
    int i = 0;
    while (i < n && "@+- \t".indexOf(text[i]) >= 0) {
      i++;
    }
    // Room for a word per dozen characters: a compile line's list then does not grow before
    // SimpleCommand copies it (at 2,000 modules, 200,000 lines of 14 words in 190 characters;
    // model allocation 1,111.7 -> 1,092.1 MB, and a word per four characters made it 1,128.1).
    List<String> words = new ArrayList<>(n / 12 + 2);
    int first = -1;
    int last = -1;
    while (i < n) {
      int c = text[i];
      if (c == ' ' || c == '\t') {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (c = text[i]) != ' ' && c != '\t') {
        if (c < 0 || !ORDINARY[c]) {
          return null;
        }
        i++;
      }
      if (first < 0) {
        first = start;
      }
      last = i;
      words.add(line.substring(start, i));
    }
    if (words.isEmpty()) {
      return List.of();
    }
    String program = words.get(0);
    if (CommandPrefixes.isAssignment(program)
        || SPECIAL_PROGRAMS.contains(PathNames.baseName(program))) {
      return null;
    }
    String wd = workingDir == null ? null : PathNames.normalize(workingDir);
    return List.of(new SimpleCommand(words, Map.of(), List.of(), wd, List.of(), false,
        line.substring(first, last)));
  }
}
