package dev.makelint.rulegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lookups in place agree with a HashSet of the same names, scanned and searched by halves. */
class DirectoryEntriesTest {
  private static final String ALPHABET = "ab.c,vsSé_-";

  @Test
  void agreesWithASetOfTheSameNames() {
    Random random = new Random(42);
    for (int round = 0; round < 2_000; round++) {
      int size = round % 40; // 0 to 39 names: both the scan and the search by halves
      Set<String> expected = new HashSet<>();
      while (expected.size() < size) {
        expected.add(word(random));
      }
      DirectoryEntries entries = DirectoryEntries.of(expected.toArray(new String[0]));
      assertThat(entries.names()).containsExactlyInAnyOrderElementsOf(expected);
      List<String> probes = new ArrayList<>(expected);
      for (int i = 0; i < 30; i++) {
        probes.add(word(random));
      }
      for (String probe : probes) {
        String dir = "src/" + word(random) + "/";
        assertThat(entries.contains(dir + probe, dir.length()))
            .as("%s in %s", probe, expected).isEqualTo(expected.contains(probe));
        assertThat(entries.contains(probe)).isEqualTo(expected.contains(probe));
      }
    }
  }

  @Test
  void namesThatArePrefixesOfOneAnother() {
    String[] names = {"a", "a.c", "a.c,v", "ab", "b", "s.a.c", "RCS", "SCCS", "a.", "é", "z"};
    DirectoryEntries entries = DirectoryEntries.of(names.clone());
    for (String n : names) {
      assertThat(entries.contains("dir/" + n, 4)).as(n).isTrue();
    }
    for (String n : new String[] {"", "a.c,", "a.cc", "c", "s.a", "RC", "SCCSx", "e"}) {
      assertThat(entries.contains("dir/" + n, 4)).as(n).isFalse();
    }
  }

  /** Each probe's bit says whether some name has its prefix and suffix around a stem. */
  @Test
  void probesAgreeWithTheNames() {
    String[] prefixes = {"", "s.", "", "a", ""};
    String[] suffixes = {",v", "", "", "c", "."};
    Random random = new Random(7);
    for (int round = 0; round < 1_000; round++) {
      Set<String> names = new HashSet<>();
      int size = round % 12;
      while (names.size() < size) {
        names.add(word(random));
      }
      DirectoryEntries entries =
          DirectoryEntries.of(names.toArray(new String[0]), prefixes, suffixes);
      for (int k = 0; k < prefixes.length; k++) {
        boolean expected = false;
        for (String n : names) {
          expected |= n.length() > prefixes[k].length() + suffixes[k].length()
              && n.startsWith(prefixes[k]) && n.endsWith(suffixes[k]);
        }
        assertThat(entries.matchesProbe(k)).as("probe %d in %s", k, names).isEqualTo(expected);
      }
    }
    assertThat(DirectoryEntries.NONE.matchesProbe(0)).isFalse();
  }

  private static String word(Random random) {
    int length = 1 + random.nextInt(5);
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }
}
