package dev.makelint.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The least time the file-system questions of a full lint take on this machine, whatever
 * makelint does around them: lists every directory of one list and tests every file of another,
 * the way makelint's directory cache does (one {@link File#list} per directory, one {@link
 * Files#exists} per source that no rule makes), and nothing else. A faithful implicit rule search
 * has to know what each reached source's directory holds (make's built-in rules probe
 * {@code x.y}, {@code x.l}, {@code s.x.c}, {@code RCS/x.c,v}, ... for every {@code x.c}), so on a
 * tree with a directory per few sources these system calls are a floor under the rule graph's
 * time. {@code bench/floor.sh} makes the lists with {@code find} and runs this.
 *
 * <p>Usage: {@code FileSystemFloor DIRECTORIES FILES THREADS}, run from the tree's directory
 * (the lists name paths relative to it, as makelint asks); prints {@code ms entries present} on
 * one line: the time of the questions alone (the lists are read before the clock starts), the
 * entries the listings returned, and the files found. With {@code --none} it returns at once:
 * the JVM's own start and exit, for the same script.
 */
public final class FileSystemFloor {
  private FileSystemFloor() {}

  /** What one pass of the questions found, and how long it took. */
  public record Result(long entries, long present, long nanos) {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length == 1 && args[0].equals("--none")) {
      return;
    }
    if (args.length != 3) {
      System.err.println("usage: FileSystemFloor DIRECTORIES FILES THREADS | --none");
      System.exit(2);
    }
    List<String> directories = Files.readAllLines(Path.of(args[0]));
    List<String> files = Files.readAllLines(Path.of(args[1]));
    Result r = ask(directories, files, Integer.parseInt(args[2]));
    System.out.println(r.nanos() / 1_000_000 + " " + r.entries() + " " + r.present());
  }

  /**
   * Lists each of {@code directories} and tests each of {@code files}, the lists shared out
   * among {@code threads} threads (thread k takes every n-th name from the k-th on), timing the
   * questions alone.
   */
  public static Result ask(List<String> directories, List<String> files, int threads)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<long[]>> shares = new ArrayList<>(threads);
      for (int t = 0; t < threads; t++) {
        shares.add(new Share(directories, files, t, threads));
      }
      long start = System.nanoTime();
      List<Future<long[]>> parts = pool.invokeAll(shares);
      long entries = 0;
      long present = 0;
      for (Future<long[]> part : parts) {
        long[] counts = part.get();
        entries += counts[0];
        present += counts[1];
      }
      return new Result(entries, present, System.nanoTime() - start);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /**
   * One thread's share: a class rather than a lambda, whose first use would bootstrap the JDK's
   * lambda machinery inside the timed part (about 10 ms, as much as a small tree's questions).
   */
  private record Share(List<String> directories, List<String> files, int first, int step)
      implements Callable<long[]> {
    @Override
    public long[] call() {
      return askShare(directories, files, first, step);
    }
  }

  private static long[] askShare(List<String> directories, List<String> files, int first,
      int step) {
    long entries = 0;
    for (int i = first; i < directories.size(); i += step) {
      String[] names = new File(directories.get(i)).list();
      entries += names == null ? 0 : names.length;
    }
    long present = 0;
    for (int i = first; i < files.size(); i += step) {
      if (Files.exists(Path.of(files.get(i)))) {
        present++;
      }
    }
    return new long[] {entries, present};
  }
}
