package dev.makelint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The floor measure asks every question it is given, once, whatever the number of threads. */
class FileSystemFloorTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void listsEveryDirectoryAndTestsEveryFile(int threads) throws Exception {
    Files.createDirectories(dir.resolve("a/b"));
    Files.createDirectories(dir.resolve("c"));
    Files.writeString(dir.resolve("a/x.c"), "");
    Files.writeString(dir.resolve("a/x.h"), "");
    Files.writeString(dir.resolve("a/b/y.c"), "");
    List<String> directories = List.of(name("a"), name("a/b"), name("c"), name("missing"));
    List<String> files = List.of(name("a/x.c"), name("a/b/y.c"), name("a/nope.c"));

    FileSystemFloor.Result r = FileSystemFloor.ask(directories, files, threads);

    // a: x.c, x.h, b; a/b: y.c; c and missing: nothing
    assertThat(r.entries()).isEqualTo(4);
    assertThat(r.present()).isEqualTo(2);
    assertThat(r.nanos()).isPositive();
  }

  @Test
  void noQuestionsFindNothing() throws Exception {
    FileSystemFloor.Result r = FileSystemFloor.ask(List.of(), List.of(), 2);
    assertThat(r.entries()).isZero();
    assertThat(r.present()).isZero();
  }

  private String name(String relative) {
    return dir.resolve(relative).toString();
  }
}
