package dev.makelint.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs makelint's outputs for a list of prepared fixtures and writes them, in order, to one file:
 * {@link DeterminismTest} runs it in its own JVM and in a JVM with another locale, time zone,
 * default charset and identity-hash order, and compares the bytes.
 *
 * <p>Arguments: the output file, then a file listing one fixture a line: the directory, a tab and
 * the makefile name, and "all" for fixtures whose every output is compared.
 */
public final class DeterminismRunner {
  private DeterminismRunner() {}

  /** The outputs compared: lint text and JSON, the database as text and JSON. */
  static final List<List<String>> VARIANTS = List.of(
      List.of(), List.of("--format", "json"), List.of("db"), List.of("db", "--format", "json"));

  public static void main(String[] args) throws IOException {
    try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
      run(Files.readAllLines(Path.of(args[1])), out);
    }
  }

  static void run(List<String> fixtures, OutputStream sink) throws IOException {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    picocli.CommandLine cl = Main.commandLine(new PrintWriter(o, true), new PrintWriter(e, true));
    for (String line : fixtures) {
      String[] f = line.split("\t");
      // every output for the check fixtures; the database as JSON (the widest) for the others
      boolean all = f.length > 2;
      for (List<String> variant : all ? VARIANTS : List.of(VARIANTS.get(3))) {
        o.getBuffer().setLength(0);
        e.getBuffer().setLength(0);
        String[] words = new String[variant.size() + 4];
        for (int i = 0; i < variant.size(); i++) {
          words[i] = variant.get(i);
        }
        words[variant.size()] = "-C";
        words[variant.size() + 1] = f[0];
        words[variant.size() + 2] = "-f";
        words[variant.size() + 3] = f[1];
        int status = cl.execute(words);
        sink.write(("=== " + String.join(" ", words) + " -> " + status + "\n" + o + "--- stderr\n"
            + e).getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
