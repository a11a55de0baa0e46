package dev.makelint.reporting;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.makelint.checks.Finding;
import dev.makelint.checks.RelatedLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** The JSON document fixed in interfaces.md ({@code "schemaVersion": 1}). */
public final class JsonReport implements Report {
  @Override
  public void write(ReportData data, PrintWriter out) {
    out.println(json(data.findings(), data.errors(), data.version()));
    out.flush();
  }

  /** The document, pretty-printed, without a final newline. */
  public static String json(List<Finding> findings, List<Finding> errors, String version) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeStringField("tool", "makelint");
      g.writeStringField("version", version);
      g.writeNumberField("schemaVersion", 1);
      g.writeArrayFieldStart("findings");
      for (Finding f : findings) {
        writeFinding(g, f, true);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("errors");
      for (Finding f : errors) {
        writeFinding(g, f, f.check() != null);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return w.toString();
  }

  private static void writeFinding(JsonGenerator g, Finding f, boolean withCheck)
      throws IOException {
    g.writeStartObject();
    if (withCheck) {
      g.writeStringField("check", f.check());
    }
    g.writeStringField("severity", f.severity().label());
    g.writeStringField("message", f.message());
    g.writeStringField("file", f.file());
    g.writeNumberField("line", f.line());
    g.writeNumberField("column", f.column());
    g.writeArrayFieldStart("related");
    for (RelatedLocation r : f.related()) {
      g.writeStartObject();
      g.writeStringField("file", r.file());
      g.writeNumberField("line", r.line());
      g.writeNumberField("column", r.column());
      g.writeStringField("message", r.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
