package dev.makelint.syntax;

import java.util.HashMap;
import java.util.Map;

/** The 36 built-in functions of GNU make 4.3 with their argument rules (function.c's table). */
public enum BuiltinFunction {
  ABSPATH("abspath", 0, 1, true),
  ADDPREFIX("addprefix", 2, 2, true),
  ADDSUFFIX("addsuffix", 2, 2, true),
  BASENAME("basename", 0, 1, true),
  DIR("dir", 0, 1, true),
  NOTDIR("notdir", 0, 1, true),
  SUBST("subst", 3, 3, true),
  SUFFIX("suffix", 0, 1, true),
  FILTER("filter", 2, 2, true),
  FILTER_OUT("filter-out", 2, 2, true),
  FINDSTRING("findstring", 2, 2, true),
  FIRSTWORD("firstword", 0, 1, true),
  FLAVOR("flavor", 0, 1, true),
  JOIN("join", 2, 2, true),
  LASTWORD("lastword", 0, 1, true),
  PATSUBST("patsubst", 3, 3, true),
  REALPATH("realpath", 0, 1, true),
  SHELL("shell", 0, 1, true),
  SORT("sort", 0, 1, true),
  STRIP("strip", 0, 1, true),
  WILDCARD("wildcard", 0, 1, true),
  WORD("word", 2, 2, true),
  WORDLIST("wordlist", 3, 3, true),
  WORDS("words", 0, 1, true),
  ORIGIN("origin", 0, 1, true),
  FOREACH("foreach", 3, 3, false),
  CALL("call", 1, 0, true),
  INFO("info", 0, 1, true),
  ERROR("error", 0, 1, true),
  WARNING("warning", 0, 1, true),
  IF("if", 2, 3, false),
  OR("or", 1, 0, false),
  AND("and", 1, 0, false),
  VALUE("value", 0, 1, true),
  EVAL("eval", 0, 1, true),
  FILE("file", 1, 2, true);

  private static final Map<String, BuiltinFunction> BY_NAME = new HashMap<>();

  static {
    for (BuiltinFunction f : values()) {
      BY_NAME.put(f.makeName, f);
    }
  }

  private final String makeName;
  private final int minArgs;
  /** 0 means unlimited, as in make's table. */
  private final int maxArgs;
  /** false for the functions that expand their arguments lazily themselves. */
  private final boolean expandsArgs;

  BuiltinFunction(String makeName, int minArgs, int maxArgs, boolean expandsArgs) {
    this.makeName = makeName;
    this.minArgs = minArgs;
    this.maxArgs = maxArgs;
    this.expandsArgs = expandsArgs;
  }

  public String makeName() {
    return makeName;
  }

  public int minArgs() {
    return minArgs;
  }

  public int maxArgs() {
    return maxArgs;
  }

  public boolean expandsArgs() {
    return expandsArgs;
  }

  /** The function called {@code name}, or null. */
  public static BuiltinFunction byName(String name) {
    return BY_NAME.get(name);
  }
}
