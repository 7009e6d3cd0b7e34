package org.serge.voting;

import java.util.Arrays;

/**
 * One ranked ballot (or {@code count} identical ones). {@code ranks[i]} holds the candidate
 * indices (0-based) marked at rank i+1: empty for a skipped rank, two or more for an overvote;
 * a candidate may repeat across ranks (a duplicate). {@link #UNKNOWN} may appear only in an
 * overvoted rank, for a ballot format that marks "overvote" without naming the candidates. Approval and plurality ballots are rankings
 * read by their rules. Immutable by contract: callers must not change the arrays.
 *
 * @param ranks the marks, rank by rank, most preferred first
 * @param count how many voters cast this ballot, at least 1
 */
public record Ballot(int[][] ranks, long count) {
  /** A mark for an unnamed candidate in an overvoted rank. */
  public static final int UNKNOWN = -1;

  /** An overvoted rank whose candidates the source does not name. */
  public static final int[] UNNAMED_OVERVOTE = {UNKNOWN, UNKNOWN};

  private static final int[][] SINGLETONS = new int[1024][];

  static {
    for (int i = 0; i < SINGLETONS.length; i++) {
      SINGLETONS[i] = new int[] {i};
    }
  }

  public Ballot {
    if (count < 1) {
      throw new IllegalArgumentException("a ballot counts at least once, not " + count);
    }
  }

  /** A ballot with one candidate per rank (the .blt shape); shares small arrays to save memory. */
  public static Ballot ofPreferences(int[] preferences, long count) {
    int[][] ranks = new int[preferences.length][];
    for (int i = 0; i < preferences.length; i++) {
      int c = preferences[i];
      ranks[i] = c >= 0 && c < SINGLETONS.length ? SINGLETONS[c] : new int[] {c};
    }
    return new Ballot(ranks, count);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Ballot b && count == b.count && Arrays.deepEquals(ranks, b.ranks);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(ranks) * 31 + Long.hashCode(count);
  }

  @Override
  public String toString() {
    return count + "x" + Arrays.deepToString(ranks);
  }
}
