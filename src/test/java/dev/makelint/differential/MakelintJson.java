package dev.makelint.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the output of {@code makelint db --format json} into a {@link Db}. */
final class MakelintJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private MakelintJson() {}

  static Db parse(String json) throws IOException {
    JsonNode root = MAPPER.readTree(json);
    if (root == null || !root.isObject()) {
      throw new IOException("not a JSON object");
    }
    Db db = new Db();
    db.defaultGoal = text(root.get("defaultGoal"));
    for (JsonNode v : iter(root.get("variables"))) {
      Db.Variable var = variable(v);
      db.variables.put(var.name(), var);
    }
    for (JsonNode t : iter(root.get("targets"))) {
      String name = text(t.get("name"));
      List<Db.Entry> entries = new ArrayList<>();
      for (JsonNode e : iter(t.get("entries"))) {
        entries.add(
            new Db.Entry(
                strings(e.get("prerequisites")),
                strings(e.get("orderOnly")),
                recipe(e),
                text(e.get("recipeFile")),
                integer(e.get("recipeLine"))));
      }
      if (entries.isEmpty()) {
        db.nonTargets.add(name);
        continue;
      }
      Db.Target target = db.target(name);
      target.phony = t.path("phony").asBoolean(false);
      target.doubleColon = t.path("doubleColon").asBoolean(false);
      target.entries.addAll(entries);
      for (JsonNode v : iter(t.get("targetVariables"))) {
        target.targetVariables.add(variable(v));
      }
    }
    for (JsonNode p : iter(root.get("patternRules"))) {
      db.patternRules.add(
          new Db.PatternRule(
              strings(p.get("targets")),
              strings(p.get("prerequisites")),
              strings(p.get("orderOnly")),
              recipe(p),
              text(p.get("recipeFile")),
              integer(p.get("recipeLine")),
              p.path("terminal").asBoolean(false)));
    }
    for (JsonNode w : iter(root.get("warnings"))) {
      db.warnings.add(message(w));
    }
    for (JsonNode e : iter(root.get("errors"))) {
      db.fatalErrors.add(message(e));
    }
    return db;
  }

  /** The {@code errors} of a findings or db document, without failing on other shapes. */
  static List<Db.Message> errors(String json) {
    List<Db.Message> out = new ArrayList<>();
    try {
      JsonNode root = MAPPER.readTree(json);
      if (root != null) {
        for (JsonNode e : iter(root.get("errors"))) {
          out.add(message(e));
        }
      }
    } catch (IOException ignored) {
      // not JSON: no errors to report
    }
    return out;
  }

  private static Db.Variable variable(JsonNode v) {
    return new Db.Variable(
        text(v.get("name")),
        // make -p prints a target-specific '+=' as its own flavour; makelint flags it "append".
        v.path("append").asBoolean(false) ? "append" : text(v.get("flavor")),
        text(v.get("origin")),
        text(v.get("value")),
        text(v.get("file")),
        integer(v.get("line")));
  }

  private static Db.Message message(JsonNode m) {
    String msg = text(m.get("message"));
    if (msg != null && msg.startsWith("warning: ")) {
      msg = msg.substring("warning: ".length());
    }
    return new Db.Message(text(m.get("file")), integer(m.get("line")), msg);
  }

  /** null when the entry has no recipe: no recipe lines and no recipe location. */
  private static List<String> recipe(JsonNode e) {
    List<String> lines = strings(e.get("recipe"));
    if (lines.isEmpty() && text(e.get("recipeFile")) == null) {
      return null;
    }
    return lines;
  }

  private static Iterable<JsonNode> iter(JsonNode n) {
    List<JsonNode> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      n.forEach(out::add);
    }
    return out;
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (JsonNode s : iter(n)) {
      out.add(s.asText());
    }
    return out;
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }

  private static Integer integer(JsonNode n) {
    return n == null || n.isNull() || !n.canConvertToInt() ? null : n.asInt();
  }
}
