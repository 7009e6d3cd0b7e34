package org.serge.voting;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates synthetic ranked contests for benchmarks and property tests: candidates have
 * Zipf-like popularity, each voter ranks a random number of them (1 to all) by drawing without
 * replacement weighted by popularity. Deterministic for a given seed.
 */
public final class BallotGenerator {
  private BallotGenerator() {}

  /** A contest of {@code voters} single ballots (count 1 each), reproducible from the seed. */
  public static Contest generate(int voters, int candidates, int seats, long seed) {
    Random random = new Random(seed);
    double[] weight = new double[candidates];
    for (int c = 0; c < candidates; c++) {
      weight[c] = 1.0 / (c + 1);
    }
    List<Ballot> ballots = new ArrayList<>(voters);
    int[] buffer = new int[candidates];
    double[] left = new double[candidates];
    for (int v = 0; v < voters; v++) {
      System.arraycopy(weight, 0, left, 0, candidates);
      double total = 0;
      for (double w : left) {
        total += w;
      }
      int length = 1 + random.nextInt(candidates);
      for (int k = 0; k < length; k++) {
        double pick = random.nextDouble() * total;
        int c = 0;
        while (c < candidates - 1 && (pick -= left[c]) > 0) {
          c++;
        }
        while (left[c] == 0) {
          c = (c + 1) % candidates; // floating leftovers may land on a used candidate
        }
        buffer[k] = c;
        total -= left[c];
        left[c] = 0;
      }
      ballots.add(Ballot.ofPreferences(java.util.Arrays.copyOf(buffer, length), 1));
    }
    List<String> names = new ArrayList<>();
    for (int c = 0; c < candidates; c++) {
      names.add("Candidate " + (c + 1));
    }
    return new Contest("generated", names, seats, Set.of(), ballots);
  }
}
