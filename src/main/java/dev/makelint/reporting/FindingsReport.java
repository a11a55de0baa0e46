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

/**
 * Writes findings for people (gcc-style lines with notes) and for programs (the JSON format fixed
 * in interfaces.md). Fatal reading errors are passed as findings too, with the check id of
 * their kind ({@code missing-separator}, {@code make-error}, …).
 */
public final class FindingsReport {
  private FindingsReport() {}

  /** {@code file:line:col: severity: message [check]} then one {@code note:} line per related. */
  public static void text(List<Finding> findings, List<Finding> errors, PrintWriter out) {
    for (Finding e : errors) {
      out.println(where(e.file(), e.line(), e.column()) + "error: " + e.message()
          + (e.check() == null ? "" : " [" + e.check() + "]"));
    }
    for (Finding f : findings) {
      out.println(where(f.file(), f.line(), f.column()) + f.severity().label() + ": "
          + f.message() + " [" + f.check() + "]");
      for (RelatedLocation r : f.related()) {
        out.println(where(r.file(), r.line(), r.column()) + "note: " + r.message());
      }
    }
    out.flush();
  }

  private static String where(String file, int line, int column) {
    if (file == null) {
      return "makelint: ";
    }
    return file + ":" + line + ":" + column + ": ";
  }

  /** The JSON document of interfaces.md. */
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
        writeFinding(g, f, false);
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
    if (withCheck || f.check() != null) {
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
