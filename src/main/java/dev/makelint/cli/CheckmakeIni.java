package dev.makelint.cli;

import dev.makelint.checks.Check;
import dev.makelint.checks.CheckOption;
import dev.makelint.checks.Checks;
import dev.makelint.checks.LintSettings;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Reads checkmake's {@code checkmake.ini} so a project can switch without rewriting its
 * configuration: a {@code [rule]} section per checkmake rule (makelint's checks answer to those
 * names), {@code disabled = true}, and the rule's options. Sections for checkmake rules that
 * makelint keeps off by default turn them on, since checkmake runs every rule.
 */
final class CheckmakeIni {
  private CheckmakeIni() {}

  /** checkmake's option keys whose makelint name differs by more than case and dashes. */
  private static final Map<String, String> OPTION_NAMES = Map.of("maxbodylength", "max-lines");

  static void apply(Path file, String text, LintSettings.Builder settings) {
    String section = null;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      String at = file + ":" + (i + 1) + ": ";
      if (line.startsWith("[") && line.endsWith("]")) {
        section = line.substring(1, line.length() - 1).strip();
        if (!section.equals("default")) {
          Check c = Checks.find(section);
          if (c == null) {
            throw new UsageError(at + "unknown checkmake rule '" + section + "'");
          }
          settings.enable(section);
        }
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0 || section == null) {
        throw new UsageError(at + "expected '[rule]' or 'key = value'");
      }
      if (section.equals("default")) {
        continue; // checkmake's output settings; makelint has --format
      }
      String key = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      try {
        if (key.equals("disabled")) {
          if (Boolean.parseBoolean(value)) {
            settings.disable(section);
          }
        } else {
          settings.option(section, optionName(Checks.find(section), key), value);
        }
      } catch (IllegalArgumentException e) {
        throw new UsageError(at + e.getMessage());
      }
    }
  }

  private static String optionName(Check check, String key) {
    String k = key.toLowerCase(Locale.ROOT);
    String mapped = OPTION_NAMES.get(k);
    if (mapped != null) {
      return mapped;
    }
    for (CheckOption o : check.info().options()) {
      if (o.name().replace("-", "").equalsIgnoreCase(k)) {
        return o.name();
      }
    }
    return key;
  }
}
