package org.serge.planning.generate;

import java.util.SplittableRandom;

/** Samples an index from a discrete distribution in O(1) (Walker/Vose alias method). */
final class AliasTable {
  private final double[] probability;
  private final int[] alias;

  private AliasTable(double[] weights) {
    int n = weights.length;
    probability = new double[n];
    alias = new int[n];
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double[] scaled = new double[n];
    int[] small = new int[n];
    int[] large = new int[n];
    int smallCount = 0;
    int largeCount = 0;
    for (int i = 0; i < n; i++) {
      scaled[i] = weights[i] * n / total;
      if (scaled[i] < 1) {
        small[smallCount++] = i;
      } else {
        large[largeCount++] = i;
      }
    }
    while (smallCount > 0 && largeCount > 0) {
      int less = small[--smallCount];
      int more = large[--largeCount];
      probability[less] = scaled[less];
      alias[less] = more;
      scaled[more] = scaled[more] + scaled[less] - 1;
      if (scaled[more] < 1) {
        small[smallCount++] = more;
      } else {
        large[largeCount++] = more;
      }
    }
    while (largeCount > 0) {
      probability[large[--largeCount]] = 1;
    }
    while (smallCount > 0) {
      probability[small[--smallCount]] = 1;
    }
  }

  /** Weights ∝ 1/(rank+1)^exponent, with ranks shuffled over the indices. */
  static AliasTable powerLaw(int n, double exponent, SplittableRandom random) {
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      weights[i] = Math.pow(i + 1, -exponent);
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      double swap = weights[i];
      weights[i] = weights[j];
      weights[j] = swap;
    }
    return new AliasTable(weights);
  }

  int sample(SplittableRandom random) {
    int i = random.nextInt(probability.length);
    return random.nextDouble() < probability[i] ? i : alias[i];
  }
}
