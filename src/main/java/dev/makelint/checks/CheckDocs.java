package dev.makelint.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A check's documentation: its facts from {@link CheckInfo} followed by the prose in the resource
 * {@code docs/ID.md} beside this class (what it finds, why it matters, an example, the fix). The
 * same text is printed by {@code makelint explain}, written to {@code docs/checks/ID.md} and used
 * as SARIF help.
 */
public final class CheckDocs {
  private CheckDocs() {}

  /** Where the rendered pages are published; SARIF's {@code helpUri} points here. */
  public static final String BASE_URL =
      "https://github.com/makelint/makelint/blob/main/docs/checks/";

  /** The sections every check's prose must have, in this order. */
  public static final String[] SECTIONS = {
      "## What it finds", "## Why it matters", "## Example", "## Fixed"};

  /** The documentation page's address for {@code check}. */
  public static String url(CheckInfo check) {
    return BASE_URL + check.id() + ".md";
  }

  /** The check's prose as written, or null when it has none. */
  public static String prose(CheckInfo check) {
    try (InputStream in = CheckDocs.class.getResourceAsStream("docs/" + check.id() + ".md")) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole page in Markdown. */
  public static String render(CheckInfo check) {
    StringBuilder b = new StringBuilder();
    b.append("# ").append(check.id()).append("\n\n");
    b.append(capitalized(check.summary())).append(".\n\n");
    b.append("| | |\n|---|---|\n");
    b.append("| severity | ").append(check.severity().label()).append(" |\n");
    b.append("| group | ").append(check.group().id()).append(" |\n");
    b.append("| enabled by default | ").append(check.enabledByDefault() ? "yes" : "no")
        .append(" |\n");
    if (!check.aliases().isEmpty()) {
      b.append("| aliases |");
      String separator = " ";
      for (String a : check.aliases()) {
        b.append(separator).append('`').append(a).append('`');
        separator = ", ";
      }
      b.append(" |\n");
    }
    b.append('\n');
    String prose = prose(check);
    if (prose != null) {
      b.append(prose.strip()).append("\n\n");
    }
    if (!check.options().isEmpty()) {
      b.append("## Options\n\n| option | default | meaning |\n|---|---|---|\n");
      for (CheckOption o : check.options()) {
        b.append("| `").append(o.name()).append("` | `").append(o.defaultAsYaml())
            .append("` | ").append(o.description()).append(" |\n");
      }
      b.append('\n');
    }
    b.append("## Configuration\n\n```yaml\nchecks:\n  ").append(check.id()).append(":\n")
        .append("    enabled: ").append(!check.enabledByDefault()).append('\n')
        .append("    severity: ").append(check.severity().label()).append('\n');
    for (CheckOption o : check.options()) {
      b.append("    ").append(o.name()).append(": ").append(o.defaultAsYaml()).append('\n');
    }
    b.append("```\n\nInline: `# makelint: disable=").append(check.id())
        .append(" -- reason` on the line or the line above.\n");
    return b.toString();
  }

  /** The index page listing every check. */
  public static String index() {
    StringBuilder b = new StringBuilder("# makelint checks\n\n");
    b.append("Generated from the check sources; `makelint rules` prints the same list and "
        + "`makelint explain ID` each page.\n\n");
    b.append("| id | severity | group | default | summary |\n|---|---|---|---|---|\n");
    for (Check c : Checks.all()) {
      CheckInfo i = c.info();
      b.append("| [").append(i.id()).append("](").append(i.id()).append(".md) | ")
          .append(i.severity().label()).append(" | ").append(i.group().id()).append(" | ")
          .append(i.enabledByDefault() ? "on" : "off").append(" | ").append(i.summary())
          .append(" |\n");
    }
    return b.toString();
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
