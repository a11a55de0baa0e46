package dev.makelint.cli;

import static dev.makelint.cli.FieldBinding.option;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.makelint.checks.Check;
import dev.makelint.checks.CheckDocs;
import dev.makelint.checks.CheckInfo;
import dev.makelint.checks.CheckOption;
import dev.makelint.checks.Checks;
import dev.makelint.checks.LintSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code makelint rules}: every check with its severity and whether it runs here. */
final class RulesCommand implements Callable<Integer> {
  final HelpOptions help = new HelpOptions();

  final CheckSelection selection = new CheckSelection();

  Path directory = Path.of("");

  String format = "text";

  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

  RulesCommand() {
    spec.name("rules").usageMessage().description("List every check: id, severity, enabled "
        + "(with the configuration in effect), group and summary.");
    help.declare(spec);
    selection.declare(spec);
    spec.addOption(option(this, "directory", "-C", "--directory").paramLabel("DIR")
        .description("Find the configuration from DIR (default: the current directory).")
        .build());
    spec.addOption(option(this, "format", "--format").paramLabel("FORMAT")
        .description("text (default) or json.").build());
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    LintSettings settings = selection.settings(directory.toAbsolutePath());
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "text" -> text(settings, out);
      case "json" -> out.println(json(settings));
      default -> throw new UsageError("--format: expected text or json, got '" + format + "'");
    }
    out.flush();
    return 0;
  }

  private static void text(LintSettings settings, PrintWriter out) {
    int width = 0;
    for (Check c : Checks.all()) {
      width = Math.max(width, c.info().id().length());
    }
    out.printf("%-" + width + "s  %-8s %-4s %-12s %s%n", "ID", "SEVERITY", "ON", "GROUP",
        "SUMMARY");
    for (Check c : Checks.all()) {
      CheckInfo i = c.info();
      String aliases = i.aliases().isEmpty() ? "" : " (alias " + String.join(", ", i.aliases())
          + ")";
      out.printf("%-" + width + "s  %-8s %-4s %-12s %s%s%n", i.id(),
          settings.severity(i).label(), settings.enabled(i) ? "yes" : "no", i.group().id(),
          i.summary(), aliases);
    }
  }

  private static String json(LintSettings settings) throws IOException {
    java.io.StringWriter w = new java.io.StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeArrayFieldStart("checks");
      for (Check c : Checks.all()) {
        CheckInfo i = c.info();
        g.writeStartObject();
        g.writeStringField("id", i.id());
        g.writeStringField("severity", settings.severity(i).label());
        g.writeStringField("defaultSeverity", i.severity().label());
        g.writeBooleanField("enabled", settings.enabled(i));
        g.writeBooleanField("enabledByDefault", i.enabledByDefault());
        g.writeStringField("group", i.group().id());
        g.writeStringField("summary", i.summary());
        g.writeArrayFieldStart("aliases");
        for (String a : i.aliases()) {
          g.writeString(a);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("options");
        for (CheckOption o : i.options()) {
          g.writeStartObject();
          g.writeStringField("name", o.name());
          g.writeStringField("default", o.defaultAsYaml());
          g.writeStringField("description", o.description());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("helpUri", CheckDocs.url(i));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return w.toString();
  }
}
