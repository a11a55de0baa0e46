package dev.makelint.checks;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which checks run, at which severity, with which options, and which paths are ignored: the
 * configuration file and the command line, resolved. Later calls on the builder win, so the
 * configuration file is applied first and the command line after it.
 */
public final class LintSettings {
  private final Set<String> enabled;
  private final Map<String, Severity> severities;
  private final Map<String, Map<String, Object>> options;
  private final List<String> ignoreGlobs;
  private final List<PathMatcher> ignore;

  private LintSettings(Builder b) {
    enabled = Set.copyOf(b.enabled);
    severities = Map.copyOf(b.severities);
    Map<String, Map<String, Object>> o = new HashMap<>();
    for (Map.Entry<String, Map<String, Object>> e : b.options.entrySet()) {
      o.put(e.getKey(), Map.copyOf(e.getValue()));
    }
    options = Map.copyOf(o);
    ignoreGlobs = List.copyOf(b.ignore);
    List<PathMatcher> m = new ArrayList<>();
    for (String g : b.ignore) {
      m.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
    }
    ignore = List.copyOf(m);
  }

  /** Every check enabled by default at its default severity, no options, nothing ignored. */
  public static LintSettings defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public boolean enabled(CheckInfo check) {
    return enabled.contains(check.id());
  }

  /** The severity the configuration gives {@code check}: its own default when none is set. */
  public Severity severity(CheckInfo check) {
    return severities.getOrDefault(check.id(), check.severity());
  }

  /** The severity set for {@code check} in the configuration, or null when none was set. */
  public Severity configuredSeverity(CheckInfo check) {
    return severities.get(check.id());
  }

  /** The configured value of a check's option, or its documented default. */
  public Object option(CheckInfo check, String name) {
    Object v = options.getOrDefault(check.id(), Map.of()).get(name);
    if (v != null) {
      return v;
    }
    for (CheckOption o : check.options()) {
      if (o.name().equals(name)) {
        return o.defaultValue();
      }
    }
    throw new IllegalArgumentException(check.id() + " has no option '" + name + "'");
  }

  /** True when findings in {@code file} (as findings show it) are dropped. */
  public boolean ignored(String file) {
    if (file == null || ignore.isEmpty()) {
      return false;
    }
    Path p = Path.of(file);
    for (PathMatcher m : ignore) {
      if (m.matches(p)) {
        return true;
      }
    }
    return false;
  }

  public List<String> ignoreGlobs() {
    return ignoreGlobs;
  }

  /** Collects settings; names may be check ids, aliases or group ids. */
  public static final class Builder {
    private final Set<String> enabled = new LinkedHashSet<>();
    private final Map<String, Severity> severities = new HashMap<>();
    private final Map<String, Map<String, Object>> options = new HashMap<>();
    private final List<String> ignore = new ArrayList<>();

    private Builder() {
      for (Check c : Checks.all()) {
        if (c.info().enabledByDefault()) {
          enabled.add(c.info().id());
        }
      }
    }

    /** Turns on the named check or group. */
    public Builder enable(String name) {
      for (Check c : Checks.select(name)) {
        enabled.add(c.info().id());
      }
      return this;
    }

    /** Turns off the named check or group. */
    public Builder disable(String name) {
      for (Check c : Checks.select(name)) {
        enabled.remove(c.info().id());
      }
      return this;
    }

    public Builder severity(String name, Severity s) {
      for (Check c : Checks.select(name)) {
        severities.put(c.info().id(), s);
      }
      return this;
    }

    /** Sets an option of one check; unknown option names are rejected with the known ones. */
    public Builder option(String checkName, String option, Object value) {
      Check c = Checks.find(checkName);
      if (c == null) {
        Checks.select(checkName); // throws with a suggestion, or accepts a group
        throw new IllegalArgumentException("options belong to one check, not to group '"
            + checkName + "'");
      }
      CheckOption spec = c.info().options().stream().filter(o -> o.name().equals(option))
          .findFirst().orElse(null);
      if (spec == null) {
        List<String> names = c.info().options().stream().map(CheckOption::name).toList();
        throw new IllegalArgumentException(c.info().id() + " has no option '" + option + "'"
            + (names.isEmpty() ? " (it has none)" : "; it has: " + String.join(", ", names)));
      }
      options.computeIfAbsent(c.info().id(), k -> new HashMap<>())
          .put(option, coerce(c.info(), spec, value));
      return this;
    }

    /**
     * Converts a configured value to the type of the option's default: a list from a YAML list or
     * a comma-separated string (checkmake.ini's form), an integer from a number or its digits.
     */
    private static Object coerce(CheckInfo check, CheckOption spec, Object value) {
      String where = check.id() + "." + spec.name() + ": ";
      Object d = spec.defaultValue();
      if (d instanceof List<?>) {
        if (value instanceof List<?> l) {
          return l.stream().map(String::valueOf).toList();
        }
        String s = String.valueOf(value).strip();
        return s.isEmpty() ? List.of()
            : java.util.Arrays.stream(s.split("\\s*,\\s*")).filter(x -> !x.isEmpty()).toList();
      }
      if (d instanceof Integer) {
        if (value instanceof Integer) {
          return value;
        }
        try {
          return Integer.parseInt(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(where + "expected a whole number, got '" + value
              + "'");
        }
      }
      if (d instanceof Boolean) {
        if (value instanceof Boolean) {
          return value;
        }
        String s = String.valueOf(value).strip();
        if (s.equals("true") || s.equals("false")) {
          return Boolean.parseBoolean(s);
        }
        throw new IllegalArgumentException(where + "expected true or false, got '" + value + "'");
      }
      if (value instanceof List<?> || value instanceof java.util.Map<?, ?>) {
        throw new IllegalArgumentException(where + "expected a single value");
      }
      return String.valueOf(value);
    }

    /** Drops findings whose file matches {@code glob} (java.nio glob syntax, e.g. {@code a/**}). */
    public Builder ignore(String glob) {
      FileSystems.getDefault().getPathMatcher("glob:" + glob); // reject bad globs now
      ignore.add(glob);
      return this;
    }

    public LintSettings build() {
      return new LintSettings(this);
    }
  }
}
