package dev.makelint.evaluation.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential check against the installed GNU make: generates a makefile of {@code $(info ...)}
 * probes, runs make on it and compares every result with this library. Skipped when no GNU make 4.x
 * is on the PATH.
 */
class TextFunctionsDifferentialTest {

  private static boolean makeAvailable;

  @TempDir static Path tmp;

  @BeforeAll
  static void detectMake() {
    try {
      Process p = new ProcessBuilder("make", "--version").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      makeAvailable = p.waitFor(20, TimeUnit.SECONDS) && out.startsWith("GNU Make 4.");
    } catch (IOException | InterruptedException e) {
      makeAvailable = false;
    }
  }

  /** One probe: how make sees it and what this library answers. */
  private record Probe(String makeExpr, String setup, Function<Path, String> ours) {}

  private static final String[] TEXTS = {
    "",
    " ",
    "a",
    "  a   b  ",
    "\ta\nb\u000bc\fd\re \n",
    "a.c b.o x/y.c ./z .h a.b/c a/ / .. a.. x.y.z",
    "% a% \\% a\\%b %% b%c",
    "a a b a c b",
    "foo.c bar.c baz.h foo.c",
    "z y x Y X 1 _ -",
    "//x/./y/ ../../q a/b/../c",
  };

  private static final String[] PATTERNS = {
    "%", "%.c", "a%", "%a", "a", "", "a%b", "\\%", "%\\%", "a\\\\%", "%.c %.h", "x%y%z", "%%",
  };

  private static final String[] REPLACEMENTS = {"%.o", "", "x", "[%]", "\\%", "%\\%", "p%s%"};

  private static final String[] NUMBERS = {"1", "2", "3", " 2 ", "4", "4294967297", "100"};

  private static String render(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case ' ' -> sb.append("$(SP)");
        case '\t' -> sb.append("$(TAB)");
        case '\n' -> sb.append("$(NL)");
        case '\u000b' -> sb.append("$(VT)");
        case '\f' -> sb.append("$(FF)");
        case '\r' -> sb.append("$(CR)");
        case ',' -> sb.append("$(COMMA)");
        case '(' -> sb.append("$(LP)");
        case ')' -> sb.append("$(RP)");
        case '$' -> sb.append("$$");
        case '#' -> sb.append("$(HASH)");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static Probe call(String fn, Function<Path, String> ours, String... args) {
    StringBuilder sb = new StringBuilder("$(").append(fn).append(' ');
    for (int i = 0; i < args.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(render(args[i]));
    }
    return new Probe(sb.append(')').toString(), null, ours);
  }

  private static List<Probe> probes(String home) {
    List<Probe> ps = new ArrayList<>();
    for (String t : TEXTS) {
      ps.add(call("strip", cwd -> TextFunctions.strip(t), t));
      ps.add(call("words", cwd -> TextFunctions.words(t), t));
      ps.add(call("sort", cwd -> TextFunctions.sort(t), t));
      ps.add(call("firstword", cwd -> TextFunctions.firstword(t), t));
      ps.add(call("lastword", cwd -> TextFunctions.lastword(t), t));
      ps.add(call("dir", cwd -> TextFunctions.dir(t), t));
      ps.add(call("notdir", cwd -> TextFunctions.notdir(t), t));
      ps.add(call("suffix", cwd -> TextFunctions.suffix(t), t));
      ps.add(call("basename", cwd -> TextFunctions.basename(t), t));
      ps.add(call("abspath", cwd -> TextFunctions.abspath(t, cwd), t));
      ps.add(call("addprefix", cwd -> TextFunctions.addprefix("p/ ", t), "p/ ", t));
      ps.add(call("addsuffix", cwd -> TextFunctions.addsuffix(".x", t), ".x", t));
      ps.add(call("join", cwd -> TextFunctions.join(t, "1 2\t3"), t, "1 2\t3"));
      ps.add(call("join", cwd -> TextFunctions.join("q", t), "q", t));
      ps.add(call("findstring", cwd -> TextFunctions.findstring("a ", t), "a ", t));
      ps.add(call("findstring", cwd -> TextFunctions.findstring("%", t), "%", t));
      ps.add(call("subst", cwd -> TextFunctions.subst("a", "<>", t), "a", "<>", t));
      ps.add(call("subst", cwd -> TextFunctions.subst(" ", "_", t), " ", "_", t));
      ps.add(call("subst", cwd -> TextFunctions.subst("", "E", t), "", "E", t));
      for (String p : PATTERNS) {
        ps.add(call("filter", cwd -> TextFunctions.filter(p, t), p, t));
        ps.add(call("filter-out", cwd -> TextFunctions.filterOut(p, t), p, t));
        for (String r : REPLACEMENTS) {
          ps.add(call("patsubst", cwd -> TextFunctions.patsubst(p, r, t), p, r, t));
        }
      }
      for (String n : NUMBERS) {
        ps.add(call("word", cwd -> TextFunctions.word(n, t), n, t));
        for (String m : NUMBERS) {
          ps.add(call("wordlist", cwd -> TextFunctions.wordlist(n, m, t), n, m, t));
        }
      }
    }
    String[][] refs = {
      {".c", ".o"}, {"c", ""}, {"", "x"}, {"a", "%"}, {"%", "[%]"}, {"%.c", "%.o"}, {"\\%", "x"},
      {"%", "\\%"}, {"%", "%\\%"}, {"a%", "%"}, {"%b", ""}, {"%", ""},
    };
    int k = 0;
    for (String t : TEXTS) {
      for (String[] r : refs) {
        String var = "R" + (k++);
        ps.add(
            new Probe(
                "$(" + var + ":" + r[0] + "=" + r[1] + ")",
                var + " := " + render(t),
                cwd -> TextFunctions.substitutionReference(t, r[0], r[1])));
      }
    }
    String[] globs = {
      "*.c", "*.c *.c a.c", "b.c a.c", ".*", "*/", "*/*.c d*/sub/*.c", "./*.c",
      "nonexist f f/ d1/ d1//x.c .//a.c", "dangling link1/*", "sp\\ ace.c", "q\\?.c q?.c [ab].c",
      "[!ab].c [^ab].c", "*", "*/x*", ".//*.c", "d*//x.c", "*/./x.c", "d1/*/../x.c", "*.c/",
      "d1/*/", "[a-b].c \\a.c", "d1/../*.c", "d*/", "fi/ a/ dl/ dangling/ d1/ link1/", "f*/",
      "./fi/ ./f/ ./a/ ./*.c/ ./d*/", "*//*", "d1/x.c// d1// a// f//", ".*/", "d1/.*", "?.c",
      "[]a].c [!]].c *\\.c", "[[:upper:]].c", "\ta.c", "a.c\tb.c", "a.c\nb.c", "\na.c",
      "a\\\\ b.c", "~ ~/ ~/h* ~/nonexist", "[ a[ [a", "a.c\\", "d1\\/x.c",
      "ZZ/../a.c", "f/.. a.c/.",
    };
    for (String g : globs) {
      ps.add(call("wildcard", cwd -> TextFunctions.wildcard(g, cwd, home), g));
    }
    String[] reals = {
      ". .. a.c d1/ link1 link1/x.c nonexist f/ dangling link1/../a.c d1/sub/../x.c",
      "fi/.. a.c/ d1//sub/ ./././f ZZ/.. /  //tmp",
    };
    for (String r : reals) {
      ps.add(call("realpath", cwd -> TextFunctions.realpath(r, cwd), r));
    }
    return ps;
  }

  private static void buildTree(Path d) throws IOException {
    for (String dir : new String[] {"d1/sub", "d2", ".hid", "a", "a-b", "home/hh"}) {
      Files.createDirectories(d.resolve(dir));
    }
    for (String f :
        new String[] {
          "b.c", "a.c", "C.c", "_x.c", ".h.c", "d1/x.c", "d1/sub/y.c", "d2/z.c", "sp ace.c",
          "q?.c", "f", "fi", "a/x1", "a-b/x2", "]a.c", "home/h1"
        }) {
      Files.writeString(d.resolve(f), "");
    }
    try {
      Files.createSymbolicLink(d.resolve("dangling"), Path.of("nowhere"));
      Files.createSymbolicLink(d.resolve("dl"), Path.of("nowhere2"));
      Files.createSymbolicLink(d.resolve("link1"), Path.of("d1"));
    } catch (UnsupportedOperationException | IOException e) {
      // the comparison still holds, just with fewer interesting entries
    }
  }

  private static String header() {
    return String.join(
        "\n",
        "SP := $(subst x,,x x)",
        "TAB := $(shell printf '\\t')",
        "VT := $(shell printf '\\v')",
        "FF := $(shell printf '\\f')",
        "CR := $(shell printf '\\r')",
        "COMMA := ,",
        "LP := (",
        "RP := )",
        "HASH := \\#",
        "define NL",
        "",
        "",
        "endef",
        "");
  }

  private static String runMake(Path dir, String makefile, String home)
      throws IOException, InterruptedException {
    Path mk = dir.resolve("probes.mk");
    Files.writeString(mk, makefile, StandardCharsets.UTF_8);
    ProcessBuilder pb = new ProcessBuilder("make", "-s", "-f", "probes.mk").directory(dir.toFile());
    pb.environment().put("LC_ALL", "C");
    pb.environment().put("HOME", home);
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new String(out, StandardCharsets.UTF_8);
  }

  @Test
  void everyProbeAgreesWithMake() throws Exception {
    assumeTrue(makeAvailable, "GNU make 4.x not available");
    Path dir = Files.createDirectories(tmp.resolve("tree")).toRealPath();
    buildTree(dir);
    String home = dir.resolve("home").toString();
    List<Probe> ps = probes(home);
    StringBuilder mk = new StringBuilder(header());
    for (int i = 0; i < ps.size(); i++) {
      Probe p = ps.get(i);
      if (p.setup() != null) {
        mk.append(p.setup()).append('\n');
      }
      mk.append("$(info @@").append(i).append("@@[").append(p.makeExpr()).append("]@@)\n");
    }
    mk.append("all:;@:\n");
    String out = runMake(dir, mk.toString(), home);

    Map<Integer, String> theirs = new LinkedHashMap<>();
    Matcher m = Pattern.compile("@@(\\d+)@@\\[(.*?)\\]@@\n", Pattern.DOTALL).matcher(out);
    while (m.find()) {
      theirs.put(Integer.parseInt(m.group(1)), m.group(2));
    }
    assertThat(theirs).as("make answered every probe").hasSize(ps.size());

    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < ps.size(); i++) {
      String ours = ps.get(i).ours().apply(dir);
      String expected = theirs.get(i);
      if (!ours.equals(expected)) {
        mismatches.add(ps.get(i).makeExpr() + "\n   make: [" + expected + "]\n   ours: [" + ours + "]");
      }
    }
    assertThat(mismatches).as("probes disagreeing with make (of %d)", ps.size()).isEmpty();
    assertThat(ps.size()).isGreaterThan(1000);
  }

  @Test
  void errorMessagesAgreeWithMake() throws Exception {
    assumeTrue(makeAvailable, "GNU make 4.x not available");
    Path dir = Files.createDirectories(tmp.resolve("errors"));
    String[][] cases = {
      {"word", "x", "a"}, {"word", "0", "a"}, {"word", "", "a"}, {"word", "-1", "a"},
      {"word", " ", "a"}, {"word", "1 2", "a"}, {"word", "x ", "a"}, {"wordlist", "0", "2", "a"},
      {"wordlist", "x", "2", "a"}, {"wordlist", "1", "y", "a"}, {"wordlist", "0", "x", "a"},
      {"wordlist", "4294967296", "1", "a"}, {"wordlist", "2147483648", "1", "a"},
      {"wordlist", "", "1", "a"},
    };
    List<String> mismatches = new ArrayList<>();
    for (String[] c : cases) {
      String expr = call(c[0], null, java.util.Arrays.copyOfRange(c, 1, c.length)).makeExpr();
      Path mk = dir.resolve("e.mk");
      Files.writeString(mk, header() + "$(info " + expr + ")\nall:;@:\n");
      ProcessBuilder pb = new ProcessBuilder("make", "-s", "-f", "e.mk").directory(dir.toFile());
      pb.environment().put("LC_ALL", "C");
      pb.redirectErrorStream(true);
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(30, TimeUnit.SECONDS);
      Matcher m = Pattern.compile("\\*\\*\\* (.*)\\.  Stop\\.").matcher(out);
      String expected = m.find() ? m.group(1) : "<no error: " + out.strip() + ">";
      String ours;
      try {
        ours =
            c[0].equals("word")
                ? "<no error: " + TextFunctions.word(c[1], c[2]) + ">"
                : "<no error: " + TextFunctions.wordlist(c[1], c[2], c[3]) + ">";
      } catch (FunctionException e) {
        ours = e.makeMessage();
      }
      if (!ours.equals(expected)) {
        mismatches.add(expr + "\n   make: " + expected + "\n   ours: " + ours);
      }
    }
    assertThat(mismatches).isEmpty();
  }
}
