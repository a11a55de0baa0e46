package dev.makelint.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code --shell=run}: executes commands with {@code /bin/sh -c} as make does. This is the only
 * class in makelint that starts a process.
 */
public final class ProcessShellRunner implements ShellRunner {
  private final Path workDir;
  private final Map<String, String> environment;

  public ProcessShellRunner(Path workDir, Map<String, String> environment) {
    this.workDir = workDir;
    this.environment = environment;
  }

  @Override
  public Result run(String command, Location location) {
    ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command);
    pb.directory(workDir.toFile());
    pb.environment().clear();
    pb.environment().putAll(environment);
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    pb.redirectInput(ProcessBuilder.Redirect.PIPE);
    try {
      Process p = pb.start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int status = p.waitFor();
      return new Result(clean(out), status, true);
    } catch (IOException e) {
      return new Result("", 127, true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result("", 130, true);
    }
  }

  /** make's treatment of shell output: trailing newline dropped, other newlines to spaces. */
  static String clean(String out) {
    if (out.endsWith("\n")) {
      out = out.substring(0, out.length() - 1);
      if (out.endsWith("\r")) {
        out = out.substring(0, out.length() - 1);
      }
    }
    return out.replace("\r\n", " ").replace('\n', ' ');
  }
}
