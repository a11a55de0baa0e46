package dev.makelint.cli;

import static dev.makelint.cli.FieldBinding.option;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code makelint hook install|uninstall}: a plain git pre-commit hook, for projects that do not
 * use the pre-commit framework. The hook passes the staged files ({@code git diff --cached
 * --name-only --diff-filter=ACM}) to {@code makelint pre-commit} and refuses the commit when it
 * reports findings at or above {@code --fail-on}.
 */
final class HookCommand implements Callable<Integer> {
  /** The line that marks a hook as makelint's. */
  static final String MARKER = "# makelint-hook: installed by 'makelint hook install'";

  final HelpOptions help = new HelpOptions();

  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

  HookCommand() {
    spec.name("hook").usageMessage().description("Install or remove a plain git pre-commit hook "
        + "that runs 'makelint pre-commit' on the staged files.");
    help.declare(spec);
    spec.addSubcommand("install", new Install().spec);
    spec.addSubcommand("uninstall", new Uninstall().spec);
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "expected 'install' or 'uninstall'");
  }

  static final class Install implements Callable<Integer> {
    final HelpOptions help = new HelpOptions();

    Path directory;

    boolean force;

    String failOn = "error";

    String command;

    private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

    Install() {
      spec.name("install").usageMessage().description("Write the repository's git pre-commit "
          + "hook (refuses to replace another hook unless --force).");
      help.declare(spec);
      spec.addOption(option(this, "directory", "-C", "--directory").paramLabel("DIR")
          .description("The repository (default: the current directory).").build());
      spec.addOption(option(this, "force", "--force")
          .description("Replace an existing pre-commit hook.").build());
      spec.addOption(option(this, "failOn", "--fail-on").paramLabel("LEVEL")
          .description("error (default), warning, info, never: findings at or above LEVEL "
              + "refuse the commit.").build());
      spec.addOption(option(this, "command", "--command").paramLabel("CMD")
          .description("The makelint command the hook runs, as a shell command (default: this "
              + "makelint's launcher by absolute path). MAKELINT in the environment overrides "
              + "it when the hook runs.").build());
    }

    @Override
    public Integer call() throws IOException {
      ReportOptions.threshold(failOn); // validate
      Path hook = hookFile(directory);
      String text = script(command == null ? defaultCommand() : command, failOn);
      PrintWriter out = spec.commandLine().getOut();
      if (Files.exists(hook)) {
        String old = Files.readString(hook, StandardCharsets.UTF_8);
        if (old.equals(text)) {
          out.println("makelint: " + hook + " is already installed");
          out.flush();
          return 0;
        }
        if (!force) {
          throw new UsageError(hook + " already exists"
              + (old.contains(MARKER) ? " (an older makelint hook)" : "")
              + "; use --force to replace it");
        }
      }
      Files.createDirectories(hook.getParent());
      Files.writeString(hook, text, StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
      } catch (UnsupportedOperationException e) {
        hook.toFile().setExecutable(true, false);
      }
      out.println("makelint: installed " + hook + " (findings at or above '" + failOn
          + "' refuse a commit; 'git commit --no-verify' skips the hook)");
      out.flush();
      return 0;
    }
  }

  static final class Uninstall implements Callable<Integer> {
    final HelpOptions help = new HelpOptions();

    Path directory;

    boolean force;

    private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

    Uninstall() {
      spec.name("uninstall").usageMessage().description(
          "Remove the git pre-commit hook written by 'makelint hook install'.");
      help.declare(spec);
      spec.addOption(option(this, "directory", "-C", "--directory").paramLabel("DIR")
          .description("The repository (default: the current directory).").build());
      spec.addOption(option(this, "force", "--force")
          .description("Remove the pre-commit hook even if it is not makelint's.").build());
    }

    @Override
    public Integer call() throws IOException {
      Path hook = hookFile(directory);
      PrintWriter out = spec.commandLine().getOut();
      if (!Files.exists(hook)) {
        out.println("makelint: no pre-commit hook at " + hook);
        out.flush();
        return 0;
      }
      if (!force && !Files.readString(hook, StandardCharsets.UTF_8).contains(MARKER)) {
        throw new UsageError(hook + " is not makelint's hook; use --force to remove it anyway");
      }
      Files.delete(hook);
      out.println("makelint: removed " + hook);
      out.flush();
      return 0;
    }
  }

  /** The hook as a POSIX shell script running {@code command} (a shell command prefix). */
  static String script(String command, String failOn) {
    return "#!/bin/sh\n"
        + MARKER + "\n"
        + "#\n"
        + "# Lints the staged makefiles before each commit, each one through the top-level\n"
        + "# makefile that reads it ('makelint pre-commit'), and refuses the commit when\n"
        + "# makelint reports findings at or above '" + failOn + "'.\n"
        + "# Skip it once: git commit --no-verify.  Remove it: makelint hook uninstall.\n"
        + "# MAKELINT, when set, replaces the command below (a shell command, split into words),\n"
        + "# e.g. MAKELINT='java -jar /opt/makelint/makelint.jar' git commit\n"
        + "makelint=" + quote(command) + "\n"
        + "if [ -n \"${MAKELINT:-}\" ]; then makelint=$MAKELINT; fi\n"
        + "\n"
        + "# Nothing added, copied or modified in the index: nothing to check.\n"
        + "if git diff --cached --quiet --diff-filter=ACM; then\n"
        + "  exit 0\n"
        + "fi\n"
        + "git -c core.quotePath=false diff --cached --name-only --diff-filter=ACM -z |\n"
        + "  xargs -0 sh -c \"$makelint\"' pre-commit --fail-on " + failOn
        + " -- \"$@\"' makelint-hook\n"
        + "status=$?\n"
        + "if [ \"$status\" -ne 0 ]; then\n"
        + "  echo \"makelint: commit refused (fix the findings above, or commit with"
        + " --no-verify)\" >&2\n"
        + "  exit 1\n"
        + "fi\n"
        + "exit 0\n";
  }

  /** {@code s} as one single-quoted shell word. */
  static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  /**
   * The command that runs this makelint: the launcher when started by bin/makelint (it says where
   * it is), else {@code java -jar} on this jar, else {@code makelint} from PATH.
   */
  static String defaultCommand() {
    String launcher = System.getProperty("makelint.launcher");
    if (launcher != null && !launcher.isEmpty() && Files.isExecutable(Path.of(launcher))) {
      return quote(Path.of(launcher).toAbsolutePath().normalize().toString());
    }
    try {
      Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(jar) && jar.toString().endsWith(".jar")) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return quote(java.toString()) + " -jar " + quote(jar.toAbsolutePath().toString());
      }
    } catch (Exception e) {
      // fall through
    }
    return "makelint";
  }

  /** Where git looks for the pre-commit hook of the repository at {@code dir}. */
  static Path hookFile(Path dir) {
    Path d = (dir == null ? Path.of("") : dir).toAbsolutePath().normalize();
    if (!Files.isDirectory(d)) {
      throw new UsageError("-C " + dir + ": no such directory");
    }
    String hooks = git(d, "rev-parse", "--git-path", "hooks");
    if (hooks == null || hooks.isEmpty()) {
      throw new UsageError(d + " is not in a git repository (or git is not installed)");
    }
    return d.resolve(hooks).normalize().resolve("pre-commit");
  }

  /** The first line git prints, or null when it fails. */
  private static String git(Path dir, String... args) {
    List<String> cmd = new java.util.ArrayList<>(List.of("git"));
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).directory(dir.toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      p.getOutputStream().close();
      byte[] out;
      try (InputStream in = p.getInputStream()) {
        out = in.readAllBytes();
      }
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      if (p.exitValue() != 0) {
        return null;
      }
      String s = new String(out, StandardCharsets.UTF_8);
      int nl = s.indexOf('\n');
      return (nl < 0 ? s : s.substring(0, nl)).strip();
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
