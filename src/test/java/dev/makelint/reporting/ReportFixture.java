package dev.makelint.reporting;

import dev.makelint.checks.Finding;
import dev.makelint.checks.RelatedLocation;
import dev.makelint.checks.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small repository on disk with findings that exercise the formats: related locations, a file
 * name with a space and non-ASCII letters, a relative name with "..", a file outside the
 * repository, a tab and a wide character before the column, and text a makefile could use to
 * attack a terminal or a CI log (escape sequences, newlines, percent signs, commas and colons).
 */
final class ReportFixture {
  final Path root;
  final Path workDir;
  final Path outside;
  final List<Finding> findings;
  final List<Finding> errors;

  static final String ODD = "mk/ünï côdé.mk";

  ReportFixture(Path tmp) throws IOException {
    root = tmp.resolve("repo");
    workDir = root.resolve("src");
    outside = tmp.resolve("elsewhere").resolve("global.mk");
    Files.createDirectories(root.resolve(".git"));
    Files.createDirectories(workDir.resolve("mk"));
    Files.createDirectories(outside.getParent());
    write(workDir.resolve("Makefile"), """
        -include mk/ünï côdé.mk
        include ../common.mk
        prog: a.o b.o
        \t$(CC) -o $@ $^
        """);
    write(workDir.resolve(ODD), """
        # local rules
        \t界 x: y
        a.o: a.c
        """);
    write(root.resolve("common.mk"), "CFLAGS = -O2\n");
    write(outside, "X = 1\n");
    findings = List.of(
        new Finding("duplicate-source-in-link", Severity.ERROR,
            "a.c is compiled into a.o and b.o, both linked into prog", ODD, 3, 1, List.of(
                new RelatedLocation("Makefile", 3, 7, "prog is linked here"),
                new RelatedLocation("Makefile", 1, 1, ODD + " is read because of this include"))),
        new Finding("overriding-recipe", Severity.WARNING,
            "50% of '\u001b[31mx\u001b[0m', y: z\nsecond line\r", ODD, 2, 4, List.of(
                new RelatedLocation("../common.mk", 1, 1, "the other recipe, here"),
                new RelatedLocation(outside.toString(), 1, 1, "and one outside the repo"))),
        new Finding("unused-suppression", Severity.INFO, "nothing to suppress here",
            "Makefile", 2, 1, List.of()));
    errors = List.of();
  }

  ReportData data() {
    return data(findings, errors);
  }

  ReportData data(List<Finding> f, List<Finding> e) {
    return new ReportData(f, e, "0.1.0", workDir, root, 3, null);
  }

  static String render(Report r, ReportData d) {
    StringWriter w = new StringWriter();
    r.write(d, new PrintWriter(w));
    return w.toString();
  }

  private static void write(Path p, String text) throws IOException {
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }
}
