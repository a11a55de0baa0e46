package dev.makelint.cli;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The AppCDS training run (made by {@code mvn package}) runs every command line it lists without
 * an error status: a training line that stopped working would leave its classes out of the
 * archive, silently.
 */
class CdsTrainingTest {
  @Test
  void everyTrainingRunCompletes() {
    assertThatCode(() -> BuildTools.cdsTraining(Path.of(""))).doesNotThrowAnyException();
  }

  @Test
  void aTrainingRunThatFailsStopsTheBuild() {
    // no examples/ or bench/ here: the first lint exits with status 2
    assertThatThrownBy(() -> BuildTools.cdsTraining(Path.of("src")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("exit status 2");
  }
}
