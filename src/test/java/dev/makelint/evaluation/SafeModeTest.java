package dev.makelint.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In the default safe mode nothing is executed and nothing is written, whatever the makefile says. */
class SafeModeTest {

  private static MakeDatabase read(Path dir, Platform platform, ShellRunner shell,
      FileSystemView fs) {
    EvalOptions o = new EvalOptions(dir, List.of(), List.of(), List.of(), Map.of(), List.of(),
        false, false, false, platform, Limits.DEFAULT);
    return Evaluator.evaluate(o, shell, fs);
  }

  /** A file system that fails the test on any write. */
  private static final FileSystemView NO_WRITES = new RealFilesView() {
    @Override
    public boolean write(Path p, String text, boolean append) {
      throw new AssertionError("safe mode tried to write " + p);
    }
  };

  @Test
  void shellCallsAreRecordedNotRunAndProbesFollowThePlatform(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("Makefile"), """
        OS_NAME := $(shell uname -s)
        ARCH != uname -m
        STAMP := $(shell touch created-by-shell && echo ran)
        all: ; @true
        """);
    Platform mac = Platform.parse("darwin-arm64");
    MakeDatabase db = read(dir, mac, new SafeShellRunner(mac), FileSystemView.READ_ONLY);
    assertThat(db.fatal()).isNull();
    assertThat(db.variable("OS_NAME").value()).isEqualTo("Darwin");
    assertThat(db.variable("ARCH").value()).isEqualTo("arm64");
    assertThat(db.variable("STAMP").value()).isEmpty();
    assertThat(db.shellCalls()).extracting(ShellCall::executed).containsOnly(false);
    assertThat(db.shellCalls()).extracting(ShellCall::location)
        .contains(new Location("Makefile", 3));
    assertThat(dir.resolve("created-by-shell")).doesNotExist();
  }

  @Test
  void fileWritesGoThroughTheFileSystemViewAndAreRefusedWhenSafe(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("Makefile"), """
        $(file >out.txt,hello)
        all: ; @true
        """);
    MakeDatabase db = read(dir, Platform.parse("linux-x86_64"),
        new SafeShellRunner(Platform.parse("linux-x86_64")), FileSystemView.READ_ONLY);
    assertThat(dir.resolve("out.txt")).doesNotExist();
    assertThat(db.diagnostics()).extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("not written"));
  }

  @Test
  void aMakefileWithoutShellUseNeverReachesAWrite(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Makefile"), "X = 1\nall: ; @echo $(X)\n");
    MakeDatabase db = read(dir, Platform.parse("linux-x86_64"),
        (command, at) -> {
          throw new AssertionError("shell started for " + command);
        },
        NO_WRITES);
    assertThat(db.fatal()).isNull();
    assertThat(db.defaultGoal()).isEqualTo("all");
  }

  @Test
  void fatalErrorsCarryMakesWordingAndLocation(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Makefile"), "all:\n        echo spaces\n");
    MakeDatabase db = read(dir, Platform.parse("linux-x86_64"),
        new SafeShellRunner(Platform.parse("linux-x86_64")), NO_WRITES);
    assertThat(db.fatal()).isNotNull();
    assertThat(db.fatal().location()).isEqualTo(new Location("Makefile", 2));
    assertThat(db.fatal().getMessage())
        .isEqualTo("missing separator (did you mean TAB instead of 8 spaces?)");
  }
}
