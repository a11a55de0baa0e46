package dev.makelint.cli;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Build-time helpers, run by Maven in the {@code package} phase (exec-maven-plugin), never by
 * makelint itself:
 *
 * <ul>
 *   <li>{@code docs DIR}: the bash/zsh completion script (picocli's AutoComplete) as
 *       {@code DIR/completion/makelint}, the man page as troff ({@code DIR/man/man1/makelint.1},
 *       rendered here from picocli's model) and picocli's generated AsciiDoc man pages
 *       ({@code DIR/man/adoc/}, from picocli-codegen's ManPageGenerator when it is on the class
 *       path).
 *   <li>{@code cds-training ROOT}: the AppCDS archive's training run (under
 *       {@code -XX:DumpLoadedClassList}): lints the repository's example and its real-world-shaped
 *       makefile in every output format, and runs the pre-commit, version and help paths, all in
 *       this one JVM, so that the archive holds the classes (and the lambda classes) that any of
 *       those loads, not only those of a single run.
 *   <li>{@code cds-finish TMP ARCHIVE}: publishes an AppCDS archive dumped to TMP: writes
 *       {@code ARCHIVE.jdk} (the JDK build it belongs to and that JDK's java, which bin/makelint
 *       compares with the java it runs) and then moves TMP over ARCHIVE in one step, so a
 *       launcher never maps a half-written archive.
 * </ul>
 */
public final class BuildTools {
  private BuildTools() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("docs")) {
      docs(Path.of(args[1]));
    } else if (args.length == 2 && args[0].equals("cds-training")) {
      cdsTraining(Path.of(args[1]));
    } else if (args.length == 3 && args[0].equals("cds-finish")) {
      cdsFinish(Path.of(args[1]), Path.of(args[2]));
    } else {
      throw new IllegalArgumentException("usage: BuildTools docs DIR | cds-training ROOT "
          + "| cds-finish TMP ARCHIVE");
    }
  }

  /** Runs the typical command lines, their output discarded; fails if one does not run. */
  static void cdsTraining(Path root) throws IOException, URISyntaxException {
    String seed = root.resolve("examples/seed-case").toString();
    String realworld = root.resolve("bench/realworld").toString();
    List<List<String>> runs = new ArrayList<>();
    for (String format : List.of("text", "json", "sarif", "github", "checkstyle")) {
      runs.add(List.of("-C", seed, "LLAMA_METAL=1", "--format", format));
    }
    runs.add(List.of("-C", realworld));
    runs.add(List.of("pre-commit", "-C", seed, "Makefile", "Makefile.local"));
    runs.add(List.of("--version"));
    runs.add(List.of("--help"));
    // bin/makelint runs "java -jar", which reads the jar's manifest first: so does this
    File classes = new File(
        BuildTools.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (classes.isFile()) {
      try (JarFile jar = new JarFile(classes)) {
        jar.getManifest();
      }
    }
    PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
    for (List<String> run : runs) {
      int status = Main.run(sink, sink, run.toArray(new String[0]));
      if (status > 1) {
        throw new IllegalStateException("training run " + run + ": exit status " + status);
      }
    }
  }

  /** The whole command tree, as help shows it. */
  static CommandLine fullCommandLine() {
    return MakelintCommand.commandLine((String[]) null);
  }

  static void docs(Path dir) throws Exception {
    CommandLine cl = fullCommandLine();
    Path completion = dir.resolve("completion").resolve("makelint");
    Files.createDirectories(completion.getParent());
    Files.writeString(completion, AutoComplete.bash("makelint", cl), StandardCharsets.UTF_8);
    Path man = dir.resolve("man").resolve("man1").resolve("makelint.1");
    Files.createDirectories(man.getParent());
    Files.writeString(man, troff(cl.getCommandSpec()), StandardCharsets.UTF_8);
    System.out.println("makelint: wrote " + completion + " and " + man);
    try {
      Class<?> gen = Class.forName("picocli.codegen.docgen.manpage.ManPageGenerator");
      Method m = gen.getMethod("generateManPage", File.class, File.class, boolean[].class,
          boolean.class, CommandSpec[].class);
      File adoc = dir.resolve("man").resolve("adoc").toFile();
      m.invoke(null, adoc, null, new boolean[0], true, new CommandSpec[] {cl.getCommandSpec()});
      System.out.println("makelint: wrote picocli's AsciiDoc man pages to " + adoc);
    } catch (ClassNotFoundException e) {
      System.out.println("makelint: picocli-codegen not on the class path; no AsciiDoc pages");
    }
  }

  static void cdsFinish(Path tmp, Path archive) throws IOException {
    if (!Files.isRegularFile(tmp) || Files.size(tmp) == 0) {
      System.out.println("makelint: no AppCDS archive was dumped (" + tmp + "); bin/makelint "
          + "runs without one");
      Files.deleteIfExists(archive);
      return;
    }
    Path stamp = archive.resolveSibling(archive.getFileName() + ".jdk");
    // The build, and the java that made the archive: the launcher compares its own java with
    // this file, following symlinks, then the build with that JDK's release file.
    Files.writeString(stamp, System.getProperty("java.runtime.version") + "\n"
        + Path.of(System.getProperty("java.home"), "bin", "java") + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, archive, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    System.out.println("makelint: AppCDS archive " + archive + " for Java "
        + System.getProperty("java.runtime.version"));
  }

  /** The man page in troff (man(7) macros), from the command model. */
  static String troff(CommandSpec root) {
    StringWriter w = new StringWriter();
    PrintWriter o = new PrintWriter(w);
    String version = VersionProvider.version();
    o.println(".\\\" Generated by dev.makelint.cli.BuildTools from the picocli command model.");
    o.println(".TH MAKELINT 1 \"\" \"makelint " + version + "\" \"User Commands\"");
    o.println(".SH NAME");
    o.println("makelint \\- " + text(join(root.usageMessage().description())));
    o.println(".SH SYNOPSIS");
    o.println(".B makelint");
    o.println("[\\fIOPTIONS\\fR] [\\fINAME\\fR=\\fIVALUE\\fR...] [\\fIGOAL\\fR...]");
    for (CommandSpec sub : root.subcommands().values().stream()
        .map(CommandLine::getCommandSpec).distinct().toList()) {
      o.println(".br");
      o.println(".B makelint " + text(sub.name()));
      o.println("[\\fIOPTIONS\\fR]" + (sub.positionalParameters().isEmpty() ? ""
          : " [\\fI" + text(sub.positionalParameters().get(0).paramLabel()) + "\\fR...]"));
    }
    o.println(".SH DESCRIPTION");
    o.println("You type the same words after");
    o.println(".B makelint");
    o.println("that you would type after");
    o.println(".BR make (1):");
    o.println("makelint reads the makefiles the way GNU make " + VersionProvider.MAKE_VERSION
        + " does, in the configuration you name, and reports what will go wrong, without "
        + "running any command.");
    o.println("Findings are printed gcc-style (\\fIfile\\fR:\\fIline\\fR:\\fIcolumn\\fR: "
        + "\\fIseverity\\fR: \\fImessage\\fR [\\fIcheck\\fR]) with source excerpts, or as JSON, "
        + "SARIF 2.1.0, GitHub workflow commands or Checkstyle XML (\\fB\\-\\-format\\fR).");
    o.println(".SH OPTIONS");
    options(o, root);
    for (PositionalParamSpec p : root.positionalParameters()) {
      o.println(".TP");
      o.println("\\fI" + text(p.paramLabel()) + "\\fR");
      o.println(text(join(p.description())));
    }
    o.println(".SH COMMANDS");
    for (CommandSpec sub : root.subcommands().values().stream()
        .map(CommandLine::getCommandSpec).distinct().toList()) {
      command(o, sub, "makelint " + sub.name());
    }
    o.println(".SH EXIT STATUS");
    o.println(".TP\n.B 0\nNo finding at or above \\fB\\-\\-fail\\-on\\fR.");
    o.println(".TP\n.B 1\nFindings at or above \\fB\\-\\-fail\\-on\\fR.");
    o.println(".TP\n.B 2\nThe input could not be read (missing makefile, a fatal make error such "
        + "as \\(lqmissing separator\\(rq, bad options).");
    o.println(".SH ENVIRONMENT");
    o.println(".TP\n.B NO_COLOR\nWhen set and not empty, \\fB\\-\\-color=auto\\fR prints no "
        + "colour.");
    o.println(".TP\n.B MAKELINT\nThe command the git hook of \\fBmakelint hook install\\fR runs "
        + "instead of the one it was installed with.");
    o.println(".TP\n.B MAKELINT_JAVA_OPTS\nExtra JVM options for the \\fBbin/makelint\\fR "
        + "launcher.");
    o.println(".TP\n.B JAVA_HOME\nThe JDK the launcher uses (else \\fBjava\\fR on PATH).");
    o.println(".SH FILES");
    o.println(".TP\n.I .makelint.yaml\nConfiguration, found walking up from the working directory "
        + "(else \\fIcheckmake.ini\\fR).");
    o.println(".SH SEE ALSO");
    o.println(".BR make (1),");
    o.println(".BR pre-commit (1)");
    o.flush();
    return w.toString();
  }

  private static void command(PrintWriter o, CommandSpec spec, String name) {
    o.println(".SS \"" + text(name) + "\"");
    o.println(text(join(spec.usageMessage().description())));
    options(o, spec);
    for (PositionalParamSpec p : spec.positionalParameters()) {
      o.println(".TP");
      o.println("\\fI" + text(p.paramLabel()) + "\\fR");
      o.println(text(join(p.description())));
    }
    for (CommandSpec sub : spec.subcommands().values().stream()
        .map(CommandLine::getCommandSpec).distinct().toList()) {
      command(o, sub, name + " " + sub.name());
    }
  }

  private static void options(PrintWriter o, CommandSpec spec) {
    List<OptionSpec> opts = spec.options().stream().filter(x -> !x.hidden())
        .sorted((a, b) -> a.shortestName().replaceFirst("^-+", "")
            .compareToIgnoreCase(b.shortestName().replaceFirst("^-+", ""))).toList();
    for (OptionSpec opt : opts) {
      StringBuilder head = new StringBuilder();
      for (String n : opt.names()) {
        if (head.length() > 0) {
          head.append(", ");
        }
        head.append("\\fB").append(text(n)).append("\\fR");
      }
      if (opt.arity().max() > 0) {
        String label = "\\fI" + text(opt.paramLabel()) + "\\fR";
        head.append(opt.arity().min() == 0 ? "[=" + label + "]" : "=" + label);
      }
      o.println(".TP");
      o.println(head);
      o.println(text(join(opt.description())));
    }
  }

  private static String join(String[] lines) {
    return String.join(" ", lines);
  }

  /** Text safe for troff: backslashes, dashes, and leading dots or quotes escaped. */
  static String text(String s) {
    String t = s.replace("\\", "\\e").replace("-", "\\-");
    t = t.replace("\n", "\n.br\n");
    if (t.startsWith(".") || t.startsWith("'")) {
      t = "\\&" + t;
    }
    return t;
  }
}
