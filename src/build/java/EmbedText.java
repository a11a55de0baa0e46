import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes a Java class whose string constants are the texts of some files, for text a program
 * must have on every start: a constant comes with its class from the class-data archive, where
 * reading a resource opens the jar and walks the JDK's modules first (about 5 ms of a lint).
 *
 * <p>Run by Maven at generate-sources (pom.xml, execution builtin-text) as a single-file program:
 * {@code java EmbedText.java OUTPUT_DIR CLASS FIELD=FILE...}, CLASS fully qualified.
 */
public final class EmbedText {
  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      throw new IllegalArgumentException("usage: EmbedText OUTPUT_DIR CLASS FIELD=FILE...");
    }
    String qualified = args[1];
    int dot = qualified.lastIndexOf('.');
    String pkg = qualified.substring(0, dot);
    String name = qualified.substring(dot + 1);
    StringBuilder out = new StringBuilder();
    out.append("package ").append(pkg).append(";\n\n");
    out.append("/** Generated at build time by src/build/java/EmbedText.java; do not edit. */\n");
    out.append("final class ").append(name).append(" {\n");
    out.append("  private ").append(name).append("() {}\n");
    for (int i = 2; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      String field = args[i].substring(0, eq);
      Path file = Path.of(args[i].substring(eq + 1));
      String text = Files.readString(file, StandardCharsets.UTF_8);
      out.append("\n  /** The text of ").append(file.getFileName()).append(". */\n");
      out.append("  static final String ").append(field).append(" = \"\"");
      // One literal per line; javac folds the sum into one constant.
      for (String line : text.split("(?<=\n)")) {
        out.append("\n      + \"").append(escape(line)).append('"');
      }
      out.append(";\n");
    }
    out.append("}\n");
    Path target = Path.of(args[0]).resolve(pkg.replace('.', '/')).resolve(name + ".java");
    Files.createDirectories(target.getParent());
    byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
    if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(target), bytes)) {
      Files.write(target, bytes); // an unchanged class keeps its date: no recompilation
    }
  }

  /** {@code s} as the inside of a Java string literal. */
  private static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '"' -> b.append("\\\"");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
