package dev.makelint.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.makelint.checks.LintSettings;
import dev.makelint.checks.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * makelint's configuration file: {@code .makelint.yaml} (the form in interfaces.md), or, when a
 * project has none, checkmake's {@code checkmake.ini} with its rule names mapped to makelint's
 * checks. Mistakes are reported with the file and line, as usage errors.
 */
final class ConfigFile {
  private ConfigFile() {}

  static final String YAML_NAME = ".makelint.yaml";
  static final String CHECKMAKE_NAME = "checkmake.ini";

  /**
   * The configuration for {@code workDir}: the nearest {@code .makelint.yaml} walking up from it,
   * else the nearest {@code checkmake.ini}; null when there is neither.
   */
  static Path find(Path workDir) {
    Path yaml = nearest(workDir, YAML_NAME);
    return yaml != null ? yaml : nearest(workDir, CHECKMAKE_NAME);
  }

  private static Path nearest(Path dir, String name) {
    for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      Path f = d.resolve(name);
      if (Files.isRegularFile(f)) {
        return f;
      }
    }
    return null;
  }

  /** Applies {@code file} to {@code settings}, by its kind (INI when it ends in {@code .ini}). */
  static void apply(Path file, LintSettings.Builder settings) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UsageError(file + ": cannot read the configuration: " + e.getMessage());
    }
    if (file.getFileName().toString().endsWith(".ini")) {
      CheckmakeIni.apply(file, text, settings);
    } else {
      applyYaml(file, text, settings);
    }
  }

  private static void applyYaml(Path file, String text, LintSettings.Builder settings) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(text);
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new UsageError(file + ":" + Math.max(line, 1) + ": not valid YAML: "
          + e.getOriginalMessage());
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return; // an empty file configures nothing
    }
    if (!root.isObject()) {
      throw error(file, text, null, "expected a mapping with 'checks' and 'ignore'");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> top = it.next();
      switch (top.getKey()) {
        case "checks" -> applyChecks(file, text, top.getValue(), settings);
        case "ignore" -> {
          for (String glob : strings(file, text, "ignore", top.getValue())) {
            try {
              settings.ignore(glob);
            } catch (IllegalArgumentException e) {
              throw error(file, text, glob, "ignore: bad glob '" + glob + "': " + e.getMessage());
            }
          }
        }
        default -> throw error(file, text, top.getKey(), "unknown key '" + top.getKey()
            + "' (expected 'checks' or 'ignore')");
      }
    }
  }

  private static void applyChecks(Path file, String text, JsonNode checks,
      LintSettings.Builder settings) {
    if (!checks.isObject()) {
      throw error(file, text, "checks", "checks: expected a mapping of check ids");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = checks.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      JsonNode body = e.getValue();
      try {
        if (body.isBoolean()) { // "overriding-recipe: false"
          enable(settings, name, body.asBoolean());
          continue;
        }
        if (!body.isObject()) {
          throw new IllegalArgumentException(name + ": expected enabled/severity/options or a "
              + "boolean");
        }
        if (!body.has("enabled") && body.size() > (body.has("severity") ? 1 : 0)) {
          settings.enable(name); // giving a check options asks for it, unless told otherwise
        }
        for (Iterator<Map.Entry<String, JsonNode>> f = body.fields(); f.hasNext(); ) {
          Map.Entry<String, JsonNode> kv = f.next();
          JsonNode v = kv.getValue();
          switch (kv.getKey()) {
            case "enabled" -> {
              if (!v.isBoolean()) {
                throw new IllegalArgumentException(name + ".enabled: expected true or false");
              }
              enable(settings, name, v.asBoolean());
            }
            case "severity" -> settings.severity(name, severity(name, v.asText()));
            default -> settings.option(name, kv.getKey(), value(v));
          }
        }
      } catch (IllegalArgumentException ex) {
        throw error(file, text, name, ex.getMessage());
      }
    }
  }

  private static void enable(LintSettings.Builder settings, String name, boolean on) {
    if (on) {
      settings.enable(name);
    } else {
      settings.disable(name);
    }
  }

  static Severity severity(String name, String level) {
    try {
      return Severity.parse(level);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ".severity: expected error, warning or info, got '"
          + level + "'");
    }
  }

  /** A YAML scalar or list as the settings take it. */
  private static Object value(JsonNode v) {
    if (v.isArray()) {
      List<String> out = new ArrayList<>();
      v.forEach(x -> out.add(x.asText()));
      return out;
    }
    if (v.isInt()) {
      return v.asInt();
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isObject()) {
      return Map.of();
    }
    return v.asText();
  }

  private static List<String> strings(Path file, String text, String key, JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v.isTextual()) {
      out.add(v.asText());
    } else if (v.isArray()) {
      v.forEach(x -> out.add(x.asText()));
    } else {
      throw error(file, text, key, key + ": expected a list of paths");
    }
    return out;
  }

  /** A usage error located at the first line of {@code text} that mentions {@code key}. */
  static UsageError error(Path file, String text, String key, String message) {
    int line = 1;
    if (key != null) {
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].contains(key)) {
          line = i + 1;
          break;
        }
      }
    }
    return new UsageError(file + ":" + line + ": " + message);
  }
}
