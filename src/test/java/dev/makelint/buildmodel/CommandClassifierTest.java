package dev.makelint.buildmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.makelint.buildmodel.ToolCommand.Archive;
import dev.makelint.buildmodel.ToolCommand.Compile;
import dev.makelint.buildmodel.ToolCommand.Framework;
import dev.makelint.buildmodel.ToolCommand.LibraryDir;
import dev.makelint.buildmodel.ToolCommand.LibraryName;
import dev.makelint.buildmodel.ToolCommand.Link;
import dev.makelint.buildmodel.ToolCommand.LinkKind;
import dev.makelint.buildmodel.ToolCommand.ObjectFile;
import dev.makelint.buildmodel.ToolCommand.OpaqueInput;
import dev.makelint.buildmodel.ToolCommand.OtherFile;
import dev.makelint.buildmodel.ToolCommand.SharedLibrary;
import dev.makelint.buildmodel.ToolCommand.Source;
import dev.makelint.buildmodel.ToolCommand.SourceFile;
import dev.makelint.buildmodel.ToolCommand.StaticArchive;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CommandClassifierTest {

  private static ToolCommand classify(String words) {
    return classify(words, ".");
  }

  private static ToolCommand classify(String words, String dir) {
    return CommandClassifier.classify(Arrays.asList(words.trim().split("\\s+")), dir);
  }

  private static Compile compile(String words) {
    ToolCommand t = classify(words);
    assertThat(t).as(words).isInstanceOf(Compile.class);
    return (Compile) t;
  }

  private static Link link(String words) {
    ToolCommand t = classify(words);
    assertThat(t).as(words).isInstanceOf(Link.class);
    return (Link) t;
  }

  private static Archive archive(String words) {
    ToolCommand t = classify(words);
    assertThat(t).as(words).isInstanceOf(Archive.class);
    return (Archive) t;
  }

  // ------------------------------------------------------------------ compiles

  @Test
  void koboldcppBackendCompile() {
    Compile c = compile("cc -I. -O3 -DNDEBUG -c ggml-backend.c -o ggml-backend_default.o");
    assertThat(c.tool()).isEqualTo("cc");
    assertThat(c.sources()).containsExactly(new SourceFile("ggml-backend.c", "c"));
    assertThat(c.output()).isEqualTo("ggml-backend_default.o");
    assertThat(c.flags()).containsExactly("-I.", "-O3", "-DNDEBUG");
    assertThat(c.unresolved()).isEmpty();
  }

  @Test
  void flavouredCompileOfTheSameSource() {
    Compile c = compile("cc -I. -O3 -DNDEBUG -std=c11 -fPIC -mavx -msse3 -c ggml.c -o ggml_v4_noavx2.o");
    assertThat(c.sourcePaths()).containsExactly("ggml.c");
    assertThat(c.output()).isEqualTo("ggml_v4_noavx2.o");
  }

  @Test
  void crossCompilerBehindCcache() {
    Compile c = compile("ccache arm-none-eabi-gcc -mcpu=cortex-m4 -mthumb -c src/main.c -o build/main.o");
    assertThat(c.tool()).isEqualTo("arm-none-eabi-gcc");
    assertThat(c.sourcePaths()).containsExactly("src/main.c");
    assertThat(c.output()).isEqualTo("build/main.o");
    assertThat(c.argv().get(0)).isEqualTo("ccache");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "gcc", "cc", "clang", "c++", "g++", "clang++", "icc", "icpx", "icx", "hipcc", "gcc-12",
        "clang++-17", "g++-13", "clang-15", "gcc12", "/usr/bin/gcc", "/opt/homebrew/bin/clang++",
        "arm-none-eabi-gcc", "x86_64-w64-mingw32-g++", "aarch64-linux-gnu-gcc",
        "x86_64-w64-mingw32-g++-posix", "aarch64-linux-gnu-gcc-12", "gcc.exe", "emcc", "em++",
        "mpicc", "mpicxx", "C:\\mingw\\bin\\g++.exe", "nvcc", "/usr/local/cuda/bin/nvcc"
      })
  void compilerSpellingsAreRecognised(String driver) {
    Compile c = compile(driver + " -c foo.c -o foo.o");
    assertThat(c.sourcePaths()).containsExactly("foo.c");
    assertThat(c.output()).isEqualTo("foo.o");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "clang-format -i a.c", "clang-tidy a.c --", "gcc-ar rcs", "cpp a.c", "c++filt _Z1fv",
        "ranlib libx.a", "distcc --help", "ccache -s", "xcrun --show-sdk-path", "xcrun -f clang",
        "strip a.out", "objcopy -O binary a.elf a.bin", "echo gcc -c a.c -o a.o", "make -C sub",
        "tar czf x.tar.gz a.o", "llvm-as a.ll"
      })
  void nonBuildCommandsAreOther(String words) {
    assertThat(classify(words)).as(words).isInstanceOf(ToolCommand.Other.class);
  }

  @Test
  void wrappersAreUnwrapped() {
    assertThat(compile("sccache clang -c a.c").tool()).isEqualTo("clang");
    assertThat(compile("distcc gcc -c a.c").tool()).isEqualTo("gcc");
    assertThat(compile("distcc -c a.c").tool()).isEqualTo("cc");
    assertThat(compile("xcrun --sdk macosx clang -c a.m -o a.o").sources())
        .containsExactly(new SourceFile("a.m", "objective-c"));
    assertThat(compile("xcrun clang++ -c a.mm").sources())
        .containsExactly(new SourceFile("a.mm", "objective-c++"));
    assertThat(compile("env CCACHE_DISABLE=1 ccache distcc g++ -c a.cpp").tool()).isEqualTo("g++");
    assertThat(compile("zig cc -c a.c").output()).isEqualTo("a.o");
  }

  @Test
  void gluedOutputAndLongOutput() {
    assertThat(compile("gcc -c a.c -oobj/a.o").output()).isEqualTo("obj/a.o");
    assertThat(compile("gcc -c a.c --output=obj/b.o").output()).isEqualTo("obj/b.o");
    assertThat(compile("gcc -c a.c --output obj/c.o").output()).isEqualTo("obj/c.o");
  }

  @Test
  void defaultObjectIsBasenameInWorkingDirectory() {
    assertThat(compile("gcc -c src/util/str.c").output()).isEqualTo("str.o");
    assertThat(compile("g++ -c ../lib/x.cpp").output()).isEqualTo("x.o");
    ToolCommand t = classify("gcc -c a.c", "build");
    assertThat(((Compile) t).output()).isEqualTo("build/a.o");
    assertThat(((Compile) t).sourcePaths()).containsExactly("build/a.c");
  }

  @Test
  void severalSourcesWithoutOutputGiveOneObjectEach() {
    Compile c = compile("gcc -c a.c sub/b.cpp");
    assertThat(c.output()).isNull();
    assertThat(c.outputs()).containsExactly("a.o", "b.o");
  }

  @Test
  void sourceExtensionsMapToLanguages() {
    Compile c = compile("gcc -c a.c b.cc c.cpp d.cxx e.C f.c++ g.m h.mm i.cu j.s k.S l.sx");
    assertThat(c.sources()).extracting(SourceFile::language).containsExactly(
        "c", "c++", "c++", "c++", "c++", "c++", "objective-c", "objective-c++", "cuda",
        "assembler", "assembler-with-cpp", "assembler-with-cpp");
  }

  @Test
  void languageOptionOverridesExtension() {
    Compile c = compile("gcc -x c++ -c weird.inc -x none -c b.c -o b.o");
    assertThat(c.sources()).containsExactly(
        new SourceFile("weird.inc", "c++"), new SourceFile("b.c", "c"));
    Compile glued = compile("clang -xc -c gen.txt -o gen.o");
    assertThat(glued.sources()).containsExactly(new SourceFile("gen.txt", "c"));
  }

  @Test
  void optionArgumentsAreNotMistakenForSources() {
    Compile c = compile(
        "gcc -include config.h -MF deps/a.d -MT a.o -isystem /usr/include/x -I inc -D X=1 -c a.c -o a.o");
    assertThat(c.sourcePaths()).containsExactly("a.c");
    assertThat(c.flags()).contains("-include", "config.h", "-MF", "deps/a.d");
  }

  @Test
  void compileWithDependencyGenerationIsStillACompile() {
    assertThat(compile("gcc -MMD -MP -c a.c -o a.o").output()).isEqualTo("a.o");
  }

  @Test
  void preprocessAssemblyAndDependencyOnlyAreNotObjects() {
    assertThat(classify("gcc -E a.c -o a.i")).isInstanceOf(ToolCommand.Other.class);
    assertThat(classify("gcc -S -c a.c")).isInstanceOf(ToolCommand.Other.class);
    assertThat(classify("gcc -MM a.c")).isInstanceOf(ToolCommand.Other.class);
    assertThat(classify("gcc -fsyntax-only a.c")).isInstanceOf(ToolCommand.Other.class);
    assertThat(classify("gcc --version")).isInstanceOf(ToolCommand.Other.class);
    assertThat(classify("gcc -dumpmachine")).isInstanceOf(ToolCommand.Other.class);
    assertThat(classify("gcc -print-file-name=libc.a")).isInstanceOf(ToolCommand.Other.class);
    assertThat(classify("gcc -v")).isInstanceOf(ToolCommand.Other.class);
  }

  @Test
  void precompiledHeaderIsNotAnObjectCompile() {
    assertThat(classify("g++ -c pch.hpp -o pch.hpp.gch")).isInstanceOf(ToolCommand.Other.class);
    assertThat(classify("g++ -x c++-header -c stdafx.h")).isInstanceOf(ToolCommand.Other.class);
  }

  @Test
  void nvccCompileAndDeviceCode() {
    Compile c = compile(
        "nvcc -O3 -Xcompiler -fPIC -gencode arch=compute_80,code=sm_80 -c ggml-cuda.cu -o ggml-cuda.o");
    assertThat(c.sources()).containsExactly(new SourceFile("ggml-cuda.cu", "cuda"));
    assertThat(c.output()).isEqualTo("ggml-cuda.o");
    assertThat(compile("nvcc -dc k.cu -odir obj").output()).isEqualTo("obj/k.o");
    assertThat(compile("nvcc -x cu -c kernel.cpp").sources())
        .containsExactly(new SourceFile("kernel.cpp", "cuda"));
    assertThat(classify("nvcc -ptx k.cu")).isInstanceOf(ToolCommand.Other.class);
    Link dl = link("nvcc -dlink a.o b.o -o dlink.o");
    assertThat(dl.kind()).isEqualTo(LinkKind.DEVICE_LINK);
    assertThat(dl.objects()).containsExactly("a.o", "b.o");
  }

  @Test
  void unresolvedWordsAreReportedNotGuessed() {
    Compile c = compile("gcc -c $f.c -o $f.o");
    assertThat(c.sources()).isEmpty();
    assertThat(c.unresolved()).containsExactly("$f.c", "$f.o");
    assertThat(c.output()).isEqualTo("$f.o");
  }

  @Test
  void unresolvedProgramIsOpaque() {
    assertThat(classify("$CC -c a.c")).isInstanceOf(ToolCommand.Opaque.class);
    assertThat(classify("`which gcc` -c a.c")).isInstanceOf(ToolCommand.Opaque.class);
  }

  @Test
  void assemblerInvocation() {
    Compile c = compile("arm-none-eabi-as -mcpu=cortex-m4 startup.s -o build/startup.o");
    assertThat(c.sources()).containsExactly(new SourceFile("startup.s", "assembler"));
    assertThat(c.output()).isEqualTo("build/startup.o");
  }

  @Test
  void gnuLibtoolCompileIsUnwrapped() {
    Compile c = compile("libtool --tag=CC --mode=compile gcc -c foo.c -o foo.lo");
    assertThat(c.output()).isEqualTo("foo.lo");
    assertThat(classify("libtool --mode=install cp libx.la /usr/lib"))
        .isInstanceOf(ToolCommand.Other.class);
  }

  // ------------------------------------------------------------------ links

  @Test
  void koboldcppSharedLibraryLink() {
    Link l = link(
        "g++ -O3 -DNDEBUG -std=c++11 -fPIC  ggml.o ggml_v4.o -shared -o koboldcpp_default.so -framework Accelerate");
    assertThat(l.kind()).isEqualTo(LinkKind.SHARED_LIBRARY);
    assertThat(l.output()).isEqualTo("koboldcpp_default.so");
    assertThat(l.inputs()).containsExactly(
        new ObjectFile("ggml.o"), new ObjectFile("ggml_v4.o"), new Framework("Accelerate"));
    assertThat(l.flags()).contains("-O3", "-fPIC", "-shared", "-framework", "Accelerate");
  }

  @Test
  void duplicateObjectsFromTheSeedCaseAreBothVisible() {
    Link l = link(
        "g++ -O3 -fPIC ggml.o ggml-backend_default.o ggml-backend.o ggml-alloc.o -shared -o koboldcpp_default.so");
    assertThat(l.objects()).containsExactly(
        "ggml.o", "ggml-backend_default.o", "ggml-backend.o", "ggml-alloc.o");
  }

  @Test
  void repeatsAreKept() {
    Link l = link("cc a.o b.o a.o libz.a libz.a -lm -lm -o prog");
    assertThat(l.inputs()).containsExactly(
        new ObjectFile("a.o"), new ObjectFile("b.o"), new ObjectFile("a.o"),
        new StaticArchive("libz.a"), new StaticArchive("libz.a"), new LibraryName("m"),
        new LibraryName("m"));
  }

  @Test
  void defaultLinkOutputIsAOut() {
    Link l = link("cc main.o");
    assertThat(l.output()).isEqualTo("a.out");
    assertThat(l.kind()).isEqualTo(LinkKind.EXECUTABLE);
    assertThat(((Link) classify("cc main.o", "bin")).output()).isEqualTo("bin/a.out");
  }

  @Test
  void librariesDirectoriesAndSharedObjectsInOrder() {
    Link l = link(
        "gcc main.o -L./lib -L /opt/x/lib -lfoo -l bar -l:libexact.a libq.so.1 libr.dylib x.dll -pthread -o app");
    assertThat(l.inputs()).containsExactly(
        new ObjectFile("main.o"), new LibraryDir("lib"), new LibraryDir("/opt/x/lib"),
        new LibraryName("foo"), new LibraryName("bar"), new LibraryName(":libexact.a"),
        new SharedLibrary("libq.so.1"), new SharedLibrary("libr.dylib"), new SharedLibrary("x.dll"));
  }

  @Test
  void linkThatAlsoCompilesASource() {
    Link l = link("g++ -O3 -std=c++11 examples/main/main.cpp ggml.o llama.o common.o -o main -lpthread");
    assertThat(l.sources()).containsExactly(new SourceFile("examples/main/main.cpp", "c++"));
    assertThat(l.inputs().get(0)).isEqualTo(new Source("examples/main/main.cpp", "c++"));
    assertThat(l.objects()).containsExactly("ggml.o", "llama.o", "common.o");
    assertThat(l.output()).isEqualTo("main");
  }

  @Test
  void objectLinkedDirectlyAndViaArchive() {
    Link l = link("cc main.o util.o libutil.a -o prog");
    assertThat(l.objects()).containsExactly("main.o", "util.o");
    assertThat(l.archives()).containsExactly("libutil.a");
  }

  @Test
  void linkerPassThroughOptions() {
    Link l = link(
        "gcc -Wl,-soname,libfoo.so.1 -Wl,--whole-archive libbar.a -Wl,--no-whole-archive "
            + "-Wl,-rpath,/opt/lib -Xlinker -Map -Xlinker out.map a.o -shared -o libfoo.so.1.0");
    assertThat(l.inputs()).containsExactly(new StaticArchive("libbar.a"), new ObjectFile("a.o"));
    assertThat(l.kind()).isEqualTo(LinkKind.SHARED_LIBRARY);
    assertThat(l.output()).isEqualTo("libfoo.so.1.0");
  }

  @Test
  void gluedLinkOutput() {
    Link l = link("cc main.o util.o -oapp");
    assertThat(l.output()).isEqualTo("app");
    assertThat(l.objects()).containsExactly("main.o", "util.o");
  }

  @Test
  void windowsObjectsAndImportLibraries() {
    Link l = link("x86_64-w64-mingw32-g++ a.obj b.OBJ kernel32.lib -o app.exe");
    assertThat(l.inputs()).containsExactly(
        new ObjectFile("a.obj"), new ObjectFile("b.OBJ"), new StaticArchive("kernel32.lib"));
  }

  /**
   * Defines, include directories, undefines, warnings and optimisation levels are flags by their
   * first two characters, but -Wl, still passes its arguments to the linker (here the output),
   * and a bare -W, -O or -I reads as before (-I takes the next word).
   */
  @Test
  void joinedFlagsAndTheLinkerPassThrough() {
    Link l = link("gcc -DA=1 -Iinc -UB -O2 -Wall -Wlogical-op -W -O -I dir a.o -Wl,-o,custom");
    assertThat(l.output()).isEqualTo("custom");
    assertThat(l.inputs()).containsExactly(new ObjectFile("a.o"));
    assertThat(l.flags()).containsExactly("-DA=1", "-Iinc", "-UB", "-O2", "-Wall",
        "-Wlogical-op", "-W", "-O", "-I", "dir", "-Wl,-o,custom");
  }

  @Test
  void linkerInputInsideWl() {
    Link l = link("gcc main.o -Wl,--start-group,liba.a,libb.a,--end-group -Wl,-lz -o p");
    assertThat(l.inputs()).containsExactly(
        new ObjectFile("main.o"), new StaticArchive("liba.a"), new StaticArchive("libb.a"),
        new LibraryName("z"));
  }

  @Test
  void responseFileIsAnOpaqueInput() {
    Link l = link("clang++ @objects.rsp -o big");
    assertThat(l.inputs()).containsExactly(new OpaqueInput("@objects.rsp", "response file"));
    assertThat(l.unresolved()).containsExactly("@objects.rsp");
  }

  @Test
  void appleOptions() {
    Link l = link(
        "clang -dynamiclib -arch arm64 -install_name @rpath/libx.dylib -framework Foundation "
            + "-weak_framework Metal x.o -o libx.dylib");
    assertThat(l.kind()).isEqualTo(LinkKind.SHARED_LIBRARY);
    assertThat(l.inputs()).containsExactly(
        new Framework("Foundation"), new Framework("Metal"), new ObjectFile("x.o"));
  }

  @Test
  void relocatableLinkAndUnknownFileKinds() {
    Link r = link("gcc -r -nostdlib a.o b.o -o combined.o");
    assertThat(r.kind()).isEqualTo(LinkKind.RELOCATABLE);
    Link x = link("cc main.o linker.ld -o fw.elf");
    assertThat(x.inputs()).containsExactly(new ObjectFile("main.o"), new OtherFile("linker.ld"));
  }

  @Test
  void linkPathsResolveAgainstWorkingDirectory() {
    Link l = (Link) classify("cc ../obj/a.o ./b.o -L../lib -o ../bin/app", "src");
    assertThat(l.objects()).containsExactly("obj/a.o", "src/b.o");
    assertThat(l.inputs()).contains(new LibraryDir("lib"));
    assertThat(l.output()).isEqualTo("bin/app");
  }

  @Test
  void directLinkerInvocations() {
    Link l = link("ld -r -o all.o a.o b.o");
    assertThat(l.kind()).isEqualTo(LinkKind.RELOCATABLE);
    assertThat(l.output()).isEqualTo("all.o");
    assertThat(l.objects()).containsExactly("a.o", "b.o");
    Link lld = link("ld.lld -shared -soname libq.so --version-script q.map q1.o q2.o -o libq.so");
    assertThat(lld.kind()).isEqualTo(LinkKind.SHARED_LIBRARY);
    assertThat(lld.objects()).containsExactly("q1.o", "q2.o");
    Link cross = link("arm-none-eabi-ld -T stm32.ld startup.o main.o -lc -o fw.elf");
    assertThat(cross.inputs()).containsExactly(
        new ObjectFile("startup.o"), new ObjectFile("main.o"), new LibraryName("c"));
    assertThat(link("ld.gold a.o").output()).isEqualTo("a.out");
    assertThat(classify("ld --version")).isInstanceOf(ToolCommand.Other.class);
  }

  // ------------------------------------------------------------------ archives

  @Test
  void arRcs() {
    Archive a = archive("ar rcs libggml.a ggml.o ggml-alloc.o");
    assertThat(a.archive()).isEqualTo("libggml.a");
    assertThat(a.members()).containsExactly("ggml.o", "ggml-alloc.o");
    assertThat(a.operation()).isEqualTo("rcs");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rcs", "crs", "rs", "-rcs", "q", "cr", "rvs", "r", "qc", "rv", "-r -c -s", "Dcr", "rcsT"})
  void arOperationSpellings(String ops) {
    Archive a = archive("ar " + ops + " out/libx.a a.o b.o");
    assertThat(a.archive()).isEqualTo("out/libx.a");
    assertThat(a.members()).containsExactly("a.o", "b.o");
  }

  @ParameterizedTest
  @ValueSource(strings = {"arm-none-eabi-ar", "llvm-ar", "gcc-ar", "llvm-ar-15", "x86_64-w64-mingw32-ar",
      "/usr/bin/ar", "emar", "gcc-ar-12"})
  void archiverSpellings(String ar) {
    assertThat(archive(ar + " rcs libx.a a.o").members()).containsExactly("a.o");
  }

  @Test
  void arMembersKeepRepeatsAndOrder() {
    Archive a = archive("ar qc libdup.a x.o y.o x.o");
    assertThat(a.members()).containsExactly("x.o", "y.o", "x.o");
  }

  @Test
  void arReadOnlyOperationsAreOther() {
    assertThat(classify("ar t libx.a")).isInstanceOf(ToolCommand.Other.class);
    assertThat(classify("ar x libx.a")).isInstanceOf(ToolCommand.Other.class);
    assertThat(classify("ar d libx.a a.o")).isInstanceOf(ToolCommand.Other.class);
    assertThat(classify("ar s libx.a")).isInstanceOf(ToolCommand.Other.class);
    assertThat(classify("ar")).isInstanceOf(ToolCommand.Other.class);
    assertThat(classify("ar rcs")).isInstanceOf(ToolCommand.Other.class);
  }

  @Test
  void arWithPluginAndRelpos() {
    Archive a = archive("gcc-ar --plugin /usr/lib/liblto.so rcs libl.a a.o");
    assertThat(a.members()).containsExactly("a.o");
    Archive b = archive("ar rb first.o libx.a new.o");
    assertThat(b.archive()).isEqualTo("libx.a");
    assertThat(b.members()).containsExactly("new.o");
  }

  @Test
  void arPathsResolveAgainstWorkingDirectory() {
    Archive a = (Archive) classify("ar rcs ../lib/libx.a a.o", "build");
    assertThat(a.archive()).isEqualTo("lib/libx.a");
    assertThat(a.members()).containsExactly("build/a.o");
  }

  @Test
  void appleLibtoolStatic() {
    Archive a = archive("libtool -static -no_warning_for_no_symbols -o libm.a m1.o m2.o");
    assertThat(a.archive()).isEqualTo("libm.a");
    assertThat(a.members()).containsExactly("m1.o", "m2.o");
  }

  @Test
  void nvccLib() {
    Archive a = archive("nvcc -lib a.o b.o -o libk.a");
    assertThat(a.archive()).isEqualTo("libk.a");
    assertThat(a.members()).containsExactly("a.o", "b.o");
  }

  // ------------------------------------------------------------------ robustness

  @Test
  void emptyAndNullInput() {
    assertThat(CommandClassifier.classify(List.of(), ".")).isEqualTo(new ToolCommand.Other(List.of()));
    assertThat(CommandClassifier.classify(null, ".")).isInstanceOf(ToolCommand.Other.class);
    assertThat(CommandClassifier.classify(Arrays.asList("gcc", null, "-c", "a.c"), "."))
        .isInstanceOf(Compile.class);
  }

  @Test
  void unknownWorkingDirectoryKeepsPathsAsWritten() {
    Compile c = (Compile) classify("gcc -c ./a.c", null);
    assertThat(c.workingDir()).isNull();
    assertThat(c.sourcePaths()).containsExactly("a.c");
  }

  @Test
  void randomWordsNeverThrow() {
    Random r = new Random(7);
    String[] vocab = {
      "gcc", "ar", "ld", "-c", "-o", "-x", "-l", "-L", "-Wl,", "-Wl,-o", "-framework", "a.c", "b.o",
      "@", "@f", "-", "", "$x", "rcs", "-shared", "-r", "libtool", "-static", "nvcc", "-lib",
      "-dlink", "xcrun", "--sdk", "ccache", "distcc", "zig", "cc", "-Xlinker", "-sectcreate", "q"
    };
    for (int k = 0; k < 3000; k++) {
      int n = r.nextInt(8);
      String[] words = new String[n];
      for (int i = 0; i < n; i++) {
        words[i] = vocab[r.nextInt(vocab.length)];
      }
      List<String> argv = Arrays.asList(words);
      assertThatCode(() -> CommandClassifier.classify(argv, r.nextBoolean() ? "." : null))
          .as(String.join(" ", argv))
          .doesNotThrowAnyException();
    }
  }
}
