package dev.makelint.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How often reading asks the file system about an included makefile: once whether it is there
 * and once for its text (a large tree includes thousands of fragments, and each question is a
 * system call), and the include's outcome stays what make's is.
 */
class IncludeLookupsTest {
  @TempDir Path dir;

  /** The real files, with every question noted as "exists NAME" or "read NAME". */
  private final List<String> asked = new ArrayList<>();

  private final FileSystemView counting = new RealFilesView() {
    @Override
    public boolean exists(Path p) {
      asked.add("exists " + shown(p));
      return super.exists(p);
    }

    @Override
    public String read(Path p) throws IOException {
      asked.add("read " + shown(p));
      return super.read(p);
    }

    @Override
    public boolean write(Path p, String text, boolean append) {
      return false;
    }
  };

  private String shown(Path p) {
    return p.startsWith(dir) ? dir.relativize(p).toString() : p.toString();
  }

  private MakeDatabase read(List<String> includeDirs) {
    EvalOptions o = new EvalOptions(dir, List.of(), includeDirs, List.of(), Map.of(), List.of(),
        false, false, false, Platform.parse("linux-x86_64"), Limits.DEFAULT);
    return Evaluator.evaluate(o, new SafeShellRunner(o.platform()), counting);
  }

  @Test
  void eachIncludedFileIsLookedUpOnceAndReadOnce() throws IOException {
    Files.writeString(dir.resolve("Makefile"), "include a.mk b.mk\n-include gone.mk\nall: ;\n");
    Files.writeString(dir.resolve("a.mk"), "A := 1\n");
    Files.writeString(dir.resolve("b.mk"), "B := $(A)2\n");
    MakeDatabase db = read(List.of());
    assertThat(db.fatal()).isNull();
    assertThat(db.variable("B").value()).isEqualTo("12");
    assertThat(asked).filteredOn(q -> q.endsWith(".mk")).containsExactly(
        "exists a.mk", "read a.mk", "exists b.mk", "read b.mk", "exists gone.mk",
        // make's own include directories, searched for a file not found as named
        "exists /usr/include/gone.mk", "exists /usr/gnu/include/gone.mk",
        "exists /usr/local/include/gone.mk");
  }

  @Test
  void aFileFoundInAnIncludeDirectoryIsReadUnderThatName() throws IOException {
    Files.createDirectories(dir.resolve("inc"));
    Files.writeString(dir.resolve("Makefile"), "include common.mk\nall: ;\n");
    Files.writeString(dir.resolve("inc/common.mk"), "C := found\n");
    MakeDatabase db = read(List.of("inc"));
    assertThat(db.fatal()).isNull();
    assertThat(db.variable("C").value()).isEqualTo("found");
    assertThat(asked).filteredOn(q -> q.endsWith(".mk")).containsExactly(
        "exists common.mk", "exists inc/common.mk", "read inc/common.mk");
    assertThat(db.variable("MAKEFILE_LIST").value()).contains("inc/common.mk");
  }
}
