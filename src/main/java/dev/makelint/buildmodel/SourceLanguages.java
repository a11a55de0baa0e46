package dev.makelint.buildmodel;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * GCC's mapping from file-name extension to language, and which languages produce object code. It
 * exists so that the classifier can tell a source (compiled) from a header (precompiled, not an
 * object) and from a linker input, exactly as the compiler driver does: by suffix, case-sensitively
 * ({@code .C} is C++, {@code .c} is C), unless {@code -x} says otherwise.
 */
final class SourceLanguages {
  private SourceLanguages() {}

  private static final Map<String, String> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("c", "c"),
          Map.entry("i", "cpp-output"),
          Map.entry("ii", "c++-cpp-output"),
          Map.entry("cc", "c++"),
          Map.entry("cp", "c++"),
          Map.entry("cxx", "c++"),
          Map.entry("cpp", "c++"),
          Map.entry("CPP", "c++"),
          Map.entry("c++", "c++"),
          Map.entry("C", "c++"),
          Map.entry("m", "objective-c"),
          Map.entry("mi", "objective-c-cpp-output"),
          Map.entry("mm", "objective-c++"),
          Map.entry("M", "objective-c++"),
          Map.entry("cu", "cuda"),
          Map.entry("hip", "hip"),
          Map.entry("s", "assembler"),
          Map.entry("S", "assembler-with-cpp"),
          Map.entry("sx", "assembler-with-cpp"),
          Map.entry("h", "c-header"),
          Map.entry("hh", "c++-header"),
          Map.entry("H", "c++-header"),
          Map.entry("hp", "c++-header"),
          Map.entry("hxx", "c++-header"),
          Map.entry("hpp", "c++-header"),
          Map.entry("HPP", "c++-header"),
          Map.entry("h++", "c++-header"),
          Map.entry("tcc", "c++-header"),
          Map.entry("cuh", "cuda-header"));

  private static final Set<String> OBJECT_EXTENSIONS = Set.of("o", "obj", "lo", "os", "ko");
  private static final Set<String> ARCHIVE_EXTENSIONS = Set.of("a", "lib");
  private static final Set<String> SHARED_EXTENSIONS = Set.of("so", "dylib", "dll", "tbd", "sl");

  /** The language of a file by extension, or null when it is not a source or header. */
  static String byExtension(String path) {
    return BY_EXTENSION.get(PathNames.extension(path));
  }

  /** True for the languages a header is in: compiling them makes a precompiled header. */
  static boolean isHeader(String language) {
    return language != null && language.endsWith("-header");
  }

  static boolean isObject(String path) {
    return OBJECT_EXTENSIONS.contains(PathNames.extension(path).toLowerCase(Locale.ROOT));
  }

  static boolean isArchive(String path) {
    return ARCHIVE_EXTENSIONS.contains(PathNames.extension(path).toLowerCase(Locale.ROOT));
  }

  private static final Pattern VERSIONED_SO = Pattern.compile(".+\\.so(?:\\.\\d+)+");

  /** {@code libx.so}, {@code libx.so.1.2}, {@code libx.dylib}, {@code x.dll}. */
  static boolean isSharedLibrary(String path) {
    String base = PathNames.baseName(path);
    if (SHARED_EXTENSIONS.contains(PathNames.extension(path).toLowerCase(Locale.ROOT))) {
      return true;
    }
    return VERSIONED_SO.matcher(base).matches();
  }
}
