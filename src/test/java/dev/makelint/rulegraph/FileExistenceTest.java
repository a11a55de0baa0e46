package dev.makelint.rulegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The directory cache: exists answers as Files.exists does; listed answers as make's directory
 * cache does, where a dangling link is an entry like any other.
 */
class FileExistenceTest {
  @TempDir Path dir;

  @Test
  void answersAsFilesExists() throws Exception {
    answersAsFilesExistsIn(dir);
  }

  /** The same questions where names are handed to the system relative to the working directory. */
  @Test
  void answersAsFilesExistsBelowTheWorkingDirectory() throws Exception {
    Path cwd = Path.of("").toAbsolutePath();
    Path below = Files.createTempDirectory(cwd.resolve("target"), "file-existence");
    try {
      assertThat(FileExistence.systemBase(below)).isEqualTo(cwd.relativize(below));
      answersAsFilesExistsIn(below);
    } finally {
      try (var walk = Files.walk(below)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /** workDir is the working directory itself: names go to the system as they are, "" as ".". */
  @Test
  void answersInTheWorkingDirectory() {
    Path cwd = Path.of("").toAbsolutePath();
    FileExistence files = new FileExistence(cwd);
    for (String n : List.of("", ".", "pom.xml", "POM.XML", "src", "src/", "src/main",
        "src/none.c", "src/RCS/x.c,v", "nodir/a.c", "./pom.xml", "src/../pom.xml")) {
      assertThat(files.exists(n)).as(n).isEqualTo(Files.exists(cwd.resolve(n)));
      assertThat(files.listed(n, files.recent())).as("listed: %s", n)
          .isEqualTo(Files.exists(cwd.resolve(n), LinkOption.NOFOLLOW_LINKS));
    }
  }

  @Test
  void namesTheWorkingDirectoryAndWhatIsBelowItRelatively() {
    Path cwd = Path.of("").toAbsolutePath();
    assertThat(FileExistence.systemBase(cwd).toString()).isEmpty();
    assertThat(FileExistence.systemBase(cwd.resolve("a/b"))).isEqualTo(Path.of("a/b"));
    // outside the working directory, or not normalised: as given
    Path outside = cwd.getRoot().resolve("elsewhere-" + cwd.getFileName());
    assertThat(FileExistence.systemBase(outside)).isEqualTo(outside);
    Path notNormal = cwd.resolve("a/../b");
    assertThat(FileExistence.systemBase(notNormal)).isEqualTo(notNormal);
    assertThat(FileExistence.systemBase(Path.of("rel"))).isEqualTo(Path.of("rel"));
  }

  /**
   * Java's idea of the working directory (user.dir, which a command line may set) is not the
   * process's: names stay absolute, or they would be looked up in the wrong directory.
   */
  @Test
  void keepsNamesAbsoluteWhenUserDirIsNotTheProcesssWorkingDirectory() {
    Path below = dir.resolve("sub");
    assertThat(FileExistence.systemBase(below, dir)).isEqualTo(below);
    Path cwd = Path.of("").toAbsolutePath();
    assertThat(FileExistence.systemBase(cwd.resolve("sub"), cwd)).isEqualTo(Path.of("sub"));
  }

  private static void answersAsFilesExistsIn(Path dir) throws Exception {
    Files.createDirectories(dir.resolve("src/sub"));
    Files.writeString(dir.resolve("src/a.c"), "");
    Files.writeString(dir.resolve("src/sub/b.c"), "");
    Files.writeString(dir.resolve("Top.c"), "");
    Files.createSymbolicLink(dir.resolve("src/dangling.c"), dir.resolve("nowhere.c"));
    Files.createSymbolicLink(dir.resolve("linkdir"), dir.resolve("src"));
    FileExistence files = new FileExistence(dir);
    List<String> names = List.of("src/a.c", "src/b.c", "src/sub/b.c", "src/sub", "src/sub/",
        "src/./a.c", "src/sub/../a.c", "src//a.c", "Top.c", "top.c", "src/dangling.c",
        "linkdir/a.c", "linkdir/zz.c", "nodir/a.c", "nodir/RCS/a.c,v", "src/RCS/a.c,v",
        dir.resolve("src/a.c").toString(), dir.resolve("src/none.c").toString(), "src", ".", "",
        "/", "..", "./src/a.c", "src/a.c/", "src/.hidden", "src/..a", "src/a..c", "//src/a.c");
    for (int round = 0; round < 2; round++) { // the second round answers from the caches
      for (String n : names) {
        assertThat(files.exists(n)).as("round %d: %s", round, n)
            .isEqualTo(Files.exists(dir.resolve(n)));
        boolean listed = Files.exists(dir.resolve(n), LinkOption.NOFOLLOW_LINKS);
        assertThat(files.listed(n, files.recent())).as("round %d, listed: %s", round, n).isEqualTo(listed);
        Boolean known = files.listedIfKnown(n, files.recent()); // null: only a stat can say
        if (known != null) {
          assertThat(known).as("round %d, listed without a stat: %s", round, n)
              .isEqualTo(listed);
        }
        // the entries of the directory n begins with, asked without cutting it out
        int dirEnd = n.lastIndexOf('/') + 1;
        for (String entry : List.of("src", "sub", "a.c", "RCS", "dangling.c", "Top.c")) {
          Boolean has = files.hasEntry(n, dirEnd, entry, files.recent());
          if (has != null) {
            assertThat(has).as("round %d: %s in the directory of %s", round, entry, n)
                .isEqualTo(Files.exists(dir.resolve(n.substring(0, dirEnd)).resolve(entry),
                    LinkOption.NOFOLLOW_LINKS));
          }
        }
      }
    }
  }
}
