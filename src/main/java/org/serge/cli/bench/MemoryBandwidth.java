package org.serge.cli.bench;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The STREAM triad a[i] = b[i] + s·c[i] on arrays far larger than the caches, over the
 * same threads the solvers use: the machine's sustainable memory bandwidth, against which
 * a memory-bound kernel is judged. Counts 24 bytes per element, as STREAM does.
 */
public final class MemoryBandwidth {
  private MemoryBandwidth() {}

  /** Best-of-{@code repeats} triad bandwidth in GB/s (10^9 bytes per second). */
  public static double triadGigabytesPerSecond(int elements, int repeats) {
    double[] a = new double[elements];
    double[] b = new double[elements];
    double[] c = new double[elements];
    java.util.Arrays.fill(b, 1.0);
    java.util.Arrays.fill(c, 2.0);
    int parts = ForkJoinPool.commonPool().getParallelism() * 8 + 8;
    double best = Double.POSITIVE_INFINITY;
    for (int r = 0; r < repeats; r++) {
      long began = System.nanoTime();
      IntStream.range(0, parts).parallel().forEach(part -> {
        int from = (int) ((long) elements * part / parts);
        int to = (int) ((long) elements * (part + 1) / parts);
        for (int i = from; i < to; i++) {
          a[i] = b[i] + 3.0 * c[i];
        }
      });
      best = Math.min(best, (System.nanoTime() - began) / 1e9);
    }
    if (a[elements - 1] != 7.0) {
      throw new IllegalStateException("triad computed wrongly");
    }
    return 24.0 * elements / best / 1e9;
  }
}
