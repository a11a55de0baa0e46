package dev.makelint.buildmodel;

import dev.makelint.buildmodel.ToolCommand.LinkInput;
import dev.makelint.buildmodel.ToolCommand.LinkKind;
import dev.makelint.buildmodel.ToolCommand.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells what one simple command does to the build: compile, link, archive, or something else. It
 * exists because makelint learns which objects come from which sources, and which objects reach
 * which link, from the recipes' commands, not from rule names: a rule's target may say
 * {@code foo.o} while its recipe writes {@code build/foo_avx2.o}.
 *
 * <p>Recognised programs: GCC-compatible drivers ({@code cc gcc clang c++ g++ clang++ icc icx icpx
 * hipcc emcc mpicc ...}) and {@code nvcc}, in any spelling (cross prefix, version suffix, full
 * path, {@code .exe}); the wrappers {@code ccache sccache distcc icecc xcrun zig} and the launchers
 * {@code env exec time nice}; linkers ({@code ld ld.lld ld.gold lld ld64 mold}); archivers
 * ({@code ar llvm-ar gcc-ar arm-none-eabi-ar emar}, Apple {@code libtool -static}); assemblers
 * ({@code as}). GNU {@code libtool --mode=compile|link} is unwrapped. Everything else, including
 * {@code ranlib}, is {@link ToolCommand.Other}. This class never throws.
 */
public final class CommandClassifier {
  private CommandClassifier() {}

  /** Driver options whose argument is the following word. */
  private static final Set<String> DRIVER_SEPARATE =
      Set.of(
          "-I", "-D", "-U", "-include", "-imacros", "-isystem", "-iquote", "-idirafter", "-iprefix",
          "-iwithprefix", "-iwithprefixbefore", "-isysroot", "-imultilib", "-MF", "-MT", "-MQ",
          "-Xassembler", "-Xpreprocessor", "-Xclang", "-T", "-u", "-z", "-e", "-aux-info", "-arch",
          "-target", "-gcc-toolchain", "-install_name", "-current_version",
          "-compatibility_version", "-exported_symbols_list", "-unexported_symbols_list", "-rpath",
          "-mllvm", "-Xanalyzer", "-include-pch", "-MJ", "-dumpbase", "-dumpdir", "-bundle_loader",
          "-dylib_file", "-init", "-seg1addr", "-umbrella", "-allowable_client",
          "-multiply_defined", "-read_only_relocs", "-sub_library", "-sub_umbrella", "-undefined",
          "--param", "-resource-dir", "-cxx-isystem", "-ivfsoverlay", "-F", "-B",
          "-working-directory", "-Xopenmp-target", "-Xcuda-ptxas", "-Xcuda-fatbinary",
          "-Xoffload-linker", "-isystem-after", "-Xarch_device", "-Xarch_host", "--sysroot",
          "--include", "--include-directory", "--define-macro", "--undefine-macro", "-specs",
          "--specs", "-wrapper", "-fplugin");

  /** nvcc options whose argument is the following word. */
  private static final Set<String> NVCC_SEPARATE =
      Set.of(
          "-ccbin", "--compiler-bindir", "-Xcompiler", "--compiler-options", "-Xptxas",
          "--ptxas-options", "-Xnvlink", "--nvlink-options", "-Xarchive", "--archive-options",
          "-gencode", "--generate-code", "-arch", "--gpu-architecture", "-code", "--gpu-code",
          "-t", "--threads", "--dependency-output", "--include-path", "--define-macro",
          "--system-include", "--pre-include", "-Xfatbin", "--fatbin-options", "-maxrregcount",
          "--maxrregcount", "--std", "-m", "--machine", "-cudart", "--cudart", "-cudadevrt",
          "--cudadevrt", "-rdc", "--relocatable-device-code", "-I", "-D", "-U", "-isystem",
          "-include", "-MF", "-MT", "-L", "-l", "--library", "--library-path", "-default-stream",
          "--default-stream", "-diag-suppress", "--diag-suppress", "-split-compile",
          "--split-compile");

  /** Driver options taking more than one following word. */
  private static final Map<String, Integer> DRIVER_MULTI =
      Map.of("-sectcreate", 3, "-sectalign", 3, "-segprot", 3, "-segaddr", 2);

  /** Classifies one command given as words, run in {@code workingDir} (null when unknown). */
  public static ToolCommand classify(List<String> argv, String workingDir) {
    if (argv == null || argv.isEmpty()) {
      return new ToolCommand.Other(List.of());
    }
    // The words as given when none is null: a shell command's words are an immutable list
    // already, which the result then shares instead of copying (three copies per compile were
    // 160 MB of allocation at 2,000 modules).
    List<String> original = argv;
    for (int i = 0; i < argv.size(); i++) { // indexed: C1 allocates every iterator
      if (argv.get(i) == null) {
        original = new ArrayList<>();
        for (String b : argv) {
          original.add(b == null ? "" : b);
        }
        break;
      }
    }
    try {
      return classifyWords(original, workingDir == null ? null : PathNames.normalize(workingDir));
    } catch (RuntimeException e) {
      return new ToolCommand.Other(original);
    }
  }

  private static ToolCommand classifyWords(List<String> original, String dir) {
    CommandPrefixes.Stripped st = CommandPrefixes.strip(original);
    List<String> w = st.argv();
    if (st.chdir() != null) {
      dir =
          st.chdir().startsWith("/")
              ? PathNames.normalize(st.chdir())
              : dir == null ? null : PathNames.resolve(dir, st.chdir());
    }
    for (int guard = 0; guard < 8 && !w.isEmpty(); guard++) {
      String prog = w.get(0);
      if (prog.contains("$") || prog.contains("`")) {
        return new ToolCommand.Opaque(original, dir, List.of("unresolved program name " + prog));
      }
      switch (ToolNames.kind(prog)) {
        case CACHE_WRAPPER -> {
          if (w.size() < 2 || w.get(1).startsWith("-")) {
            return new ToolCommand.Other(original);
          }
          w = w.subList(1, w.size());
        }
        case DISTCC -> {
          if (w.size() < 2) {
            return new ToolCommand.Other(original);
          }
          String next = w.get(1);
          ToolNames.Kind k = ToolNames.kind(next);
          if (k == ToolNames.Kind.COMPILER || k == ToolNames.Kind.NVCC || k == ToolNames.Kind.CACHE_WRAPPER) {
            w = w.subList(1, w.size());
          } else if (next.startsWith("-") || SourceLanguages.byExtension(next) != null) {
            List<String> masquerade = new ArrayList<>();
            masquerade.add("cc");
            masquerade.addAll(w.subList(1, w.size()));
            w = masquerade; // "distcc -c a.c": distcc runs cc
          } else {
            w = w.subList(1, w.size());
          }
        }
        case XCRUN -> {
          int j = 1;
          while (j < w.size() && w.get(j).startsWith("-")) {
            String o = w.get(j);
            if (o.equals("--sdk") || o.equals("-sdk") || o.equals("--toolchain") || o.equals("-toolchain")) {
              j += 2;
            } else if (o.equals("-r") || o.equals("--run") || o.equals("-v") || o.equals("--verbose")
                || o.equals("-l") || o.equals("--log") || o.equals("-n") || o.equals("--no-cache")
                || o.equals("-k") || o.equals("--kill-cache")) {
              j++;
            } else {
              return new ToolCommand.Other(original); // --find, --show-sdk-path, ...
            }
          }
          if (j >= w.size()) {
            return new ToolCommand.Other(original);
          }
          w = w.subList(j, w.size());
        }
        case ZIG -> {
          if (w.size() >= 2 && (w.get(1).equals("cc") || w.get(1).equals("c++") || w.get(1).equals("ar"))) {
            w = w.subList(1, w.size());
          } else {
            return new ToolCommand.Other(original);
          }
        }
        case COMPILER -> {
          return new Driver(original, w, dir, false).classify();
        }
        case NVCC -> {
          return new Driver(original, w, dir, true).classify();
        }
        case LINKER -> {
          return linker(original, w, dir);
        }
        case ARCHIVER -> {
          return archiver(original, w, dir);
        }
        case ASSEMBLER -> {
          return assembler(original, w, dir);
        }
        case LIBTOOL -> {
          List<String> inner = gnuLibtool(w);
          if (inner == null) {
            return appleLibtool(original, w, dir);
          }
          if (inner.isEmpty()) {
            return new ToolCommand.Other(original);
          }
          w = inner;
        }
        case OTHER -> {
          return new ToolCommand.Other(original);
        }
      }
    }
    return new ToolCommand.Other(original);
  }

  // ---------------------------------------------------------------- compiler drivers

  /** One pass over a compiler driver's words. */
  private static final class Driver {
    private final List<String> original;
    private final List<String> w;
    private final String dir;
    private final boolean nvcc;
    private final List<LinkInput> inputs = new ArrayList<>();
    private final List<String> flags = new ArrayList<>();
    private final List<String> unresolved = new ArrayList<>();
    private final List<String> headers = new ArrayList<>();
    private final LinkerArgs linker;
    private String language;
    private String output;
    private String outputDir;
    private boolean compile;
    private boolean notObject;
    private boolean query;
    private boolean depsOnly;
    private boolean depsWithCompile;
    private boolean deviceLink;
    private boolean library;
    private LinkKind kind;

    Driver(List<String> original, List<String> w, String dir, boolean nvcc) {
      this.original = original;
      this.w = w;
      this.dir = dir;
      this.nvcc = nvcc;
      this.linker = new LinkerArgs(dir, inputs, flags, unresolved, false);
    }

    ToolCommand classify() {
      for (int i = 1; i < w.size(); i++) {
        i = word(i);
      }
      if (query || notObject || depsOnly && !depsWithCompile) {
        return new ToolCommand.Other(original); // -M/-MM without -MD only preprocesses
      }
      String tool = w.get(0);
      boolean outputUnresolved = output != null && PathNames.isUnresolved(output);
      if (outputUnresolved) {
        unresolved.add(output);
      }
      String resolvedOutput = output == null || outputUnresolved ? output
          : PathNames.resolveResolved(dir, output);
      if (library) {
        List<String> members = new ArrayList<>();
        for (LinkInput in : inputs) {
          String p = pathOf(in);
          if (p != null) {
            members.add(p);
          }
        }
        if (resolvedOutput == null) {
          return new ToolCommand.Other(original);
        }
        return new ToolCommand.Archive(tool, "-lib", resolvedOutput, members, dir, unresolved, original);
      }
      if (compile) {
        List<SourceFile> sources = new ArrayList<>();
        boolean someUnresolvedInput = false;
        for (int i = 0; i < inputs.size(); i++) { // indexed: C1 allocates every iterator
          LinkInput in = inputs.get(i);
          if (in instanceof ToolCommand.Source s) {
            sources.add(new SourceFile(s.path(), s.language()));
          }
          someUnresolvedInput |= in instanceof ToolCommand.OpaqueInput;
        }
        if (sources.isEmpty() && !someUnresolvedInput) {
          return new ToolCommand.Other(original); // e.g. only headers: a precompiled header
        }
        if (resolvedOutput == null && sources.size() == 1 && !someUnresolvedInput) {
          String base = outputDir != null ? PathNames.resolve(dir, outputDir) : dir;
          resolvedOutput = PathNames.resolve(base, PathNames.defaultObjectName(sources.get(0).path()));
        }
        return new ToolCommand.Compile(tool, sources, resolvedOutput, flags, dir, unresolved, original);
      }
      if (onlyLibraryDirectories(inputs)) {
        return new ToolCommand.Other(original); // gcc -v, cc -print-..., nothing to link
      }
      LinkKind k = deviceLink ? LinkKind.DEVICE_LINK : linker.kind != null ? linker.kind : kind;
      if (linker.output != null && output == null) {
        resolvedOutput =
            PathNames.isUnresolved(linker.output) ? linker.output : PathNames.resolve(dir, linker.output);
      }
      if (resolvedOutput == null) {
        resolvedOutput = PathNames.resolve(dir, deviceLink ? "a_dlink.o" : "a.out");
      }
      return new ToolCommand.Link(
          tool, k == null ? LinkKind.EXECUTABLE : k, resolvedOutput, inputs, flags, dir, unresolved, original);
    }

    private String next(int i) {
      return i + 1 < w.size() ? w.get(i + 1) : null;
    }

    /** Handles the word at i; returns the index of the last word consumed. */
    private int word(int i) {
      String a = w.get(i);
      if (a.isEmpty()) {
        return i;
      }
      if (a.startsWith("@") && a.length() > 1) {
        inputs.add(new ToolCommand.OpaqueInput(a, "response file"));
        unresolved.add(a);
        return i;
      }
      if (a.equals("-")) {
        inputs.add(new ToolCommand.OpaqueInput(a, "standard input"));
        return i;
      }
      if (!a.startsWith("-")) {
        input(a);
        return i;
      }
      if (nvcc) {
        Integer r = nvccOption(a, i);
        if (r != null) {
          return r;
        }
      }
      if (isPlainFlag(a)) {
        flags.add(a);
        return i;
      }
      switch (a) {
        case "-c", "--compile" -> {
          compile = true;
          return i;
        }
        case "-S", "-E", "--preprocess", "--assemble", "-fsyntax-only", "-###" -> {
          notObject = true;
          flags.add(a);
          return i;
        }
        case "-M", "-MM" -> {
          depsOnly = true;
          flags.add(a);
          return i;
        }
        case "-MD", "-MMD" -> {
          depsWithCompile = true;
          flags.add(a);
          return i;
        }
        case "--version", "--help", "-dumpversion", "-dumpfullversion", "-dumpmachine",
            "-dumpspecs", "--target-help" -> {
          query = true;
          return i;
        }
        case "-o", "--output" -> {
          output = next(i);
          return i + 1;
        }
        case "-x", "--language" -> {
          setLanguage(next(i));
          flags.add(a);
          if (next(i) != null) {
            flags.add(next(i));
          }
          return i + 1;
        }
        case "-shared", "--shared", "-dynamiclib", "-bundle" -> {
          kind = LinkKind.SHARED_LIBRARY;
          flags.add(a);
          return i;
        }
        case "-r" -> {
          kind = LinkKind.RELOCATABLE;
          flags.add(a);
          return i;
        }
        case "-l", "-L", "-framework", "-weak_framework", "-needed_framework",
            "-reexport_framework", "-force_load", "-filelist", "-weak_library" -> {
          if (!a.equals("-l") && !a.equals("-L")) {
            flags.add(a);
          }
          String v = next(i);
          if (v != null) {
            if (!a.equals("-l") && !a.equals("-L")) {
              flags.add(v);
            }
            LinkerArgs one = new LinkerArgs(dir, inputs, new ArrayList<>(), unresolved, false);
            one.accept(a);
            one.accept(v);
          }
          return i + 1;
        }
        case "-Xlinker", "--for-linker" -> {
          flags.add(a);
          String v = next(i);
          if (v != null) {
            flags.add(v);
            linker.accept(v);
          }
          return i + 1;
        }
        default -> {}
      }
      if (a.startsWith("-o") && !a.startsWith("--")) {
        output = a.substring(2);
        return i;
      }
      if (a.startsWith("--output=")) {
        output = a.substring("--output=".length());
        return i;
      }
      if (a.startsWith("-x") && a.length() > 2 && !nvcc) {
        setLanguage(a.substring(2));
        flags.add(a);
        return i;
      }
      if (a.startsWith("--language=")) {
        setLanguage(a.substring("--language=".length()));
        flags.add(a);
        return i;
      }
      if (a.startsWith("-Wl,")) {
        flags.add(a);
        for (String item : a.substring(4).split(",", -1)) {
          if (!item.isEmpty()) {
            linker.accept(item);
          }
        }
        return i;
      }
      if (a.startsWith("--for-linker=")) {
        flags.add(a);
        linker.accept(a.substring("--for-linker=".length()));
        return i;
      }
      if ((a.startsWith("-l") || a.startsWith("-L")) && a.length() > 2
          || a.startsWith("-weak-l") && a.length() > 7) {
        String lw = a.startsWith("-weak-l") ? "-l" + a.substring(7) : a;
        new LinkerArgs(dir, inputs, new ArrayList<>(), unresolved, false).accept(lw);
        return i;
      }
      if (a.startsWith("-print-") || a.startsWith("--print-")) {
        query = true;
        return i;
      }
      flags.add(a);
      if (DRIVER_SEPARATE.contains(a) || a.startsWith("-Xarch_")) {
        String v = next(i);
        if (v != null) {
          flags.add(v);
        }
        return i + 1;
      }
      Integer multi = DRIVER_MULTI.get(a);
      if (multi != null) {
        int end = Math.min(w.size() - 1, i + multi);
        flags.addAll(w.subList(i + 1, end + 1));
        return end;
      }
      return i;
    }

    /**
     * A flag that only goes into the flags, recognised by its first two characters: a define,
     * include directory, undefine, warning or optimisation level with its value joined ({@code
     * -DNDEBUG}, {@code -Iinclude}, {@code -Wall}, {@code -O2}; not {@code -Wl,}, which passes
     * linker arguments). The rest of {@link #word} gives them the same reading, after a string
     * switch that hashes the whole word and a dozen prefix tests; most of a compile's flags are
     * of these kinds.
     */
    private static boolean isPlainFlag(String a) {
      if (a.length() < 3) {
        return false;
      }
      char c = a.charAt(1);
      return c == 'D' || c == 'I' || c == 'U' || c == 'O'
          || c == 'W' && !(a.charAt(2) == 'l' && a.length() > 3 && a.charAt(3) == ',');
    }

    /** nvcc's own options; null when the option is handled like GCC's. */
    private Integer nvccOption(String a, int i) {
      switch (a) {
        case "-dc", "--device-c", "-dw", "--device-w" -> {
          compile = true;
          flags.add(a);
          return i;
        }
        case "-dlink", "--device-link" -> {
          deviceLink = true;
          flags.add(a);
          return i;
        }
        case "-lib", "--lib" -> {
          library = true;
          return i;
        }
        case "-ptx", "--ptx", "-cubin", "--cubin", "-fatbin", "--fatbin", "-cuda", "--cuda",
            "-optix-ir", "--optix-ir", "-dryrun", "--dryrun", "--generate-dependencies",
            "--generate-nonsystem-dependencies" -> {
          notObject = true;
          flags.add(a);
          return i;
        }
        case "--output-file" -> {
          output = next(i);
          return i + 1;
        }
        case "-odir", "--output-directory" -> {
          outputDir = next(i);
          flags.add(a);
          if (outputDir != null) {
            flags.add(outputDir);
          }
          return i + 1;
        }
        case "-x", "--x" -> {
          String v = next(i);
          setLanguage("cu".equals(v) ? "cuda" : v);
          flags.add(a);
          if (v != null) {
            flags.add(v);
          }
          return i + 1;
        }
        case "-Xlinker", "--linker-options" -> {
          flags.add(a);
          String v = next(i);
          if (v != null) {
            flags.add(v);
            for (String item : v.split(",", -1)) {
              if (!item.isEmpty()) {
                linker.accept(item);
              }
            }
          }
          return i + 1;
        }
        case "-lineinfo", "--generate-line-info", "-ldir", "--libdevice-directory" -> {
          flags.add(a);
          return a.equals("-ldir") || a.equals("--libdevice-directory") ? i + 1 : i;
        }
        case "-optf", "--options-file" -> {
          String v = next(i);
          if (v != null) {
            inputs.add(new ToolCommand.OpaqueInput(v, "options file"));
            unresolved.add(v);
          }
          return i + 1;
        }
        default -> {}
      }
      if (a.startsWith("--output-file=")) {
        output = a.substring("--output-file=".length());
        return i;
      }
      if (a.startsWith("-odir=") || a.startsWith("--output-directory=")) {
        outputDir = a.substring(a.indexOf('=') + 1);
        flags.add(a);
        return i;
      }
      if (a.equals("-l") || a.equals("-L") || a.equals("--library") || a.equals("--library-path")) {
        String v = next(i);
        if (v != null) {
          LinkerArgs one = new LinkerArgs(dir, inputs, new ArrayList<>(), unresolved, false);
          one.accept(a.startsWith("--library-path") ? "-L" : a.startsWith("--library") ? "-l" : a);
          one.accept(v);
        }
        return i + 1;
      }
      if (NVCC_SEPARATE.contains(a)) {
        flags.add(a);
        String v = next(i);
        if (v != null) {
          flags.add(v);
        }
        return i + 1;
      }
      return null;
    }

    private void setLanguage(String lang) {
      language = lang == null || lang.equals("none") ? null : lang;
    }

    private void input(String a) {
      if (PathNames.isUnresolved(a)) {
        inputs.add(new ToolCommand.OpaqueInput(a, "unresolved shell syntax"));
        unresolved.add(a);
        return;
      }
      String path = PathNames.resolveResolved(dir, a);
      String lang = language != null ? language : SourceLanguages.byExtension(a);
      if (lang != null) {
        if (SourceLanguages.isHeader(lang)) {
          headers.add(path);
        } else {
          inputs.add(new ToolCommand.Source(path, lang));
        }
        return;
      }
      inputs.add(LinkerArgs.fileInput(path));
    }
  }

  private static String pathOf(LinkInput in) {
    if (in instanceof ToolCommand.ObjectFile o) {
      return o.path();
    } else if (in instanceof ToolCommand.StaticArchive a) {
      return a.path();
    } else if (in instanceof ToolCommand.SharedLibrary s) {
      return s.path();
    } else if (in instanceof ToolCommand.Source s) {
      return s.path();
    } else if (in instanceof ToolCommand.OtherFile f) {
      return f.path();
    }
    return null;
  }

  // ---------------------------------------------------------------- linkers

  private static ToolCommand linker(List<String> original, List<String> w, String dir) {
    List<LinkInput> inputs = new ArrayList<>();
    List<String> flags = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    LinkerArgs args = new LinkerArgs(dir, inputs, flags, unresolved, true);
    for (String a : w.subList(1, w.size())) {
      if (a.equals("--version") || a.equals("-v") && w.size() == 2 || a.equals("--help")) {
        return new ToolCommand.Other(original);
      }
      args.accept(a);
    }
    if (onlyLibraryDirectories(inputs)) {
      return new ToolCommand.Other(original);
    }
    String out = args.output == null ? "a.out" : args.output;
    String resolved = PathNames.isUnresolved(out) ? out : PathNames.resolve(dir, out);
    LinkKind kind = args.kind == null ? LinkKind.EXECUTABLE : args.kind;
    return new ToolCommand.Link(w.get(0), kind, resolved, inputs, flags, dir, unresolved, original);
  }

  // ---------------------------------------------------------------- archivers

  private static ToolCommand archiver(List<String> original, List<String> w, String dir) {
    StringBuilder ops = new StringBuilder();
    StringBuilder spelled = new StringBuilder();
    int j = 1;
    while (j < w.size()) {
      String a = w.get(j);
      if (a.startsWith("--")) {
        boolean takesArg =
            a.equals("--plugin") || a.equals("--target") || a.equals("--output")
                || a.equals("--record-libdeps");
        if (a.equals("--version") || a.equals("--help")) {
          return new ToolCommand.Other(original);
        }
        j += takesArg ? 2 : 1;
        continue;
      }
      if (a.startsWith("-") && a.length() > 1) {
        if (!a.startsWith("-X")) { // AIX -X32_64
          ops.append(a.substring(1));
          spelled.append(spelled.length() > 0 ? " " : "").append(a);
        }
        j++;
        continue;
      }
      if (operation(ops) == 0) {
        ops.append(a);
        spelled.append(spelled.length() > 0 ? " " : "").append(a);
        j++;
        continue;
      }
      break;
    }
    char op = operation(ops);
    if (op != 'r' && op != 'q') {
      return new ToolCommand.Other(original);
    }
    String opString = ops.toString();
    if (opString.indexOf('a') >= 0 || opString.indexOf('b') >= 0 || opString.indexOf('i') >= 0) {
      j++; // relpos: the member to insert after or before
    }
    if (j >= w.size()) {
      return new ToolCommand.Other(original);
    }
    String archive = w.get(j);
    List<String> unresolved = new ArrayList<>();
    if (PathNames.isUnresolved(archive)) {
      unresolved.add(archive);
    } else {
      archive = PathNames.resolve(dir, archive);
    }
    List<String> members = new ArrayList<>();
    for (String m : w.subList(j + 1, w.size())) {
      if (m.isEmpty()) {
        continue;
      }
      if (PathNames.isUnresolved(m) || m.startsWith("@")) {
        unresolved.add(m);
      } else {
        members.add(PathNames.resolve(dir, m));
      }
    }
    return new ToolCommand.Archive(
        w.get(0), spelled.toString(), archive, members, dir, unresolved, original);
  }

  /** The operation letter of ar's key, 's' when only the index is written, 0 when none. */
  private static char operation(CharSequence ops) {
    for (int k = 0; k < ops.length(); k++) {
      char c = ops.charAt(k);
      if ("dmpqrtx".indexOf(c) >= 0) {
        return c;
      }
    }
    for (int k = 0; k < ops.length(); k++) {
      if (ops.charAt(k) == 's') {
        return 's';
      }
    }
    return 0;
  }

  // ---------------------------------------------------------------- libtool

  /**
   * For GNU libtool ({@code --mode=...}), the wrapped command for compile and link modes, an empty
   * list for other modes; null when this is not GNU libtool syntax (Apple's libtool).
   */
  private static List<String> gnuLibtool(List<String> w) {
    String mode = null;
    int j = 1;
    while (j < w.size() && w.get(j).startsWith("--")) {
      String a = w.get(j);
      if (a.startsWith("--mode=")) {
        mode = a.substring(7);
      } else if (a.equals("--mode") && j + 1 < w.size()) {
        mode = w.get(++j);
      }
      j++;
    }
    if (mode == null) {
      if (j > 1 && j < w.size() && ToolNames.kind(w.get(j)) != ToolNames.Kind.OTHER) {
        return w.subList(j, w.size()); // libtool --tag=CC gcc ... (mode inferred)
      }
      return j > 1 ? List.of() : null;
    }
    if ((mode.equals("compile") || mode.equals("link")) && j < w.size()) {
      return w.subList(j, w.size());
    }
    return List.of();
  }

  private static ToolCommand appleLibtool(List<String> original, List<String> w, String dir) {
    boolean isStatic = false;
    boolean isDynamic = false;
    String output = null;
    List<String> files = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    List<LinkInput> inputs = new ArrayList<>();
    for (int j = 1; j < w.size(); j++) {
      String a = w.get(j);
      switch (a) {
        case "-static" -> isStatic = true;
        case "-dynamic" -> isDynamic = true;
        case "-o" -> output = j + 1 < w.size() ? w.get(++j) : null;
        case "-filelist" -> {
          if (j + 1 < w.size()) {
            String v = w.get(++j);
            unresolved.add(v);
            inputs.add(new ToolCommand.OpaqueInput(v, "file list"));
          }
        }
        case "-arch_only", "-syslibroot", "-install_name", "-current_version",
            "-compatibility_version", "-framework" -> j++;
        default -> {
          if (a.startsWith("-l") && a.length() > 2) {
            inputs.add(new ToolCommand.LibraryName(a.substring(2)));
          } else if (a.startsWith("-L") && a.length() > 2) {
            inputs.add(new ToolCommand.LibraryDir(PathNames.resolve(dir, a.substring(2))));
          } else if (!a.startsWith("-")) {
            if (PathNames.isUnresolved(a)) {
              unresolved.add(a);
              inputs.add(new ToolCommand.OpaqueInput(a, "unresolved shell syntax"));
            } else {
              String p = PathNames.resolve(dir, a);
              files.add(p);
              inputs.add(LinkerArgs.fileInput(p));
            }
          }
        }
      }
    }
    if (output == null || !isStatic && !isDynamic) {
      return new ToolCommand.Other(original);
    }
    String out = PathNames.isUnresolved(output) ? output : PathNames.resolve(dir, output);
    if (isStatic) {
      return new ToolCommand.Archive(w.get(0), "-static", out, files, dir, unresolved, original);
    }
    return new ToolCommand.Link(
        w.get(0), LinkKind.SHARED_LIBRARY, out, inputs, List.of("-dynamic"), dir, unresolved, original);
  }

  // ---------------------------------------------------------------- assemblers

  private static ToolCommand assembler(List<String> original, List<String> w, String dir) {
    List<SourceFile> sources = new ArrayList<>();
    List<String> flags = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    String output = null;
    for (int j = 1; j < w.size(); j++) {
      String a = w.get(j);
      if (a.equals("-o")) {
        output = j + 1 < w.size() ? w.get(++j) : null;
      } else if (a.startsWith("-o") && a.length() > 2) {
        output = a.substring(2);
      } else if (a.equals("--version") || a.equals("--help")) {
        return new ToolCommand.Other(original);
      } else if (a.equals("-I") || a.equals("--defsym") || a.equals("-arch") || a.equals("--MD")) {
        flags.add(a);
        if (j + 1 < w.size()) {
          flags.add(w.get(++j));
        }
      } else if (a.startsWith("@") && a.length() > 1) {
        unresolved.add(a);
      } else if (a.startsWith("-") && a.length() > 1) {
        flags.add(a);
      } else if (PathNames.isUnresolved(a)) {
        unresolved.add(a);
      } else if (!a.equals("-")) {
        sources.add(new SourceFile(PathNames.resolve(dir, a), "assembler"));
      }
    }
    if (sources.isEmpty() && unresolved.isEmpty()) {
      return new ToolCommand.Other(original);
    }
    String out = output == null ? "a.out" : output;
    if (PathNames.isUnresolved(out)) {
      unresolved.add(out);
    } else {
      out = PathNames.resolve(dir, out);
    }
    return new ToolCommand.Compile(w.get(0), sources, out, flags, dir, unresolved, original);
  }

  /** Whether every input is a library directory ({@code -L}), as with none at all. */
  private static boolean onlyLibraryDirectories(List<LinkInput> inputs) {
    for (LinkInput in : inputs) {
      if (!(in instanceof ToolCommand.LibraryDir)) {
        return false;
      }
    }
    return true;
  }
}
