package dev.makelint.rulegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A name added is always "maybe there"; an ending no added name has is "not there". */
class NameTailsTest {
  @Test
  void addedNamesAreMaybeThereAndOtherEndingsAreNot() {
    NameTails tails = new NameTails();
    List<String> added = new ArrayList<>();
    Random random = new Random(3);
    for (int i = 0; i < 2_000; i++) {
      String name = "build/" + random.nextInt(100_000) + (random.nextBoolean() ? ".o" : ".so");
      tails.add(name);
      added.add(name);
    }
    tails.add("x");
    tails.add("");
    tails.add("dir/é€");
    for (String name : added) {
      assertThat(tails.mayContain(name)).as(name).isTrue();
    }
    assertThat(tails.mayContain("x")).isTrue();
    assertThat(tails.mayContain("")).isTrue();
    assertThat(tails.mayContain("other/é€")).isTrue();
    assertThat(tails.mayContain("src/a.c")).isFalse();
    assertThat(tails.mayContain("src/a.w")).isFalse();
    assertThat(tails.mayContain("src/a.ch")).isFalse();
    assertThat(tails.mayContain("y")).isFalse();
  }

  @Test
  void namesAddedByOtherThreadsAreSeenOnceTheyHaveJoined() throws Exception {
    NameTails tails = new NameTails();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int first = t;
      threads.add(new Thread(() -> {
        for (int c = first; c < 256; c += 4) {
          tails.add("name" + (char) c + (char) (255 - c));
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    for (int c = 0; c < 256; c++) {
      assertThat(tails.mayContain("other" + (char) c + (char) (255 - c))).as("%d", c).isTrue();
    }
  }
}
