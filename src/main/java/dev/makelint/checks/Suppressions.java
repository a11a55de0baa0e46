package dev.makelint.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppression comments in the makefiles read: {@code # makelint: disable=ID[,ID…] --
 * reason} silences findings on its own line and the line below; {@code # makelint:
 * disable-file=ID} silences them in the whole file. Each comment remembers whether it silenced
 * anything, so that a stale one can be reported.
 */
final class Suppressions {
  private static final Pattern COMMENT = Pattern.compile(
      "#\\s*makelint:\\s*(disable-file|disable)\\s*=\\s*(.*?)\\s*(?:--.*)?$");

  /** One name in one suppression comment. */
  private static final class Entry {
    final String file;
    final int line;
    final int column;
    final boolean wholeFile;
    final String name;
    final List<String> ids;
    boolean used;

    Entry(String file, int line, int column, boolean wholeFile, String name, List<String> ids) {
      this.file = file;
      this.line = line;
      this.column = column;
      this.wholeFile = wholeFile;
      this.name = name;
      this.ids = ids;
    }

    boolean covers(Finding f) {
      return ids.contains(f.check()) && file.equals(f.file())
          && (wholeFile || f.line() == line || f.line() == line + 1);
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  private Suppressions() {}

  /** Finds the suppression comments in every makefile {@code ctx} read. */
  static Suppressions scan(LintContext ctx) {
    Suppressions s = new Suppressions();
    for (String file : ctx.makefileNames()) {
      if (!ctx.mayContain(file, "makelint:")) {
        continue;
      }
      List<String> lines = ctx.physicalLines(file);
      for (int i = 0; i < lines.size(); i++) {
        String text = lines.get(i);
        int hash = text.indexOf("makelint:");
        if (hash < 0) {
          continue;
        }
        Matcher m = COMMENT.matcher(text);
        if (!m.find()) {
          continue;
        }
        boolean wholeFile = m.group(1).equals("disable-file");
        for (String raw : m.group(2).split(",")) {
          String name = raw.strip();
          if (name.isEmpty()) {
            continue;
          }
          List<String> ids;
          try {
            ids = Checks.select(name).stream().map(c -> c.info().id()).toList();
          } catch (IllegalArgumentException e) {
            ids = List.of();
          }
          s.entries.add(new Entry(file, i + 1, m.start() + 1, wholeFile, name, ids));
        }
      }
    }
    return s;
  }

  /** The findings no comment suppresses; marks the comments that suppressed something. */
  List<Finding> apply(List<Finding> findings) {
    if (entries.isEmpty()) {
      return findings;
    }
    List<Finding> kept = new ArrayList<>();
    for (Finding f : findings) {
      boolean suppressed = false;
      for (Entry e : entries) {
        if (e.covers(f)) {
          e.used = true;
          suppressed = true;
        }
      }
      if (!suppressed) {
        kept.add(f);
      }
    }
    return kept;
  }

  /**
   * Findings for names that suppressed nothing: unknown names, and checks that ran and reported
   * nothing there. A name whose checks are all disabled is not reported: it may matter under
   * another configuration.
   */
  List<Finding> unused(LintSettings settings, CheckInfo unusedCheck) {
    List<Finding> out = new ArrayList<>();
    for (Entry e : entries) {
      if (e.used) {
        continue;
      }
      String message;
      if (e.ids.isEmpty()) {
        String hint = Checks.suggest(e.name);
        message = "suppression names unknown check '" + e.name + "'"
            + (hint == null ? "" : "; did you mean '" + hint + "'?");
      } else if (e.ids.stream().anyMatch(id -> settings.enabled(Checks.find(id).info()))) {
        message = "suppression of '" + e.name + "' suppresses nothing"
            + (e.wholeFile ? " in this file" : " on this line or the next") + "; remove it";
      } else {
        continue;
      }
      out.add(new Finding(unusedCheck.id(), unusedCheck.severity(), message, e.file, e.line,
          e.column, List.of()));
    }
    return out;
  }
}
