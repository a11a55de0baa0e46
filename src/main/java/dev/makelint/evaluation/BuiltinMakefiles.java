package dev.makelint.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * GNU make's built-in variables and rules as makefile text (resources of this package, made from
 * {@code make -p}). The reader reads them before the makefiles; checks that must know what the
 * built-ins set or refer to read the same text. Loaded once per run, on first use.
 */
public final class BuiltinMakefiles {
  private BuiltinMakefiles() {}

  /** Variables: {@code CC = cc}, {@code COMPILE.c = …} and the rest. */
  public static final String VARIABLES = resource("builtin-variables.mk");

  /** Implicit rules: the pattern rules and the suffix list make starts with. */
  public static final String RULES = resource("builtin-rules.mk");

  private static String resource(String name) {
    try (InputStream in = BuiltinMakefiles.class.getResourceAsStream(name)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
