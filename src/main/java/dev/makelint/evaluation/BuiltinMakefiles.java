package dev.makelint.evaluation;

/**
 * GNU make's built-in variables and rules as makefile text (resources of this package, made from
 * {@code make -p}). The reader reads them before the makefiles; checks that must know what the
 * built-ins set or refer to read the same text. The build embeds the resources as the constants
 * of a generated class, {@code BuiltinText} (pom.xml, execution builtin-text): they come with the
 * class-data archive, where reading a resource would open the jar and walk the JDK's modules on
 * every start.
 */
public final class BuiltinMakefiles {
  private BuiltinMakefiles() {}

  /** Variables: {@code CC = cc}, {@code COMPILE.c = …} and the rest. */
  public static final String VARIABLES = BuiltinText.VARIABLES;

  /** Implicit rules: the pattern rules and the suffix list make starts with. */
  public static final String RULES = BuiltinText.RULES;
}
