package dev.makelint.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * The default answer to {@code $(shell ...)}: nothing is executed. Probes of the machine that a
 * makefile uses to detect its platform ({@code uname -s}, {@code uname -m}, ...) are answered from
 * the simulated {@link Platform}; every other command expands to nothing.
 */
public final class SafeShellRunner implements ShellRunner {
  private final Platform platform;

  public SafeShellRunner(Platform platform) {
    this.platform = platform;
  }

  @Override
  public Result run(String command, Location location) {
    String answer = probe(command);
    return answer == null ? new Result("", 0, false) : new Result(answer, 0, false);
  }

  /** The answer to a known probe, or null. */
  String probe(String command) {
    List<String> words = new ArrayList<>();
    for (String w : command.strip().split("\\s+")) {
      if (w.equals("2>/dev/null") || w.equals("2>&1") || w.isEmpty()) {
        continue;
      }
      if (w.equals("||") || w.equals("|") || w.equals(";") || w.equals("&&")) {
        break;
      }
      words.add(w);
    }
    if (words.isEmpty()) {
      return null;
    }
    switch (words.get(0)) {
      case "uname" -> {
        if (words.size() == 1) {
          return platform.unameS();
        }
        StringBuilder out = new StringBuilder();
        for (String flag : words.subList(1, words.size())) {
          if (!flag.startsWith("-")) {
            return null;
          }
          for (char c : flag.substring(1).toCharArray()) {
            String part = switch (c) {
              case 's' -> platform.unameS();
              case 'm' -> platform.unameM();
              case 'p' -> platform.unameP();
              case 'o' -> platform.os().equals("linux") ? "GNU/Linux" : platform.unameS();
              default -> null;
            };
            if (part == null) {
              return null;
            }
            if (out.length() > 0) {
              out.append(' ');
            }
            out.append(part);
          }
        }
        return out.toString();
      }
      case "arch" -> {
        return words.size() == 1 ? platform.unameM() : null;
      }
      case "sysctl" -> {
        if (words.size() == 3 && words.get(1).equals("-n")
            && words.get(2).equals("hw.optional.arm64") && platform.os().equals("darwin")) {
          return platform.unameM().equals("arm64") ? "1" : "0";
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }
}
