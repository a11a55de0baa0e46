package dev.makelint.checks;

import java.util.List;

/**
 * What a check is, independent of running it: the facts that {@code makelint rules}, {@code
 * makelint explain}, the documentation, SARIF's rule list and the configuration all use.
 *
 * @param id kebab-case, never changed once released
 * @param severity the default severity
 * @param summary one line, lower case, no final period
 * @param group the family it is enabled and disabled with
 * @param enabledByDefault whether it runs without being asked for
 * @param aliases other names accepted for it (checkmake's rule names)
 * @param options the settings it reads from the configuration
 */
public record CheckInfo(
    String id,
    Severity severity,
    String summary,
    CheckGroup group,
    boolean enabledByDefault,
    List<String> aliases,
    List<CheckOption> options) {
  public CheckInfo {
    aliases = List.copyOf(aliases);
    options = List.copyOf(options);
  }

  /** A check enabled by default, without aliases or options. */
  public static CheckInfo of(String id, Severity severity, CheckGroup group, String summary) {
    return new CheckInfo(id, severity, summary, group, true, List.of(), List.of());
  }

  public CheckInfo disabledByDefault() {
    return new CheckInfo(id, severity, summary, group, false, aliases, options);
  }

  public CheckInfo withAliases(String... names) {
    return new CheckInfo(id, severity, summary, group, enabledByDefault, List.of(names), options);
  }

  public CheckInfo withOptions(CheckOption... opts) {
    return new CheckInfo(id, severity, summary, group, enabledByDefault, aliases, List.of(opts));
  }

  /** True when {@code name} is this check's id or one of its aliases. */
  public boolean answersTo(String name) {
    return id.equals(name) || aliases.contains(name);
  }
}
