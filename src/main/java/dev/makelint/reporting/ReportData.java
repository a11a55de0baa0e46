package dev.makelint.reporting;

import dev.makelint.checks.Finding;
import dev.makelint.checks.LintSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a findings report shows.
 *
 * @param findings in the order to print them
 * @param errors fatal reading errors, as findings (usually without a check id)
 * @param version makelint's version
 * @param workDir the directory the findings' relative file names start from (-C)
 * @param sourceRoot the directory CI consumers resolve paths against: the repository root (see
 *     {@link #sourceRootFor}); SARIF, GitHub and Checkstyle output name files relative to it
 * @param filesRead how many makefiles were read, for the text summary
 * @param settings the checks' configuration, for SARIF's rule list
 */
public record ReportData(
    List<Finding> findings,
    List<Finding> errors,
    String version,
    Path workDir,
    Path sourceRoot,
    int filesRead,
    LintSettings settings) {
  public ReportData {
    findings = List.copyOf(findings);
    errors = List.copyOf(errors);
    workDir = workDir.toAbsolutePath().normalize();
    sourceRoot = sourceRoot == null ? workDir : sourceRoot.toAbsolutePath().normalize();
    settings = settings == null ? LintSettings.defaults() : settings;
  }

  /**
   * The directory CI tools resolve file names against, for a run in {@code workDir}: the GitHub
   * Actions workspace ({@code GITHUB_WORKSPACE}) when the working directory lies in it, else the
   * nearest enclosing git working tree (a directory holding {@code .git}), else the working
   * directory itself.
   */
  public static Path sourceRootFor(Path workDir, Map<String, String> env) {
    Path wd = workDir.toAbsolutePath().normalize();
    String ws = env.get("GITHUB_WORKSPACE");
    if (ws != null && !ws.isEmpty()) {
      Path w = Path.of(ws).toAbsolutePath().normalize();
      if (wd.startsWith(w)) {
        return w;
      }
    }
    for (Path d = wd; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(".git"))) {
        return d;
      }
    }
    return wd;
  }

  /** The absolute path of a file named as findings name it. */
  public Path absolute(String file) {
    return workDir.resolve(file).normalize();
  }

  /**
   * A file as CI tools want it: relative to {@link #sourceRoot} with '/' separators when it lies
   * inside it, else absolute.
   */
  public String rootRelative(String file) {
    if (file == null) {
      return null;
    }
    Path p = absolute(file);
    String s = p.startsWith(sourceRoot) ? sourceRoot.relativize(p).toString() : p.toString();
    return s.replace('\\', '/');
  }

  /** True when {@code file} lies inside {@link #sourceRoot}. */
  public boolean insideRoot(String file) {
    return file != null && absolute(file).startsWith(sourceRoot);
  }
}
