package dev.makelint.buildmodel;

import dev.makelint.buildmodel.ToolCommand.LinkInput;
import dev.makelint.buildmodel.ToolCommand.LinkKind;
import java.util.List;
import java.util.Map;

/**
 * Reads linker arguments one word at a time, the way {@code ld}, {@code ld.lld}, {@code ld64} and
 * {@code mold} read them. It exists because the same reading is needed twice: for a direct
 * {@code ld} command and for the words a compiler driver passes through with {@code -Wl,...} or
 * {@code -Xlinker}, whose inputs belong, in order, to the same link.
 */
final class LinkerArgs {

  /** Options that take the following word(s) as their argument; the value is how many. */
  private static final Map<String, Integer> SEPARATE_ARGS =
      Map.ofEntries(
          Map.entry("-e", 1), Map.entry("--entry", 1), Map.entry("-m", 1), Map.entry("-Map", 1),
          Map.entry("-soname", 1), Map.entry("--soname", 1), Map.entry("-h", 1),
          Map.entry("-rpath", 1), Map.entry("--rpath", 1), Map.entry("-rpath-link", 1),
          Map.entry("-z", 1), Map.entry("-u", 1), Map.entry("--undefined", 1), Map.entry("-y", 1),
          Map.entry("--trace-symbol", 1), Map.entry("-Y", 1), Map.entry("-A", 1),
          Map.entry("-b", 1), Map.entry("--format", 1), Map.entry("-F", 1), Map.entry("-f", 1),
          Map.entry("-G", 1), Map.entry("-R", 1), Map.entry("-dynamic-linker", 1),
          Map.entry("--dynamic-linker", 1), Map.entry("-I", 1), Map.entry("-T", 1),
          Map.entry("--script", 1), Map.entry("--version-script", 1),
          Map.entry("--dynamic-list", 1), Map.entry("--defsym", 1), Map.entry("--wrap", 1),
          Map.entry("--exclude-libs", 1), Map.entry("-plugin", 1), Map.entry("--plugin", 1),
          Map.entry("-plugin-opt", 1), Map.entry("--plugin-opt", 1), Map.entry("-install_name", 1),
          Map.entry("-arch", 1), Map.entry("-syslibroot", 1), Map.entry("-macos_version_min", 1),
          Map.entry("-macosx_version_min", 1), Map.entry("-ios_version_min", 1),
          Map.entry("-exported_symbols_list", 1), Map.entry("-unexported_symbols_list", 1),
          Map.entry("-exported_symbol", 1), Map.entry("-unexported_symbol", 1),
          Map.entry("-undefined", 1), Map.entry("-lto_library", 1),
          Map.entry("-current_version", 1), Map.entry("-compatibility_version", 1),
          Map.entry("-object_path_lto", 1), Map.entry("-order_file", 1),
          Map.entry("-headerpad", 1), Map.entry("-image_base", 1), Map.entry("-mllvm", 1),
          Map.entry("-U", 1), Map.entry("-stack_size", 1), Map.entry("-seg1addr", 1),
          Map.entry("-flavor", 1), Map.entry("-add_ast_path", 1), Map.entry("-alias", 2),
          Map.entry("-sectcreate", 3), Map.entry("-sectalign", 3), Map.entry("-segprot", 3),
          Map.entry("-platform_version", 3));

  private final String dir;
  private final List<LinkInput> inputs;
  private final List<String> flags;
  private final List<String> unresolved;
  private final boolean recordFlags;
  String output;
  LinkKind kind;
  private String pending;
  private int pendingCount;

  /**
   * @param recordFlags false when the caller records the original words itself (a driver's
   *     {@code -Wl,...} word is kept whole in the driver's flags)
   */
  LinkerArgs(
      String dir,
      List<LinkInput> inputs,
      List<String> flags,
      List<String> unresolved,
      boolean recordFlags) {
    this.dir = dir;
    this.inputs = inputs;
    this.flags = flags;
    this.unresolved = unresolved;
    this.recordFlags = recordFlags;
  }

  private void flag(String w) {
    if (recordFlags) {
      flags.add(w);
    }
  }

  private void await(String option, int count) {
    pending = option;
    pendingCount = count;
  }

  void accept(String w) {
    if (pending != null) {
      String option = pending;
      if (--pendingCount <= 0) {
        pending = null;
      }
      argument(option, w);
      return;
    }
    if (w.startsWith("@") && w.length() > 1) {
      inputs.add(new ToolCommand.OpaqueInput(w, "response file"));
      unresolved.add(w);
      return;
    }
    switch (w) {
      case "-o", "--output", "-l", "--library", "-L", "--library-path", "-framework",
          "-weak_framework", "-needed_framework", "-reexport_framework", "-force_load",
          "-filelist", "-weak_library", "-needed_library", "-reexport_library",
          "-upward_library", "-lazy_library" -> {
        flagIfOption(w);
        await(w, 1);
        return;
      }
      case "-shared", "--shared", "-Bshareable", "-dylib", "-bundle" -> {
        kind = LinkKind.SHARED_LIBRARY;
        flag(w);
        return;
      }
      case "-r", "-i", "-Ur", "--relocatable" -> {
        kind = LinkKind.RELOCATABLE;
        flag(w);
        return;
      }
      default -> {}
    }
    if (w.startsWith("--output=")) {
      setOutput(w.substring("--output=".length()));
    } else if (w.startsWith("-o") && w.length() > 2 && !w.startsWith("--")) {
      setOutput(w.substring(2));
    } else if (w.startsWith("--library=")) {
      inputs.add(new ToolCommand.LibraryName(w.substring("--library=".length())));
    } else if (w.startsWith("-l") && w.length() > 2) {
      inputs.add(new ToolCommand.LibraryName(w.substring(2)));
    } else if (w.startsWith("--library-path=")) {
      inputs.add(new ToolCommand.LibraryDir(PathNames.resolve(dir, w.substring(15))));
    } else if (w.startsWith("-L") && w.length() > 2) {
      inputs.add(new ToolCommand.LibraryDir(PathNames.resolve(dir, w.substring(2))));
    } else if (SEPARATE_ARGS.getOrDefault(w, 0) > 0) {
      flag(w);
      await(w, SEPARATE_ARGS.get(w));
    } else if (w.startsWith("-") && w.length() > 1) {
      flag(w);
    } else {
      file(w);
    }
  }

  private void flagIfOption(String w) {
    if (!w.equals("-o") && !w.equals("--output") && !w.startsWith("-l") && !w.startsWith("-L")
        && !w.startsWith("--library")) {
      flag(w);
    }
  }

  private void argument(String option, String w) {
    switch (option) {
      case "-o", "--output" -> setOutput(w);
      case "-l", "--library" -> inputs.add(new ToolCommand.LibraryName(w));
      case "-L", "--library-path" -> inputs.add(new ToolCommand.LibraryDir(PathNames.resolve(dir, w)));
      case "-framework", "-weak_framework", "-needed_framework", "-reexport_framework" -> {
        flag(w);
        inputs.add(new ToolCommand.Framework(w));
      }
      case "-force_load" -> {
        flag(w);
        if (PathNames.isUnresolved(w)) {
          opaque(w, "unresolved shell syntax");
        } else {
          inputs.add(new ToolCommand.StaticArchive(PathNames.resolve(dir, w)));
        }
      }
      case "-filelist" -> {
        flag(w);
        opaque(w, "file list");
      }
      case "-weak_library", "-needed_library", "-reexport_library", "-upward_library",
          "-lazy_library" -> {
        flag(w);
        file(w);
      }
      default -> flag(w);
    }
  }

  private void setOutput(String w) {
    output = w;
    if (PathNames.isUnresolved(w)) {
      unresolved.add(w);
    }
  }

  private void opaque(String w, String reason) {
    inputs.add(new ToolCommand.OpaqueInput(w, reason));
    unresolved.add(w);
  }

  /** A plain word: a file handed to the linker, classified by name. */
  void file(String w) {
    if (PathNames.isUnresolved(w)) {
      opaque(w, "unresolved shell syntax");
      return;
    }
    inputs.add(fileInput(PathNames.resolve(dir, w)));
  }

  static LinkInput fileInput(String path) {
    if (SourceLanguages.isObject(path)) {
      return new ToolCommand.ObjectFile(path);
    }
    if (SourceLanguages.isArchive(path)) {
      return new ToolCommand.StaticArchive(path);
    }
    if (SourceLanguages.isSharedLibrary(path)) {
      return new ToolCommand.SharedLibrary(path);
    }
    return new ToolCommand.OtherFile(path);
  }
}
