package dev.makelint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs bin/makelint from a scratch copy of the repository layout with a fake JDK whose "java"
 * prints the arguments it is given, so the test sees the JVM command line the launcher builds:
 * which jar, which class archive, which launcher path, through symlinks to the script and to
 * java, with and without {@code readlink -f}.
 */
class LauncherTest {
  private static final String RUNTIME = "17.0.99+1-launcher-test";

  @TempDir Path tmp;
  Path root;
  Path jdk;

  @BeforeEach
  void layout() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
    root = tmp.resolve("repo");
    Files.createDirectories(root.resolve("bin"));
    Files.createDirectories(root.resolve("target"));
    Path launcher = root.resolve("bin/makelint");
    Files.copy(Path.of("bin/makelint"), launcher);
    executable(launcher);
    Path jar = Files.writeString(root.resolve("target/makelint.jar"), "");
    Path jsa = Files.writeString(root.resolve("target/makelint.jsa"), "");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000_000L));
    Files.setLastModifiedTime(jsa, FileTime.fromMillis(2_000_000_000L));
    jdk = tmp.resolve("jdk-home");
    Files.writeString(root.resolve("target/makelint.jsa.jdk"),
        RUNTIME + "\n" + jdk.resolve("bin/java") + "\n");
    Files.createDirectories(jdk.resolve("bin"));
    Files.writeString(jdk.resolve("release"),
        "IMPLEMENTOR=\"test\"\nJAVA_RUNTIME_VERSION=\"" + RUNTIME + "\"\nJAVA_VERSION=\"17\"\n");
    Path java = Files.writeString(jdk.resolve("bin/java"),
        "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
    executable(java);
  }

  @Test
  void runsTheJarWithTheArchiveWhenTheJdkMatches() throws Exception {
    List<String> args = launch(root.resolve("bin/makelint"), Map.of("JAVA_HOME", jdk.toString()),
        "-C", "some dir", "X=1");
    assertThat(args)
        .contains("-XX:SharedArchiveFile=" + root.resolve("target/makelint.jsa"))
        .contains("-Dmakelint.launcher=" + root.resolve("bin/makelint"))
        .containsSubsequence("-cp", root.resolve("target/makelint.jar").toString(),
            "dev.makelint.cli.Main", "-C", "some dir", "X=1");
    assertThat(args.subList(args.size() - 3, args.size())).containsExactly("-C", "some dir", "X=1");
    // the class the launcher names is the jar's main class, with its main method
    String main = args.get(args.indexOf("-cp") + 2);
    int modifiers = Class.forName(main).getMethod("main", String[].class).getModifiers();
    assertThat(Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers)).isTrue();
  }

  @Test
  void sizesTheFirstHeapUnlessTheUserSizesIt() throws Exception {
    assertThat(launch(root.resolve("bin/makelint"), Map.of("JAVA_HOME", jdk.toString())))
        .contains("-Xms512m", "-XX:NewSize=8m");
    // a -Xmx below the launcher's -Xms would stop the JVM: the user's sizes win
    for (String opts : List.of("-Xmx256m", "-Dx=1 -Xms64m", "-XX:MaxRAMPercentage=25")) {
      List<String> args = launch(root.resolve("bin/makelint"),
          Map.of("JAVA_HOME", jdk.toString(), "MAKELINT_JAVA_OPTS", opts));
      assertThat(args).as(opts).doesNotContain("-Xms512m", "-XX:NewSize=8m")
          .contains(opts.split(" "));
    }
  }

  @Test
  void asksForTransparentHugePagesWhereLinuxOffersThemUnlessTheUserChoosesPages()
      throws Exception {
    Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    boolean offered = Files.isReadable(setting)
        && Files.readString(setting).matches("(?s).*\\[(always|madvise)\\].*");
    List<String> args = launch(root.resolve("bin/makelint"), Map.of("JAVA_HOME", jdk.toString()));
    if (offered) {
      assertThat(args).contains("-XX:+UseTransparentHugePages");
    } else {
      assertThat(args).doesNotContain("-XX:+UseTransparentHugePages");
    }
    for (String opts : List.of("-XX:-UseTransparentHugePages", "-XX:+UseLargePages")) {
      assertThat(launch(root.resolve("bin/makelint"),
          Map.of("JAVA_HOME", jdk.toString(), "MAKELINT_JAVA_OPTS", opts)))
          .as(opts).doesNotContain("-XX:+UseTransparentHugePages").contains(opts);
    }
  }

  @Test
  void startsOneCompilerThreadOnAtMostTwoProcessorsUnlessTheUserSetsACount() throws Exception {
    Path online = Path.of("/sys/devices/system/cpu/online");
    int processors = 0;
    if (Files.isReadable(online)) {
      for (String range : Files.readString(online).strip().split(",")) {
        String[] ends = range.split("-");
        processors += ends.length == 2
            ? Integer.parseInt(ends[1]) - Integer.parseInt(ends[0]) + 1 : 1;
      }
    }
    List<String> args = launch(root.resolve("bin/makelint"), Map.of("JAVA_HOME", jdk.toString()));
    if (processors >= 1 && processors <= 2) {
      assertThat(args).containsSubsequence("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");
    } else {
      assertThat(args).doesNotContain("-XX:CICompilerCount=1");
    }
    assertThat(launch(root.resolve("bin/makelint"),
        Map.of("JAVA_HOME", jdk.toString(), "MAKELINT_JAVA_OPTS", "-XX:CICompilerCount=3")))
        .doesNotContain("-XX:CICompilerCount=1").contains("-XX:CICompilerCount=3");
  }

  @Test
  void promotesAtTheFirstCollectionUnlessTheUserSetsAThreshold() throws Exception {
    assertThat(launch(root.resolve("bin/makelint"), Map.of("JAVA_HOME", jdk.toString())))
        .containsSubsequence("-XX:+UseParallelGC", "-XX:MaxTenuringThreshold=0");
    assertThat(launch(root.resolve("bin/makelint"),
        Map.of("JAVA_HOME", jdk.toString(), "MAKELINT_JAVA_OPTS", "-XX:MaxTenuringThreshold=3")))
        .doesNotContain("-XX:MaxTenuringThreshold=0").contains("-XX:MaxTenuringThreshold=3");
  }

  @Test
  void leavesTheArchiveOutForAnotherJdkBuild() throws Exception {
    // the same java, updated in place since the archive was made
    Files.writeString(root.resolve("target/makelint.jsa.jdk"),
        "17.0.1+1-other\n" + jdk.resolve("bin/java") + "\n");
    List<String> args = launch(root.resolve("bin/makelint"), Map.of("JAVA_HOME", jdk.toString()));
    assertThat(args).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"))
        .contains("-cp", root.resolve("target/makelint.jar").toString());
  }

  @Test
  void leavesTheArchiveOutForAnotherJava() throws Exception {
    // another JDK of the same build: its release file would agree, but it is not the same java
    Path other = tmp.resolve("other-jdk");
    Files.createDirectories(other.resolve("bin"));
    Files.copy(jdk.resolve("release"), other.resolve("release"));
    executable(Files.copy(jdk.resolve("bin/java"), other.resolve("bin/java")));
    Files.writeString(root.resolve("target/makelint.jsa.jdk"),
        RUNTIME + "\n" + other.resolve("bin/java") + "\n");
    assertThat(launch(root.resolve("bin/makelint"), Map.of("JAVA_HOME", jdk.toString())))
        .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
    // and a stamp from before the java was recorded
    Files.writeString(root.resolve("target/makelint.jsa.jdk"), RUNTIME + "\n");
    assertThat(launch(root.resolve("bin/makelint"), Map.of("JAVA_HOME", jdk.toString())))
        .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
  }

  @Test
  void findsJavaOnThePathAsExecWould() throws Exception {
    // a directory without java, then a symlink to the JDK's java, then another java
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Path links = Files.createDirectories(tmp.resolve("first"));
    Files.createSymbolicLink(links.resolve("java"), jdk.resolve("bin/java"));
    Path later = Files.createDirectories(tmp.resolve("later"));
    executable(Files.writeString(later.resolve("java"), "#!/bin/sh\nexit 3\n"));
    List<String> args = launch(root.resolve("bin/makelint"),
        Map.of("PATH", empty + ":" + links + ":" + later + ":/usr/bin:/bin"));
    assertThat(args).contains("-XX:SharedArchiveFile=" + root.resolve("target/makelint.jsa"));
  }

  @Test
  void leavesTheArchiveOutWhenItIsOlderThanTheJar() throws Exception {
    Files.setLastModifiedTime(root.resolve("target/makelint.jsa"), FileTime.fromMillis(10_000L));
    List<String> args = launch(root.resolve("bin/makelint"), Map.of("JAVA_HOME", jdk.toString()));
    assertThat(args).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
  }

  @Test
  void followsSymlinksToTheScriptAndToJavaOnThePath() throws Exception {
    Path links = linkFarm();
    assertRunsTheRepository(launch(links.resolve("ml"),
        Map.of("PATH", links + ":/usr/bin:/bin")));
  }

  @Test
  void followsSymlinksWithoutReadlinkF() throws Exception {
    Path links = linkFarm();
    // A readlink that refuses -f, as on systems whose readlink only reads one link.
    Path tools = Files.createDirectories(tmp.resolve("tools"));
    executable(Files.writeString(tools.resolve("readlink"), "#!/bin/sh\n"
        + "case $1 in -f) exit 1 ;; esac\nexec /usr/bin/env -i PATH=/usr/bin:/bin readlink \"$@\"\n"));
    assertRunsTheRepository(launch(links.resolve("ml"),
        Map.of("PATH", tools + ":" + links + ":/usr/bin:/bin")));
  }

  /** The scratch repository's jar, archive and launcher, found through the links. */
  private void assertRunsTheRepository(List<String> args) {
    assertThat(args)
        .contains("-XX:SharedArchiveFile=" + root.resolve("target/makelint.jsa"))
        .contains("-Dmakelint.launcher=" + root.resolve("bin/makelint"))
        .contains(root.resolve("target/makelint.jar").toString());
  }

  /** Without symlinks the launcher resolves nothing; with a linked bin directory it must. */
  @Test
  void findsTheRepositoryFromRelativeDottedAndLinkedDirectoryPaths() throws Exception {
    Map<String, String> env = Map.of("JAVA_HOME", jdk.toString());
    Path jar = root.resolve("target/makelint.jar");
    assertThat(jarOf(launch(root, Path.of("bin/makelint"), env))).isEqualTo(jar);
    assertThat(jarOf(launch(root.resolve("bin"), Path.of("./makelint"), env))).isEqualTo(jar);
    assertThat(jarOf(launch(tmp, root.resolve("bin/../bin/makelint"), env))).isEqualTo(jar);
    Path linkedBin = Files.createSymbolicLink(tmp.resolve("tools-bin"), root.resolve("bin"));
    List<String> args = launch(tmp, linkedBin.resolve("makelint"), env);
    assertThat(jarOf(args)).isEqualTo(jar);
    assertThat(args).contains("-XX:SharedArchiveFile=" + root.resolve("target/makelint.jsa"));
  }

  /** The jar the launcher passed, as a real path. */
  private static Path jarOf(List<String> args) throws IOException {
    return Path.of(args.get(args.indexOf("-cp") + 1)).toRealPath();
  }

  /** links/ml -> ../hop/makelint -> repo/bin/makelint (relative), links/java -> jdk/bin/java. */
  private Path linkFarm() throws IOException {
    Path links = Files.createDirectories(tmp.resolve("links"));
    Path hop = Files.createDirectories(tmp.resolve("hop"));
    Files.createSymbolicLink(hop.resolve("makelint"), Path.of("../repo/bin/makelint"));
    Files.createSymbolicLink(links.resolve("ml"), Path.of("../hop/makelint"));
    Files.createSymbolicLink(links.resolve("java"), jdk.resolve("bin/java"));
    return links;
  }

  private List<String> launch(Path script, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    return launch(tmp, script, env, args);
  }

  /** Runs {@code script} (absolute, or relative to {@code dir}) in {@code dir}. */
  private List<String> launch(Path dir, Path script, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    String[] cmd = new String[args.length + 1];
    cmd[0] = script.toString();
    System.arraycopy(args, 0, cmd, 1, args.length);
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().remove("JAVA_HOME");
    pb.environment().remove("MAKELINT_JAVA_OPTS");
    pb.environment().putAll(env);
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out.lines().toList();
  }

  private static void executable(Path file) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
