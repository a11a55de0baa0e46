package dev.makelint.buildmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathNamesTest {

  @ParameterizedTest
  @CsvSource({
    ".,a.c,a.c",
    ".,./a.c,a.c",
    "sub,a.c,sub/a.c",
    "sub,../a.c,a.c",
    "sub,../../a.c,../a.c",
    "a/b,../c/./d.o,a/c/d.o",
    "/home/u/p,x.c,/home/u/p/x.c",
    "/,../x.c,/x.c",
    "sub,/abs/y.c,/abs/y.c",
    "'',b//c.c,b/c.c",
    "sub,$f.c,$f.c"
  })
  void resolve(String dir, String path, String expected) {
    assertThat(PathNames.resolve(dir, path)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"src/a.c,a.o", "x.tar.cpp,x.tar.o", "noext,noext.o", "dir.d/f.S,f.o"})
  void defaultObjectName(String source, String object) {
    assertThat(PathNames.defaultObjectName(source)).isEqualTo(object);
  }
}
