package dev.makelint.differential;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Db} in the shape of {@code makelint db --format json} (interfaces.md). Used to
 * save GNU make's side of every fixture as {@code target/differential/<area>/<name>.make.json},
 * so that makelint's output can be compared with it by hand, and in the round-trip self-test.
 */
final class DbJsonWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DbJsonWriter() {}

  static String write(Db db) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("defaultGoal", db.defaultGoal);
    List<Object> vars = new ArrayList<>();
    db.variables.values().forEach(v -> vars.add(variable(v)));
    root.put("variables", vars);
    List<Object> targets = new ArrayList<>();
    for (Db.Target t : db.targets.values()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("name", t.name);
      o.put("phony", t.phony);
      o.put("doubleColon", t.doubleColon);
      List<Object> entries = new ArrayList<>();
      for (Db.Entry e : t.entries) {
        Map<String, Object> eo = new LinkedHashMap<>();
        eo.put("prerequisites", e.prerequisites());
        eo.put("orderOnly", e.orderOnly());
        eo.put("recipe", e.recipe() == null ? List.of() : e.recipe());
        eo.put("recipeFile", e.recipeFile());
        eo.put("recipeLine", e.recipeLine());
        entries.add(eo);
      }
      o.put("entries", entries);
      List<Object> tv = new ArrayList<>();
      t.targetVariables.forEach(v -> tv.add(variable(v)));
      o.put("targetVariables", tv);
      targets.add(o);
    }
    root.put("targets", targets);
    List<Object> rules = new ArrayList<>();
    for (Db.PatternRule r : db.patternRules) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("targets", r.targets());
      o.put("prerequisites", r.prerequisites());
      o.put("orderOnly", r.orderOnly());
      o.put("recipe", r.recipe() == null ? List.of() : r.recipe());
      o.put("recipeFile", r.recipeFile());
      o.put("recipeLine", r.recipeLine());
      o.put("terminal", r.terminal());
      rules.add(o);
    }
    root.put("patternRules", rules);
    root.put("warnings", messages(db.warnings));
    root.put("errors", messages(db.fatalErrors));
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> variable(Db.Variable v) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("name", v.name());
    o.put("flavor", v.flavor());
    o.put("origin", v.origin());
    o.put("value", v.value());
    o.put("file", v.file());
    o.put("line", v.line());
    return o;
  }

  private static List<Object> messages(List<Db.Message> list) {
    List<Object> out = new ArrayList<>();
    for (Db.Message m : list) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("file", m.file());
      o.put("line", m.line());
      o.put("message", m.message());
      out.add(o);
    }
    return out;
  }
}
