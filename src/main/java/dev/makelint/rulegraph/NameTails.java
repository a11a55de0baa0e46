package dev.makelint.rulegraph;

import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The last two characters of every name added, as bits: a name whose ending no added name has
 * cannot be in the set it stands beside, which is then not asked. Implicit rule search asks large
 * sets about candidates that are mostly in none (at 2,000 modules, for every source, whether its
 * {@code x.w} and {@code x.ch} are mentioned names, or failed searches): a new string to hash and a
 * probe into a table of 200,000 entries each time, where the answer is almost always no and the
 * endings tell it at once ({@code .w}, {@code ch} against {@code .o}, {@code .c}, {@code .h}).
 *
 * <p>Safe for several threads adding and asking at once; a name is seen by a question that
 * starts after its {@link #add} returned.
 */
final class NameTails {
  /** One bit per pair of characters, each taken modulo 256. */
  private final AtomicIntegerArray bits = new AtomicIntegerArray(65536 / 32);

  void add(String name) {
    int i = index(name);
    int word = i >>> 5;
    int bit = 1 << (i & 31);
    int old;
    while (((old = bits.get(word)) & bit) == 0 && !bits.compareAndSet(word, old, old | bit)) {
      // another thread changed the word: try again
    }
  }

  /** False when no name added has the ending of {@code name}: it is not one of them. */
  boolean mayContain(String name) {
    int i = index(name);
    return (bits.get(i >>> 5) & 1 << (i & 31)) != 0;
  }

  /** The bit of a name's ending; names shorter than two characters share the bits of one. */
  private static int index(String name) {
    int n = name.length();
    int last = n > 0 ? name.charAt(n - 1) & 0xFF : 0;
    int before = n > 1 ? name.charAt(n - 2) & 0xFF : 0;
    return before << 8 | last;
  }
}
