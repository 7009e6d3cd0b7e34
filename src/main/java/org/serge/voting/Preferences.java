package org.serge.voting;

import java.math.BigDecimal;
import java.util.Arrays;

/** Helpers shared by the rules: effective preference lists and fixed-point display. */
final class Preferences {
  private Preferences() {}

  /**
   * The ballot's preferences as STV reads them: candidates in rank order, skipped ranks passed
   * over, withdrawn candidates and repeats dropped, and an overvoted rank ending the ballot
   * (the paper is unclear from there on, so it is not transferable past it).
   */
  static int[] effective(Ballot ballot, boolean[] withdrawn) {
    int[] out = new int[ballot.ranks().length];
    int n = 0;
    boolean[] seen = new boolean[withdrawn.length];
    for (int[] rank : ballot.ranks()) {
      if (rank.length > 1) {
        break;
      }
      if (rank.length == 1) {
        int c = rank[0];
        if (!withdrawn[c] && !seen[c]) {
          seen[c] = true;
          out[n++] = c;
        }
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  static boolean[] withdrawnMask(Contest contest) {
    boolean[] mask = new boolean[contest.size()];
    for (int w : contest.withdrawn()) {
      mask[w] = true;
    }
    return mask;
  }

  /** A fixed-point amount as a decimal without trailing zeros (10.50000 → 10.5). */
  static BigDecimal decimal(long units, int scale) {
    BigDecimal value = BigDecimal.valueOf(units, scale).stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0) : value;
  }
}
