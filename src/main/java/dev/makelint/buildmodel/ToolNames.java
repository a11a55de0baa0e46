package dev.makelint.buildmodel;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Recognises build tools by program name. It exists because makefiles name the same compiler in
 * many spellings: {@code gcc}, {@code /usr/bin/gcc}, {@code gcc-12}, {@code arm-none-eabi-gcc},
 * {@code x86_64-w64-mingw32-g++-posix}, {@code clang++-17}, {@code gcc.exe}.
 */
final class ToolNames {
  private ToolNames() {}

  enum Kind {
    COMPILER,
    NVCC,
    LINKER,
    ARCHIVER,
    ASSEMBLER,
    LIBTOOL,
    CACHE_WRAPPER,
    DISTCC,
    XCRUN,
    ZIG,
    OTHER
  }

  /** An optional cross prefix such as {@code arm-none-eabi-}. */
  private static final String PREFIX = "(?:[A-Za-z0-9_.+]+-)*?";

  /** An optional version suffix: {@code -12}, {@code -4.9.2}, {@code 12} (FreeBSD). */
  private static final String VERSION = "(?:-?\\d+(?:\\.\\d+)*)?";

  private static final Pattern COMPILER =
      Pattern.compile(
          PREFIX
              + "(?:cc|gcc|c\\+\\+|g\\+\\+|clang|clang\\+\\+|icc|icpc|icx|icpx|hipcc|emcc|em\\+\\+"
              + "|mpicc|mpicxx|mpic\\+\\+|mpiCC|tcc|c89|c99|dpcpp|armclang|nvc|nvc\\+\\+|pgcc"
              + "|pgc\\+\\+|xlc|xlC|xlc\\+\\+|suncc|sunCC)"
              + VERSION
              + "(?:-(?:posix|win32))?");
  private static final Pattern NVCC = Pattern.compile(PREFIX + "nvcc" + VERSION);
  private static final Pattern LINKER =
      Pattern.compile(
          PREFIX + "(?:ld|ld\\.lld|ld\\.gold|ld\\.bfd|ld\\.mold|lld|ld64|ld64\\.lld|mold|wasm-ld)" + VERSION);
  private static final Pattern ARCHIVER = Pattern.compile(PREFIX + "(?:ar|emar)" + VERSION);
  private static final Pattern ASSEMBLER = Pattern.compile(PREFIX + "as" + VERSION);
  private static final Set<String> CACHE_WRAPPERS = Set.of("ccache", "sccache", "buildcache", "icecc");

  /** The program's file name: directories and a Windows {@code .exe} suffix removed. */
  static String programName(String argv0) {
    String s = argv0;
    int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
    if (slash >= 0) {
      s = s.substring(slash + 1);
    }
    if (s.toLowerCase(Locale.ROOT).endsWith(".exe")) {
      s = s.substring(0, s.length() - 4);
    }
    return s;
  }

  /** Answers by program word: a tree runs a handful of programs thousands of times. */
  private static final Map<String, Kind> KINDS = new ConcurrentHashMap<>();

  static Kind kind(String argv0) {
    if (argv0 == null || argv0.isEmpty()) {
      return Kind.OTHER;
    }
    Kind known = KINDS.get(argv0);
    if (known == null) {
      known = kindUncached(argv0);
      if (KINDS.size() > 10_000) {
        KINDS.clear();
      }
      KINDS.put(argv0, known);
    }
    return known;
  }

  private static Kind kindUncached(String argv0) {
    String name = programName(argv0);
    if (CACHE_WRAPPERS.contains(name)) {
      return Kind.CACHE_WRAPPER;
    }
    switch (name) {
      case "distcc":
        return Kind.DISTCC;
      case "xcrun":
        return Kind.XCRUN;
      case "zig":
        return Kind.ZIG;
      case "libtool":
        return Kind.LIBTOOL;
      default:
        break;
    }
    if (COMPILER.matcher(name).matches()) {
      return Kind.COMPILER;
    }
    if (NVCC.matcher(name).matches()) {
      return Kind.NVCC;
    }
    if (LINKER.matcher(name).matches()) {
      return Kind.LINKER;
    }
    if (ARCHIVER.matcher(name).matches()) {
      return Kind.ARCHIVER;
    }
    if (ASSEMBLER.matcher(name).matches() && !name.startsWith("llvm-")) {
      return Kind.ASSEMBLER;
    }
    return Kind.OTHER;
  }
}
