package dev.makelint.buildmodel;

import java.util.ArrayList;
import java.util.List;

/**
 * What one simple command of a recipe does to the build, as far as makelint cares: compile a source
 * into an object, link inputs into a program or library, put members into a static archive, or
 * something else. It exists so that the rule checks (one source compiled into two objects that
 * reach the same link, for instance) can work on facts instead of command-line text.
 *
 * <p>Paths are resolved against the command's working directory and lexically normalised; they
 * stay relative when that directory was relative. When the working directory is unknown
 * ({@code null}) paths are kept as written. Words the shell splitter could not resolve (still
 * containing {@code $}, a backquote or a glob) are never guessed at: they are reported in
 * {@code unresolved()} and, for links, as {@link OpaqueInput} entries in command-line order.
 */
public sealed interface ToolCommand
    permits ToolCommand.Compile,
        ToolCommand.Link,
        ToolCommand.Archive,
        ToolCommand.Other,
        ToolCommand.Opaque {

  /** The command's words as classified (wrappers such as {@code ccache} included). */
  List<String> argv();

  /**
   * A source file given to a compiler driver.
   *
   * @param path the resolved path
   * @param language GCC's name for the language ({@code c}, {@code c++}, {@code objective-c},
   *     {@code cuda}, {@code assembler}, {@code assembler-with-cpp}, ...), from {@code -x} or the
   *     extension
   */
  record SourceFile(String path, String language) {}

  /** What a link produces. */
  enum LinkKind {
    /** A program (the default). */
    EXECUTABLE,
    /** {@code -shared}, {@code -dynamiclib}, {@code -bundle}: a shared library or module. */
    SHARED_LIBRARY,
    /** {@code -r}: several objects combined into one object. */
    RELOCATABLE,
    /** {@code nvcc -dlink}: CUDA device code linked into one host object. */
    DEVICE_LINK
  }

  /** One input of a link, in command-line order. */
  sealed interface LinkInput
      permits ObjectFile,
          StaticArchive,
          SharedLibrary,
          LibraryName,
          LibraryDir,
          Source,
          Framework,
          OtherFile,
          OpaqueInput {}

  /** An object file ({@code .o}, {@code .obj}, {@code .lo}). */
  record ObjectFile(String path) implements LinkInput {}

  /** A static archive named by path ({@code .a}, {@code .lib}), including {@code -force_load}. */
  record StaticArchive(String path) implements LinkInput {}

  /** A shared library named by path ({@code .so}, {@code .so.1}, {@code .dylib}, {@code .dll}, {@code .tbd}). */
  record SharedLibrary(String path) implements LinkInput {}

  /** {@code -lNAME}; {@code -l:file.a} gives {@code name} {@code ":file.a"}. */
  record LibraryName(String name) implements LinkInput {}

  /** {@code -LDIR}, resolved like any path. */
  record LibraryDir(String path) implements LinkInput {}

  /** A source compiled by the link command itself ({@code g++ main.cpp util.o -o prog}). */
  record Source(String path, String language) implements LinkInput {}

  /** {@code -framework NAME} (and weak/needed variants) on Apple platforms. */
  record Framework(String name) implements LinkInput {}

  /** A file with no recognised extension; GCC hands such files to the linker as objects. */
  record OtherFile(String path) implements LinkInput {}

  /**
   * An input whose content is unknown here: a response file {@code @file}, a {@code -filelist}, or
   * a word with unresolved shell syntax.
   */
  record OpaqueInput(String text, String reason) implements LinkInput {}

  /**
   * A compile to object code ({@code -c}).
   *
   * @param tool the compiler driver's name as written (after wrappers)
   * @param sources the sources compiled, in order
   * @param output the object named by {@code -o}, or the default ({@code a.o} in the working
   *     directory for {@code a.c}) when exactly one source is compiled; null otherwise
   * @param flags every other word after the driver name, in order
   * @param workingDir the directory the compiler runs in, or null when unknown
   * @param unresolved words that could not be resolved (possible sources or outputs)
   * @param argv the classified words
   */
  record Compile(
      String tool,
      List<SourceFile> sources,
      String output,
      List<String> flags,
      String workingDir,
      List<String> unresolved,
      List<String> argv)
      implements ToolCommand {
    /** Copies the lists. */
    public Compile {
      sources = List.copyOf(sources);
      flags = List.copyOf(flags);
      unresolved = List.copyOf(unresolved);
      argv = List.copyOf(argv);
    }

    /** The source paths only. */
    public List<String> sourcePaths() {
      // a loop rather than a stream: asked of each of a large tree's 200,000 compiles
      // (and indexed: the C1 compiler, which makelint runs with, allocates every iterator)
      List<String> paths = new ArrayList<>(sources.size());
      for (int i = 0; i < sources.size(); i++) {
        paths.add(sources.get(i).path());
      }
      return paths;
    }

    /**
     * Every object written: the output when known, else (several sources, no {@code -o}) one
     * default-named object per source in the working directory.
     */
    public List<String> outputs() {
      if (output != null) {
        return List.of(output);
      }
      List<String> objs = new ArrayList<>();
      for (SourceFile s : sources) {
        objs.add(PathNames.resolve(workingDir, PathNames.defaultObjectName(s.path())));
      }
      return List.copyOf(objs);
    }
  }

  /**
   * A link by a compiler driver or a linker.
   *
   * @param tool the driver or linker name as written
   * @param kind what is produced
   * @param output {@code -o} or the default {@code a.out}, resolved
   * @param inputs inputs in command-line order, repeats kept
   * @param flags every other word, in order
   * @param workingDir the directory the link runs in, or null when unknown
   * @param unresolved words that could not be resolved
   * @param argv the classified words
   */
  record Link(
      String tool,
      LinkKind kind,
      String output,
      List<LinkInput> inputs,
      List<String> flags,
      String workingDir,
      List<String> unresolved,
      List<String> argv)
      implements ToolCommand {
    /** Copies the lists. */
    public Link {
      inputs = List.copyOf(inputs);
      flags = List.copyOf(flags);
      unresolved = List.copyOf(unresolved);
      argv = List.copyOf(argv);
    }

    /** Paths of the object-file inputs, in order, repeats kept. */
    public List<String> objects() {
      return inputs.stream()
          .filter(ObjectFile.class::isInstance)
          .map(i -> ((ObjectFile) i).path())
          .toList();
    }

    /** Sources compiled by the link command itself, in order. */
    public List<SourceFile> sources() {
      return inputs.stream()
          .filter(Source.class::isInstance)
          .map(i -> new SourceFile(((Source) i).path(), ((Source) i).language()))
          .toList();
    }

    /** Paths of static archives given by path, in order. */
    public List<String> archives() {
      return inputs.stream()
          .filter(StaticArchive.class::isInstance)
          .map(i -> ((StaticArchive) i).path())
          .toList();
    }
  }

  /**
   * An update of a static archive ({@code ar r}, {@code ar q}, {@code libtool -static}).
   *
   * @param tool the archiver's name as written
   * @param operation the operation letters as given ({@code rcs}, {@code -static}, ...)
   * @param archive the archive path, resolved
   * @param members member paths in order, repeats kept
   * @param workingDir the directory the archiver runs in, or null when unknown
   * @param unresolved words that could not be resolved (possible members)
   * @param argv the classified words
   */
  record Archive(
      String tool,
      String operation,
      String archive,
      List<String> members,
      String workingDir,
      List<String> unresolved,
      List<String> argv)
      implements ToolCommand {
    /** Copies the lists. */
    public Archive {
      members = List.copyOf(members);
      unresolved = List.copyOf(unresolved);
      argv = List.copyOf(argv);
    }
  }

  /** Any command that does not compile, link or archive ({@code echo}, {@code ranlib}, {@code gcc -E}). */
  record Other(List<String> argv) implements ToolCommand {
    /** Copies the list. */
    public Other {
      argv = argv == null ? List.of() : List.copyOf(argv);
    }
  }

  /**
   * A command that could not be understood well enough to tell what it does: the program name is
   * unresolved ({@code $CC -c a.c} with {@code CC} unknown), or it sits in shell syntax makelint
   * does not model (case statements, here-documents, command substitution).
   */
  record Opaque(List<String> argv, String workingDir, List<String> reasons) implements ToolCommand {
    /** Copies the lists. */
    public Opaque {
      argv = argv == null ? List.of() : List.copyOf(argv);
      reasons = List.copyOf(reasons);
    }
  }
}
