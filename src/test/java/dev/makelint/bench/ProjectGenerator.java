package dev.makelint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a synthetic GNU make project in the shape of real large trees, for benchmarks and scale
 * tests:
 *
 * <ul>
 *   <li>a top {@code Makefile} with platform conditionals ({@code uname -s}, {@code $(OS)}) that
 *       includes one fragment per module ({@code modules/NAME/module.mk}), found by
 *       {@code $(wildcard)};
 *   <li>each fragment lists the module's sources one per line (with a platform-specific source
 *       chosen by a conditional) and sets a pattern-specific {@code CFLAGS};
 *   <li>a {@code define} template instantiated by {@code $(foreach …,$(eval $(call …)))} per module
 *       and per build flavour: the module's object list and its shared library;
 *   <li>a pattern rule per flavour directory ({@code build/FLAVOUR/%.o: %.c}), itself generated
 *       by a template;
 *   <li>one executable per flavour linking every library of that flavour;
 *   <li>optionally one injected fault: a module fragment that, like the stale
 *       {@code Makefile.local} of the seed case, adds a second object compiled from one of the
 *       module's sources to the module's release library ({@code duplicate-source-in-link}).
 * </ul>
 *
 * Source files are created empty, so that implicit rule search finds them as make would.
 *
 * <p>Usage: {@code ProjectGenerator DIR MODULES [SOURCES_PER_MODULE [FLAVOURS]] [--fault]}.
 */
public final class ProjectGenerator {
  /** What to generate. */
  public record Spec(int modules, int sourcesPerModule, int flavours, boolean fault) {
    public Spec {
      if (modules < 1 || sourcesPerModule < 2 || flavours < 1 || flavours > FLAVOURS.length) {
        throw new IllegalArgumentException("need modules >= 1, sources >= 2, 1 <= flavours <= "
            + FLAVOURS.length);
      }
    }

    /** Objects the project builds: one per source, module and flavour, plus main.o per flavour. */
    public long objects() {
      return (long) modules * sourcesPerModule * flavours + flavours;
    }
  }

  /** What was written. */
  public record Result(Path dir, int makefiles, long makefileBytes, String faultySource,
      String faultyLibrary) {}

  static final String[] FLAVOURS = {"release", "debug", "asan", "profile"};

  private static final String[] WORDS = {
    "buffer", "channel", "codec", "config", "context", "crypto", "device", "dispatch", "event",
    "filter", "format", "graph", "handler", "index", "journal", "kernel", "layout", "loader",
    "matrix", "memory", "network", "object", "parser", "pipeline", "queue", "record", "render",
    "scheduler", "session", "signal", "socket", "storage", "stream", "table", "thread", "timer",
    "transport", "tree", "vector", "worker"
  };

  private static final int HEADERS_PER_MODULE = 10;

  private ProjectGenerator() {}

  /** The name of module {@code m}. */
  static String module(int m) {
    return String.format(Locale.ROOT, "mod%04d", m);
  }

  /** The module whose fragment carries the injected fault. */
  static int faultyModule(Spec spec) {
    return spec.modules() / 2;
  }

  /** The path of source {@code s} of module {@code m}, relative to the project. */
  static String source(int m, int s) {
    String word = WORDS[(m * 7 + s) % WORDS.length];
    String other = WORDS[(m + s * 3) % WORDS.length];
    return String.format(Locale.ROOT, "modules/%s/src/%s/%s_%s_%03d.c", module(m), word, word,
        other, s);
  }

  /** The public headers of module {@code m}, relative to the project. */
  static List<String> headers(int m) {
    List<String> out = new ArrayList<>();
    for (int h = 0; h < HEADERS_PER_MODULE; h++) {
      out.add(String.format(Locale.ROOT, "modules/%s/include/%s/%s.h", module(m), module(m),
          WORDS[(m * 3 + h) % WORDS.length]));
    }
    return out;
  }

  /** Writes the project {@code spec} describes into {@code dir} (created; must be empty). */
  public static Result generate(Path dir, Spec spec) throws IOException {
    Files.createDirectories(dir);
    long bytes = 0;
    bytes += write(dir.resolve("Makefile"), topMakefile(spec));
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/main.c"), "int main(void) { return 0; }\n");
    String faultySource = null;
    String faultyLibrary = null;
    for (int m = 0; m < spec.modules(); m++) {
      Path moduleDir = dir.resolve("modules").resolve(module(m));
      Path srcDir = moduleDir.resolve("src");
      Files.createDirectories(srcDir);
      boolean fault = spec.fault() && m == faultyModule(spec);
      bytes += write(moduleDir.resolve("module.mk"), fragment(spec, m, fault));
      for (int s = 0; s < spec.sourcesPerModule() - 1; s++) {
        Path source = dir.resolve(source(m, s));
        Files.createDirectories(source.getParent());
        Files.createFile(source);
      }
      for (String header : headers(m)) {
        Path h = dir.resolve(header);
        Files.createDirectories(h.getParent());
        Files.createFile(h);
      }
      Files.createFile(srcDir.resolve("platform_linux.c"));
      Files.createFile(srcDir.resolve("platform_darwin.c"));
      Files.createFile(srcDir.resolve("platform_windows.c"));
      if (fault) {
        faultySource = source(m, 7 % (spec.sourcesPerModule() - 1));
        faultyLibrary = "build/release/lib" + module(m);
      }
    }
    return new Result(dir, spec.modules() + 1, bytes, faultySource, faultyLibrary);
  }

  private static long write(Path p, String text) throws IOException {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    Files.write(p, b);
    return b.length;
  }

  static String topMakefile(Spec spec) {
    StringBuilder f = new StringBuilder();
    List<String> flavours = new ArrayList<>(List.of(FLAVOURS).subList(0, spec.flavours()));
    f.append("# Generated by dev.makelint.bench.ProjectGenerator: ").append(spec.modules())
        .append(" modules x ").append(spec.sourcesPerModule()).append(" sources x ")
        .append(spec.flavours()).append(" flavours\n");
    f.append("""

        .DEFAULT_GOAL := all
        .SUFFIXES:

        # --- platform ------------------------------------------------------------------
        ifndef UNAME_S
        UNAME_S := $(shell uname -s)
        endif
        UNAME_M := $(shell uname -m)

        ifeq ($(OS),Windows_NT)
          PLATFORM     := windows
          SHLIB_EXT    := dll
          SHLIB_LDFLAGS := -shared
          EXE          := .exe
        else ifeq ($(UNAME_S),Darwin)
          PLATFORM     := darwin
          SHLIB_EXT    := dylib
          SHLIB_LDFLAGS := -dynamiclib -undefined dynamic_lookup
          EXE          :=
        else
          PLATFORM     := linux
          SHLIB_EXT    := so
          SHLIB_LDFLAGS := -shared -Wl,-z,defs
          EXE          :=
        endif

        ifeq ($(UNAME_M),arm64)
          ARCH_CFLAGS := -mcpu=apple-m1
        else ifeq ($(UNAME_M),aarch64)
          ARCH_CFLAGS := -mcpu=native
        else
          ARCH_CFLAGS := -march=x86-64-v2
        endif

        # --- tools and flags -------------------------------------------------------------
        CC       ?= cc
        CFLAGS   := -std=c11 -Wall -Wextra -fPIC -Iinclude $(ARCH_CFLAGS)
        LDFLAGS  :=
        LDLIBS   := -lm -lpthread

        """);
    f.append("FLAVOURS := ").append(String.join(" ", flavours)).append('\n');
    String[] flavourFlags = {"-O2 -DNDEBUG", "-O0 -g3 -DDEBUG", "-O1 -g -fsanitize=address",
        "-O2 -pg"};
    for (int i = 0; i < flavours.size(); i++) {
      f.append("CFLAGS_").append(flavours.get(i)).append(" := ").append(flavourFlags[i])
          .append('\n');
    }
    f.append("""

        # --- modules: one fragment per module lists its sources ---------------------------
        MODULES :=
        include $(sort $(wildcard modules/*/module.mk))

        # $(call module_template,MODULE,FLAVOUR): the module's objects and shared library.
        define module_template
        $(1)_$(2)_OBJS := $$(patsubst %.c,build/$(2)/%.o,$$($(1)_SRCS))
        $(1)_$(2)_LIB := build/$(2)/lib$(1).$$(SHLIB_EXT)

        $$($(1)_$(2)_LIB): $$($(1)_$(2)_OBJS) | build/$(2)
        \t$$(CC) $$(SHLIB_LDFLAGS) $$(LDFLAGS) -o $$@ $$^ $$($(1)_LDLIBS)

        LIBS_$(2) += $$($(1)_$(2)_LIB)
        OBJS_$(2) += $$($(1)_$(2)_OBJS)
        endef

        # $(call flavour_template,FLAVOUR): how objects of one flavour are compiled.
        define flavour_template
        build/$(1)/%.o: %.c
        \t@mkdir -p $$(@D)
        \t$$(CC) $$(CFLAGS) $$(CFLAGS_$(1)) -c $$< -o $$@

        build/$(1):
        \tmkdir -p $$@

        bin/$(1)/app$$(EXE): build/$(1)/src/main.o $$(LIBS_$(1))
        \t@mkdir -p $$(@D)
        \t$$(CC) $$(LDFLAGS) -o $$@ $$^ $$(LDLIBS)
        endef

        $(foreach f,$(FLAVOURS),$(foreach m,$(MODULES),$(eval $(call module_template,$(m),$(f)))))
        $(foreach f,$(FLAVOURS),$(eval $(call flavour_template,$(f))))

        # --- goals -----------------------------------------------------------------------
        all: $(foreach f,$(FLAVOURS),bin/$(f)/app$(EXE))

        PREFIX ?= /usr/local
        install-headers: $(foreach m,$(MODULES),$($(m)_HDRS))
        \tinstall -d $(PREFIX)/include
        \tcp -R $(foreach m,$(MODULES),$($(m)_DIR)/include/$(m)) $(PREFIX)/include/

        clean:
        \trm -rf build bin

        .PHONY: all clean install-headers
        """);
    return f.toString();
  }

  static String fragment(Spec spec, int m, boolean fault) {
    String name = module(m);
    StringBuilder f = new StringBuilder();
    f.append("# Module ").append(name).append(": sources and per-module settings.\n");
    f.append("# Read by the top Makefile; the module template turns the list into objects\n");
    f.append("# and one shared library per build flavour.\n\n");
    f.append("MODULES += ").append(name).append('\n');
    f.append(name).append("_DIR := modules/").append(name).append('\n');
    f.append(name).append("_SRCS := \\\n");
    for (int s = 0; s < spec.sourcesPerModule() - 1; s++) {
      f.append('\t').append(source(m, s));
      f.append(s < spec.sourcesPerModule() - 2 ? " \\\n" : "\n");
    }
    f.append('\n').append(name).append("_HDRS := \\\n");
    List<String> headers = headers(m);
    for (int h = 0; h < headers.size(); h++) {
      f.append('\t').append(headers.get(h)).append(h < headers.size() - 1 ? " \\\n" : "\n");
    }
    f.append("\nifeq ($(PLATFORM),darwin)\n");
    f.append(name).append("_SRCS += $(").append(name).append("_DIR)/src/platform_darwin.c\n");
    f.append("else ifeq ($(PLATFORM),windows)\n");
    f.append(name).append("_SRCS += $(").append(name).append("_DIR)/src/platform_windows.c\n");
    f.append("else\n");
    f.append(name).append("_SRCS += $(").append(name).append("_DIR)/src/platform_linux.c\n");
    f.append("endif\n\n");
    f.append(name).append("_LDLIBS := ");
    if (m > 0) {
      f.append("-l").append(module(m - 1)).append(' ');
    }
    f.append("$(LDLIBS)\n");
    f.append("$(FLAVOURS:%=build/%/modules/").append(name).append("/src/%.o): CFLAGS += -I$(")
        .append(name).append("_DIR)/include -DMODULE_NAME=").append(name).append('\n');
    if (fault) {
      String src = source(m, 7 % (spec.sourcesPerModule() - 1));
      String base = src.substring(src.lastIndexOf('/') + 1, src.length() - 2);
      String legacy = "build/" + name + "_" + base + ".o";
      f.append("\n# Left over from the old flat build layout: the object had no flavour\n");
      f.append("# directory back then, and the release library still lists it.\n");
      f.append(legacy).append(": ").append(src).append('\n');
      f.append("\t$(CC) $(CFLAGS) $(CFLAGS_release) -c $< -o $@\n");
      f.append("build/release/lib").append(name).append(".$(SHLIB_EXT): ").append(legacy)
          .append('\n');
    }
    return f.toString();
  }

  public static void main(String[] args) throws IOException {
    List<String> positional = new ArrayList<>();
    boolean fault = false;
    for (String a : args) {
      if (a.equals("--fault")) {
        fault = true;
      } else {
        positional.add(a);
      }
    }
    if (positional.size() < 2) {
      System.err.println(
          "usage: ProjectGenerator DIR MODULES [SOURCES_PER_MODULE [FLAVOURS]] [--fault]");
      System.exit(2);
    }
    Path dir = Path.of(positional.get(0));
    int modules = Integer.parseInt(positional.get(1));
    int sources = positional.size() > 2 ? Integer.parseInt(positional.get(2)) : 50;
    int flavours = positional.size() > 3 ? Integer.parseInt(positional.get(3)) : 2;
    if (Files.exists(dir)) {
      try (var s = Files.list(dir)) {
        if (s.findAny().isPresent()) {
          System.err.println("ProjectGenerator: " + dir + " is not empty");
          System.exit(2);
        }
      }
    }
    Spec spec = new Spec(modules, sources, flavours, fault);
    Result r = generate(dir, spec);
    System.out.printf(Locale.ROOT, "%s: %d makefiles, %d bytes, %d objects%s%n", r.dir(),
        r.makefiles(), r.makefileBytes(), spec.objects(),
        fault ? ", fault: " + r.faultySource() + " twice in " + r.faultyLibrary() : "");
  }
}
