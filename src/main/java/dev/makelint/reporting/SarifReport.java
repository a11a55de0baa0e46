package dev.makelint.reporting;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.makelint.checks.Check;
import dev.makelint.checks.CheckDocs;
import dev.makelint.checks.CheckInfo;
import dev.makelint.checks.Checks;
import dev.makelint.checks.Finding;
import dev.makelint.checks.RelatedLocation;
import dev.makelint.checks.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0 as GitHub code scanning ingests it: one run whose driver lists every check as a rule
 * (id, name, descriptions, help text and help URI from the check's documentation, default level),
 * results with a physical location and related locations, file URIs relative to {@code
 * %SRCROOT%} (the repository root, see {@link ReportData#sourceRootFor}), and fatal reading
 * errors as tool execution notifications.
 */
public final class SarifReport implements Report {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";
  static final String INFORMATION_URI = "https://github.com/makelint/makelint";

  @Override
  public void write(ReportData data, PrintWriter out) {
    out.println(render(data));
    out.flush();
  }

  /** The SARIF log, pretty-printed. */
  public static String render(ReportData data) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      write(data, g);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return w.toString();
  }

  private static void write(ReportData data, JsonGenerator g) throws IOException {
    List<Check> checks = Checks.all();
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (int i = 0; i < checks.size(); i++) {
      ruleIndex.put(checks.get(i).info().id(), i);
    }
    g.writeStartObject();
    g.writeStringField("$schema", SCHEMA);
    g.writeStringField("version", "2.1.0");
    g.writeArrayFieldStart("runs");
    g.writeStartObject();

    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "makelint");
    g.writeStringField("version", data.version());
    if (data.version().matches("\\d+\\.\\d+\\.\\d+([-+].*)?")) {
      g.writeStringField("semanticVersion", data.version());
    }
    g.writeStringField("informationUri", INFORMATION_URI);
    g.writeArrayFieldStart("rules");
    for (Check c : checks) {
      rule(g, c.info(), data);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();

    g.writeArrayFieldStart("invocations");
    g.writeStartObject();
    boolean fatal = false;
    for (Finding e : data.errors()) {
      fatal |= e.check() == null || !ruleIndex.containsKey(e.check());
    }
    g.writeBooleanField("executionSuccessful", !fatal);
    if (fatal) {
      g.writeArrayFieldStart("toolExecutionNotifications");
      for (Finding e : data.errors()) {
        if (e.check() != null && ruleIndex.containsKey(e.check())) {
          continue;
        }
        g.writeStartObject();
        g.writeStringField("level", "error");
        message(g, e.message());
        if (e.file() != null) {
          g.writeArrayFieldStart("locations");
          g.writeStartObject();
          physical(g, data, e.file(), e.line(), e.column());
          g.writeEndObject();
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndArray();

    g.writeObjectFieldStart("originalUriBaseIds");
    g.writeObjectFieldStart(SRCROOT);
    g.writeStringField("uri", directoryUri(data));
    g.writeObjectFieldStart("description");
    g.writeStringField("text", "The repository root: the directory holding .git (or the "
        + "GitHub Actions workspace, or makelint's working directory outside a repository).");
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();

    g.writeArrayFieldStart("results");
    for (Finding e : data.errors()) {
      if (e.check() != null && ruleIndex.containsKey(e.check())) {
        result(g, data, e, ruleIndex);
      }
    }
    for (Finding f : data.findings()) {
      result(g, data, f, ruleIndex);
    }
    g.writeEndArray();
    g.writeStringField("columnKind", "utf16CodeUnits");
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void rule(JsonGenerator g, CheckInfo info, ReportData data) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", info.id());
    g.writeStringField("name", pascal(info.id()));
    g.writeObjectFieldStart("shortDescription");
    g.writeStringField("text", sentence(info.summary()));
    g.writeEndObject();
    g.writeObjectFieldStart("fullDescription");
    g.writeStringField("text", fullDescription(info));
    g.writeEndObject();
    g.writeStringField("helpUri", CheckDocs.url(info));
    String page = CheckDocs.render(info);
    g.writeObjectFieldStart("help");
    g.writeStringField("text", page);
    g.writeStringField("markdown", page);
    g.writeEndObject();
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeBooleanField("enabled", data.settings().enabled(info));
    g.writeStringField("level", level(data.settings().severity(info)));
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeArrayFieldStart("tags");
    g.writeString("makefile");
    g.writeString(info.group().id());
    g.writeEndArray();
    if (!info.aliases().isEmpty()) {
      g.writeArrayFieldStart("aliases");
      for (String a : info.aliases()) {
        g.writeString(a);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void result(JsonGenerator g, ReportData data, Finding f,
      Map<String, Integer> ruleIndex) throws IOException {
    g.writeStartObject();
    if (f.check() != null) {
      g.writeStringField("ruleId", f.check());
      Integer i = ruleIndex.get(f.check());
      if (i != null) {
        g.writeNumberField("ruleIndex", i);
      }
    }
    g.writeStringField("level", level(f.severity()));
    message(g, f.message());
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    physical(g, data, f.file(), f.line(), f.column());
    g.writeEndObject();
    g.writeEndArray();
    if (!f.related().isEmpty()) {
      g.writeArrayFieldStart("relatedLocations");
      int id = 1;
      for (RelatedLocation r : f.related()) {
        g.writeStartObject();
        g.writeNumberField("id", id++);
        physical(g, data, r.file(), r.line(), r.column());
        message(g, r.message());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void message(JsonGenerator g, String text) throws IOException {
    g.writeObjectFieldStart("message");
    g.writeStringField("text", text == null || text.isEmpty() ? "(no message)" : text);
    g.writeEndObject();
  }

  private static void physical(JsonGenerator g, ReportData data, String file, int line,
      int column) throws IOException {
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    if (file == null) {
      g.writeStringField("uri", "makelint:command-line");
    } else if (data.insideRoot(file)) {
      g.writeStringField("uri", relativeUri(data.rootRelative(file)));
      g.writeStringField("uriBaseId", SRCROOT);
    } else {
      g.writeStringField("uri", data.absolute(file).toUri().toASCIIString());
    }
    g.writeEndObject();
    g.writeObjectFieldStart("region");
    g.writeNumberField("startLine", Math.max(1, line));
    g.writeNumberField("startColumn", Math.max(1, column));
    g.writeEndObject();
    g.writeEndObject();
  }

  /** A relative path as a relative URI reference: percent-encoded, never mistaken for a scheme. */
  static String relativeUri(String path) {
    String p = path.replace('\\', '/');
    int colon = p.indexOf(':');
    int slash = p.indexOf('/');
    if (colon >= 0 && (slash < 0 || colon < slash)) {
      p = "./" + p; // "c:x/Makefile" would read as a URI with scheme "c"
    }
    try {
      return new URI(null, null, p, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(path, e);
    }
  }

  private static String directoryUri(ReportData data) {
    String u = data.sourceRoot().toUri().toASCIIString();
    return u.endsWith("/") ? u : u + "/";
  }

  /** SARIF's level for a severity. */
  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** {@code duplicate-source-in-link} → {@code DuplicateSourceInLink}. */
  static String pascal(String id) {
    StringBuilder b = new StringBuilder();
    for (String w : id.split("-")) {
      if (!w.isEmpty()) {
        b.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
      }
    }
    return b.toString();
  }

  private static String sentence(String s) {
    if (s.isEmpty()) {
      return s;
    }
    String t = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    return t.endsWith(".") ? t : t + ".";
  }

  /** The first paragraph of the documentation's "What it finds", else the summary. */
  static String fullDescription(CheckInfo info) {
    String prose = CheckDocs.prose(info);
    if (prose != null) {
      int at = prose.indexOf(CheckDocs.SECTIONS[0]);
      if (at >= 0) {
        String rest = prose.substring(at + CheckDocs.SECTIONS[0].length()).strip();
        int end = rest.indexOf("\n\n");
        String para = (end < 0 ? rest : rest.substring(0, end)).strip();
        if (!para.isEmpty() && !para.startsWith("#")) {
          return para.replaceAll("\\s*\\n\\s*", " ");
        }
      }
    }
    return sentence(info.summary());
  }
}
