package dev.makelint.checks;

import java.util.List;

/**
 * A setting of one check, given in {@code .makelint.yaml} beside {@code enabled}/{@code severity}.
 *
 * @param name the key in the configuration file
 * @param defaultValue a {@code String}, {@code Integer}, {@code Boolean} or {@code List<String>}
 * @param description one sentence for the documentation
 */
public record CheckOption(String name, Object defaultValue, String description) {
  /** The default as it would be written in YAML ({@code [all, clean]}, {@code 30}). */
  public String defaultAsYaml() {
    if (defaultValue instanceof List<?> l) {
      StringBuilder b = new StringBuilder("[");
      for (Object item : l) {
        b.append(b.length() > 1 ? ", " : "").append(item);
      }
      return b.append(']').toString();
    }
    return String.valueOf(defaultValue);
  }
}
