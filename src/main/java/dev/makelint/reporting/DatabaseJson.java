package dev.makelint.reporting;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.makelint.evaluation.Diagnostic;
import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.MakeError;
import dev.makelint.evaluation.MakefileRead;
import dev.makelint.evaluation.PatternRule;
import dev.makelint.evaluation.PatternVariable;
import dev.makelint.evaluation.Prerequisite;
import dev.makelint.evaluation.RuleEntry;
import dev.makelint.evaluation.ShellCall;
import dev.makelint.evaluation.Target;
import dev.makelint.evaluation.Variable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes the evaluated database as the JSON fixed in interfaces.md ({@code makelint db}). */
public final class DatabaseJson {
  private DatabaseJson() {}

  public static void write(MakeDatabase db, OutputStream out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("makefiles");
      for (MakefileRead m : db.makefiles()) {
        g.writeString(m.name());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("includes");
      for (MakefileRead m : db.makefiles()) {
        g.writeStartObject();
        g.writeStringField("file", m.name());
        if (m.includedFrom() != null) {
          g.writeStringField("includedFromFile", m.includedFrom().file());
          g.writeNumberField("includedFromLine", m.includedFrom().line());
        }
        g.writeBooleanField("optional", m.optional());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("defaultGoal", db.defaultGoal());
      g.writeArrayFieldStart("variables");
      for (Variable v : db.globals().all()) {
        writeVariable(g, v);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("targets");
      for (Target t : db.targets()) {
        writeTarget(g, db, t);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("patternRules");
      for (PatternRule r : db.patternRules()) {
        g.writeStartObject();
        strings(g, "targets", r.targets());
        strings(g, "prerequisites", r.prerequisites());
        strings(g, "orderOnly", r.orderOnly());
        writeRecipe(g, r.recipe() == null ? null : r.recipe().lines(),
            r.recipe() == null ? null : r.recipe().location());
        g.writeBooleanField("terminal", r.terminal());
        g.writeBooleanField("builtin", r.builtin());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("patternVariables");
      for (PatternVariable pv : db.patternVariables()) {
        g.writeStartObject();
        g.writeStringField("pattern", pv.pattern());
        g.writeFieldName("variable");
        writeVariable(g, pv.variable());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("warnings");
      for (Diagnostic d : db.diagnostics()) {
        if (d.kind() == Diagnostic.Kind.WARNING || d.kind() == Diagnostic.Kind.ERROR
            || d.kind() == Diagnostic.Kind.USER_WARNING) {
          writeDiagnostic(g, d);
        }
      }
      g.writeEndArray();
      g.writeArrayFieldStart("messages");
      for (Diagnostic d : db.diagnostics()) {
        if (d.kind() == Diagnostic.Kind.INFO) {
          writeDiagnostic(g, d);
        }
      }
      g.writeEndArray();
      g.writeArrayFieldStart("shellCalls");
      for (ShellCall s : db.shellCalls()) {
        g.writeStartObject();
        g.writeStringField("command", s.command());
        location(g, s.location());
        g.writeBooleanField("executed", s.executed());
        g.writeStringField("result", s.result());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("errors");
      MakeError fatal = db.fatal();
      if (fatal != null) {
        g.writeStartObject();
        location(g, fatal.location());
        g.writeStringField("message", fatal.getMessage());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void writeDiagnostic(JsonGenerator g, Diagnostic d) throws IOException {
    g.writeStartObject();
    location(g, d.location());
    g.writeStringField("kind", d.kind().name().toLowerCase(java.util.Locale.ROOT));
    g.writeStringField("message", d.message());
    g.writeEndObject();
  }

  private static void location(JsonGenerator g, Location l) throws IOException {
    if (l != null && l.file() != null) {
      g.writeStringField("file", l.file());
      g.writeNumberField("line", l.line());
    }
  }

  private static void writeVariable(JsonGenerator g, Variable v) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", v.name());
    g.writeStringField("flavor", v.flavor().makeName());
    g.writeStringField("origin", v.origin().makeName());
    g.writeStringField("value", v.value());
    location(g, v.location());
    if (v.export() != null) {
      g.writeBooleanField("export", v.export());
    }
    if (v.isPrivate()) {
      g.writeBooleanField("private", true);
    }
    if (v.append()) {
      g.writeBooleanField("append", true);
    }
    g.writeEndObject();
  }

  private static void writeTarget(JsonGenerator g, MakeDatabase db, Target t) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", t.name());
    g.writeBooleanField("phony", db.phony(t.name()));
    g.writeBooleanField("doubleColon", t.doubleColon());
    g.writeBooleanField("isTarget", t.isTarget());
    g.writeArrayFieldStart("entries");
    if (t.isTarget()) {
      for (RuleEntry e : t.entries()) {
        g.writeStartObject();
        g.writeArrayFieldStart("prerequisites");
        for (Prerequisite p : e.prerequisites()) {
          if (!p.orderOnly()) {
            g.writeString(p.name());
          }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("orderOnly");
        for (Prerequisite p : e.prerequisites()) {
          if (p.orderOnly()) {
            g.writeString(p.name());
          }
        }
        g.writeEndArray();
        writeRecipe(g, e.recipe() == null ? null : e.recipe().lines(),
            e.recipe() == null ? null : e.recipe().location());
        if (e.stem() != null) {
          g.writeStringField("stem", e.stem());
        }
        g.writeArrayFieldStart("ruleLocations");
        for (Location l : e.ruleLocations()) {
          g.writeStartObject();
          location(g, l);
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    g.writeArrayFieldStart("targetVariables");
    if (t.variables() != null) {
      for (Variable v : t.variables().all()) {
        writeVariable(g, v);
      }
    }
    g.writeEndArray();
    if (t.groupedWith() != null) {
      strings(g, "groupedWith", t.groupedWith());
    }
    g.writeEndObject();
  }

  private static void writeRecipe(JsonGenerator g, List<String> lines, Location at)
      throws IOException {
    if (lines == null) {
      g.writeNullField("recipe");
      return;
    }
    strings(g, "recipe", lines);
    if (at != null && at.file() != null) {
      g.writeStringField("recipeFile", at.file());
      g.writeNumberField("recipeLine", at.line());
    }
  }

  private static void strings(JsonGenerator g, String field, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String s : values) {
      g.writeString(s);
    }
    g.writeEndArray();
  }
}
