package dev.makelint.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.makelint.evaluation.EvalOptions;
import dev.makelint.evaluation.Evaluator;
import dev.makelint.evaluation.FileSystemView;
import dev.makelint.evaluation.Limits;
import dev.makelint.evaluation.Location;
import dev.makelint.evaluation.MakeDatabase;
import dev.makelint.evaluation.MakeError;
import dev.makelint.evaluation.Platform;
import dev.makelint.evaluation.SafeShellRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On large inputs some checks run beside the others (Linter.run): every check fixture gives
 * the same findings, in the same order, either way, and what the other lane throws reaches the
 * caller as it was thrown.
 */
class LinterLanesTest {
  @TempDir Path tmp;

  @Test
  void everyFixtureLintsTheSameInTwoLanesAsInOne() throws Exception {
    int fixtures = 0;
    int besideFindings = 0;
    for (Path fixture : LintFixtures.all()) {
      Path scratch = Files.createDirectories(tmp.resolve("f" + fixtures++));
      LintFixtures.Prepared p = LintFixtures.prepare(fixture, scratch);
      List<String> goals = new ArrayList<>();
      for (String a : p.args()) {
        if (a.indexOf('=') < 0) {
          goals.add(a);
        }
      }
      MakeDatabase db = read(p);
      if (db.fatal() != null && !db.readCompletely()) {
        continue;
      }
      List<Finding> oneLane = Linter.lint(db, p.workDir(), goals, p.settings(),
          Integer.MAX_VALUE);
      List<Finding> twoLanes = Linter.lint(read(p), p.workDir(), goals, p.settings(), 0);
      assertThat(twoLanes).as(fixture.toString()).isEqualTo(oneLane);
      besideFindings += (int) oneLane.stream()
          .filter(f -> f.check().equals(DuplicateSourceInLink.ID)
              || f.check().equals(DuplicateObjectInLink.ID)
              || f.check().equals(UnusedVariable.ID)).count();
    }
    assertThat(fixtures).isGreaterThan(100);
    assertThat(besideFindings).as("findings of the checks beside").isGreaterThan(5);
  }

  @Test
  void whatTheLaneBesideThrowsIsRethrownAsItWas() throws Exception {
    // duplicate-source-in-link's metadata: the check runs in the lane beside
    assertRethrownAsItWas(DuplicateSourceInLink.INFO);
  }

  @Test
  void whatTheCallingLaneThrowsIsRethrownToo() throws Exception {
    // duplicate-prerequisite's metadata: the check runs in the calling lane
    assertRethrownAsItWas(DuplicatePrerequisite.INFO);
  }

  /**
   * Two checks throw, one of each lane (and either lane may run the one beside): what one lane
   * would throw comes out, the first in the checks' order, whichever order they are in.
   */
  @Test
  void whenSeveralThrowTheFirstInTheChecksOrderIsRethrown() throws Exception {
    LintContext ctx = context();
    MakeError first = new MakeError(new Location("Makefile", 1), "first");
    MakeError second = new MakeError(new Location("Makefile", 2), "second");
    for (int round = 0; round < 20; round++) {
      assertThatThrownBy(() -> Linter.run(List.of(throwing(DuplicatePrerequisite.INFO, first),
          throwing(DuplicateSourceInLink.INFO, second)), ctx, true)).isSameAs(first);
      assertThatThrownBy(() -> Linter.run(List.of(throwing(DuplicateSourceInLink.INFO, first),
          throwing(DuplicatePrerequisite.INFO, second)), ctx, true)).isSameAs(first);
    }
  }

  /** A check with {@code info}'s metadata that throws: two lanes rethrow the same object. */
  private void assertRethrownAsItWas(CheckInfo info) throws Exception {
    MakeError error = new MakeError(new Location("Makefile", 1), "stop here");
    LintContext ctx = context();
    assertThatThrownBy(() -> Linter.run(List.of(throwing(info, error)), ctx, true))
        .isSameAs(error);
  }

  private LintContext context() throws Exception {
    Files.writeString(tmp.resolve("Makefile"), "all: ;\n");
    MakeDatabase db = read(new LintFixtures.Prepared(tmp, List.of(), List.of(),
        LintSettings.defaults()));
    return new LintContext(db, null, null, tmp, LintSettings.defaults());
  }

  /** A check with {@code info}'s metadata that throws {@code error}. */
  private static Check throwing(CheckInfo info, RuntimeException error) {
    return new Check() {
      @Override
      public CheckInfo info() {
        return info;
      }

      @Override
      public List<Finding> run(LintContext c) {
        throw error;
      }
    };
  }

  private static MakeDatabase read(LintFixtures.Prepared p) {
    List<String> vars = new ArrayList<>();
    List<String> goals = new ArrayList<>();
    for (String a : p.args()) {
      (a.indexOf('=') > 0 ? vars : goals).add(a);
    }
    Path wd = p.workDir().toAbsolutePath().normalize();
    EvalOptions opts = new EvalOptions(wd, List.of(), List.of(), vars,
        Map.of("PATH", "/usr/bin:/bin"), goals, false, false, false,
        Platform.parse("linux-x86_64"), Limits.DEFAULT);
    return Evaluator.evaluate(opts, new SafeShellRunner(opts.platform()),
        FileSystemView.READ_ONLY);
  }
}
