package dev.makelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * makelint leaves out picocli's java.sql and java.time converters (a start-up cost for types no
 * option has), and only those.
 */
class ConverterExclusionTest {
  private static boolean excluded(String className) {
    String excludes = System.getProperty("picocli.converters.excludes", "");
    for (String regex : excludes.split(",")) {
      if (className.matches(regex)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void excludesTheDateAndDatabaseTypesOnly() {
    CommandLine cl = MakelintCommand.commandLine("-C", "dir");
    for (String c : List.of("java.sql.Connection", "java.sql.Driver", "java.sql.Time",
        "java.sql.Timestamp", "java.time.Duration", "java.time.Instant", "java.time.LocalDate",
        "java.time.LocalDateTime", "java.time.LocalTime", "java.time.MonthDay",
        "java.time.OffsetDateTime", "java.time.OffsetTime", "java.time.Period", "java.time.Year",
        "java.time.YearMonth", "java.time.ZoneId", "java.time.ZoneOffset",
        "java.time.ZonedDateTime")) {
      assertThat(excluded(c)).as(c).isTrue();
    }
    for (String c : List.of("java.nio.file.Path", "java.io.File", "java.lang.String",
        "java.lang.Integer", "java.nio.charset.Charset", "java.util.regex.Pattern")) {
      assertThat(excluded(c)).as(c).isFalse();
    }
    // and no lookup of Groovy's Closure class (makelint has no annotations for closures)
    assertThat(System.getProperty("picocli.disable.closures")).isEqualTo("true");
    // the options of makelint's own types still convert
    assertThat(cl.parseArgs("-C", "some/dir").matchedOption("-C").<Path>getValue())
        .isEqualTo(Path.of("some/dir"));
  }
}
