package dev.makelint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command lines are declared with picocli's programmatic API, each value kept in a field
 * (FieldBinding): every option reaches its field with its type, and the subcommands are there
 * when the arguments need them.
 */
class CommandModelTest {
  @Test
  void everyLintOptionReachesItsField() {
    CommandLine cl = MakelintCommand.commandLine();
    cl.parseArgs("-f", "a.mk", "--file=b.mk", "-C", "dir", "-I", "inc", "-rRe",
        "--platform", "darwin-arm64", "--shell", "run", "-j", "4", "-j8", "-k", "-n", "-r",
        "--warn-undefined-variables", "--max-expansion-depth", "11", "--max-expansion-size", "12",
        "--max-include-depth", "13", "--max-eval-depth", "14", "--max-time", "15",
        "--max-nesting", "16", "--max-references", "17", "--max-file-size", "18",
        "--config", "c.yaml", "--no-config", "--enable", "x,y", "--disable=z",
        "--severity", "a=info", "--color", "--format", "json", "--fail-on", "warning",
        "V=1", "all");
    MakelintCommand c = (MakelintCommand) cl.getCommand();
    MakeOptions m = c.make;
    assertThat(m.files).containsExactly("a.mk", "b.mk");
    assertThat(m.directory).isEqualTo(Path.of("dir"));
    assertThat(m.includeDirs).containsExactly("inc");
    assertThat(m.noBuiltinRules && m.noBuiltinVariables && m.environmentOverrides).isTrue();
    assertThat(m.platform).isEqualTo("darwin-arm64");
    assertThat(m.shell).isEqualTo(MakeOptions.ShellMode.run);
    assertThat(m.jobs).isEqualTo("8"); // repeated as make allows: the last wins
    assertThat(m.ignoredMakeFlag && m.warnUndefined).isTrue();
    assertThat(List.of(m.maxExpansionDepth, m.maxExpansionSize, m.maxIncludeDepth,
        m.maxEvalDepth, m.maxNesting, m.maxReferences)).containsExactly(11, 12, 13, 14, 16, 17);
    assertThat(m.maxTimeSeconds).isEqualTo(15L);
    assertThat(m.maxFileSize).isEqualTo(18L);
    assertThat(m.words).containsExactly("V=1", "all");
    assertThat(c.selection.config).isEqualTo(Path.of("c.yaml"));
    assertThat(c.selection.noConfig).isTrue();
    assertThat(c.selection.enable).containsExactly("x", "y");
    assertThat(c.selection.disable).containsExactly("z");
    assertThat(c.selection.severity).containsExactly("a=info");
    assertThat(c.report.format).isEqualTo("json");
    assertThat(c.report.failOn).isEqualTo("warning");
    assertThat(c.report.color).isEqualTo("always"); // --color without a value
  }

  @Test
  void fieldsKeepTheirInitialValuesWhenNotGiven() {
    CommandLine cl = MakelintCommand.commandLine();
    cl.parseArgs();
    MakelintCommand c = (MakelintCommand) cl.getCommand();
    assertThat(c.make.files).isEmpty();
    assertThat(c.make.directory).isNull();
    assertThat(c.make.shell).isEqualTo(MakeOptions.ShellMode.safe);
    assertThat(c.make.maxTimeSeconds).isEqualTo(60L);
    assertThat(c.report.format).isEqualTo("text");
    assertThat(c.report.color).isEqualTo("auto");
    OptionSpec depth = cl.getCommandSpec().findOption("--max-expansion-depth");
    assertThat(depth.defaultValueString()).isEqualTo("2000"); // shown as ${DEFAULT-VALUE}
  }

  @Test
  void badValuesAreParameterErrors() {
    CommandLine cl = MakelintCommand.commandLine();
    assertThatThrownBy(() -> cl.parseArgs("--max-time", "soon"))
        .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("--max-time");
    assertThatThrownBy(() -> cl.parseArgs("--shell", "always"))
        .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("safe, run");
  }

  @Test
  void subcommandsAreRegisteredWhenNamedOrWhenHelpMayListThem() {
    assertThat(MakelintCommand.commandLine("-C", "dir", "all").getSubcommands()).isEmpty();
    assertThat(MakelintCommand.commandLine("pre-commit", "Makefile").getSubcommands())
        .containsOnlyKeys("pre-commit");
    assertThat(MakelintCommand.commandLine("--help").getSubcommands())
        .containsOnlyKeys(MakelintCommand.SUBCOMMANDS);
    assertThat(MakelintCommand.commandLine("-Ch").getSubcommands())
        .containsOnlyKeys(MakelintCommand.SUBCOMMANDS);
    CommandLine hook = MakelintCommand.commandLine("hook", "install").getSubcommands().get("hook");
    assertThat(hook.getSubcommands()).containsOnlyKeys("install", "uninstall");
  }

  @Test
  void eachSubcommandKeepsItsOwnValues() {
    CommandLine cl = MakelintCommand.commandLine("pre-commit");
    cl.parseArgs("pre-commit", "-C", "repo", "--fail-on", "info", "--enable", "x", "a.mk");
    PreCommitCommand p = (PreCommitCommand) cl.getSubcommands().get("pre-commit").getCommand();
    assertThat(p.directory).isEqualTo(Path.of("repo"));
    assertThat(p.report.failOn).isEqualTo("info");
    assertThat(p.selection.enable).containsExactly("x");
    assertThat(p.words).containsExactly("a.mk");
    assertThat(((MakelintCommand) cl.getCommand()).report.failOn).isEqualTo("error");
  }
}
