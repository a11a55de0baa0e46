package dev.makelint.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs bench/compare.sh on two fake builds of makelint whose launchers log their arguments, one
 * of them slow: the script must alternate them, pass both the same arguments and find the fast
 * one faster.
 */
class CompareScriptTest {
  @TempDir Path tmp;

  @Test
  void alternatesTheTwoBuildsWithTheSameArgumentsAndComparesTheirMedians() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
    Path log = tmp.resolve("calls");
    Path slow = fakeBuild("slow", "sleep 0.3", log);
    Path fast = fakeBuild("fast", ":", log);

    Result r = run("-n", "3", slow.toString(), fast.toString(), "-C", "some dir", "X=1");

    assertThat(r.status).as(r.out).isZero();
    String call = " -C|some dir|X=1|";
    assertThat(Files.readAllLines(log)).containsExactly(
        "slow" + call, "fast" + call, "slow" + call, "fast" + call, "slow" + call, "fast" + call);
    assertThat(r.out).contains("A " + slow + ": median ", "B " + fast + ": median ");
    Matcher ratio = Pattern.compile("B/A \\(medians\\): ([0-9.]+) ").matcher(r.out);
    assertThat(ratio.find()).as(r.out).isTrue();
    assertThat(Double.parseDouble(ratio.group(1))).isLessThan(0.5);
  }

  @Test
  void theCpuTimeOfARunIsItsOwn() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
    Path log = tmp.resolve("calls");
    // the first waits and uses next to no CPU, the second computes for a while
    Path waits = fakeBuild("waits", "sleep 0.3", log);
    Path works = fakeBuild("works",
        "i=0; while [ $i -lt 200000 ]; do i=$((i + 1)); done", log);

    Result r = run("-n", "2", waits.toString(), works.toString(), "-C", "x");

    assertThat(r.status).as(r.out).isZero();
    Matcher waitsCpu = Pattern.compile("A .*; CPU median ([0-9.]+) ms").matcher(r.out);
    Matcher worksCpu = Pattern.compile("B .*; CPU median ([0-9.]+) ms").matcher(r.out);
    assertThat(waitsCpu.find() && worksCpu.find()).as(r.out).isTrue();
    assertThat(Double.parseDouble(worksCpu.group(1))).as(r.out).isGreaterThan(50)
        .isGreaterThan(5 * Double.parseDouble(waitsCpu.group(1)));
    assertThat(r.out).contains("B/A (CPU medians): ");
  }

  @Test
  void theClockStartsNoProcessWhereBashHasOne() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
    Result version = run(List.of("bash", "-c", "echo ${EPOCHREALTIME:+has}"), null);
    assumeTrue(version.out.contains("has"), "needs bash 5 (EPOCHREALTIME)");
    Path log = tmp.resolve("calls");
    Path a = fakeBuild("a", ":", log);
    Path b = fakeBuild("b", ":", log);
    // a date first on PATH that notes each time it is started
    Path bin = Files.createDirectories(tmp.resolve("path"));
    Path dateLog = tmp.resolve("date-calls");
    Path date = Files.writeString(bin.resolve("date"),
        "#!/bin/sh\necho started >> '" + dateLog + "'\nexec /bin/date \"$@\"\n");
    Files.setPosixFilePermissions(date, PosixFilePermissions.fromString("rwxr-xr-x"));

    List<String> cmd = new ArrayList<>(List.of("bash", "bench/compare.sh", "-n", "2",
        a.toString(), b.toString(), "-C", "x"));
    Result r = run(cmd, bin + ":" + System.getenv("PATH"));

    assertThat(r.status).as(r.out).isZero();
    assertThat(r.out).contains("B/A (medians): ");
    // started between two readings of the clock, a process counts into the run's time
    assertThat(dateLog).doesNotExist();
  }

  @Test
  void phasesAreTheMediansOfTheMarksAndMissingMarksAreSaid() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
    Path log = tmp.resolve("calls");
    Path unmarked = fakeBuild("unmarked", ":", log);
    // marks 2, 3, 4 and 1 ms apart, when asked for with the property
    Path marked = fakeBuild("marked", "case \"$MAKELINT_JAVA_OPTS\" in\n"
        + "  *-Dmakelint.timeline=true*)\n"
        + "    t=$(date +%s%N | cut -c1-16)\n"
        + "    for m in \"main 0\" \"read 2000\" \"lint 5000\" \"report 9000\" \"done 10000\" "
        + "\"exit 10000\"; do\n"
        + "      set -- $m; echo \"makelint-timeline: $1 $((t + $2))\" >&2\n"
        + "    done ;;\n"
        + "esac", log);

    Result r = run("-n", "3", "-p", unmarked.toString(), marked.toString(), "-C", "x");

    assertThat(r.status).as(r.out).isZero();
    assertThat(r.out).contains("A phases (medians): no phase marks")
        .contains("command line 2.0, read 3.0, lint 4.0, report 1.0, exit ");
  }

  @Test
  void aCommandThatDoesNotLintHasOnlyItsCommandLinePhase() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
    Path log = tmp.resolve("calls");
    // --version marks main and exit only, 3 ms apart
    String marks = "t=$(date +%s%N | cut -c1-16)\n"
        + "echo \"makelint-timeline: main $t\" >&2\n"
        + "echo \"makelint-timeline: exit $((t + 3000))\" >&2";
    Path a = fakeBuild("a", marks, log);
    Path b = fakeBuild("b", marks, log);

    Result r = run("-n", "1", "-p", a.toString(), b.toString(), "--version");

    assertThat(r.status).as(r.out).isZero();
    assertThat(r.out).contains(
        "B phases (medians): start ", ", command line 3.0, read 0.0, lint 0.0, report 0.0, exit ");
  }

  @Test
  void refusesToRunWithoutTwoBuilds() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
    Result one = run(tmp.toString());
    assertThat(one.status).isEqualTo(2);
    assertThat(one.out).contains("usage: bench/compare.sh");
    Result missing = run(tmp.resolve("a").toString(), tmp.resolve("b").toString());
    assertThat(missing.status).isEqualTo(2);
    assertThat(missing.out).contains("no " + tmp.resolve("a") + "/bin/makelint");
  }

  private record Result(int status, String out) {}

  private static Result run(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("bash", "bench/compare.sh"));
    cmd.addAll(List.of(args));
    return run(cmd, null);
  }

  /** Runs {@code cmd}, with {@code path} as its PATH unless null. */
  private static Result run(List<String> cmd, String path)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    if (path != null) {
      pb.environment().put("PATH", path);
    }
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), out);
  }

  /**
   * A checkout whose bin/makelint logs "NAME arg|arg|..." to {@code log}, then runs {@code work}.
   */
  private Path fakeBuild(String name, String work, Path log) throws IOException {
    Path dir = tmp.resolve(name);
    Files.createDirectories(dir.resolve("bin"));
    Path launcher = Files.writeString(dir.resolve("bin/makelint"), "#!/bin/sh\n"
        + "{ printf '%s ' " + name + "; for a in \"$@\"; do printf '%s|' \"$a\"; done; echo; } >> '"
        + log + "'\n" + work + "\n");
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    return dir;
  }
}
