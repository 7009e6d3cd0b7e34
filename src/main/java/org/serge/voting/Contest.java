package org.serge.voting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A contest to count: candidate names (index = position), seats, withdrawn candidates (never
 * counted, skipped on ballots) and the ballots. Immutable; validated on construction.
 *
 * @param title the election's title (may be empty)
 * @param candidates names exactly as in the source, distinct
 * @param seats seats to fill, at least 1
 * @param withdrawn indices of withdrawn candidates
 * @param ballots the ballots; every index is a valid candidate index
 */
public record Contest(
    String title, List<String> candidates, int seats, Set<Integer> withdrawn, List<Ballot> ballots) {

  public Contest {
    candidates = List.copyOf(candidates);
    withdrawn = Set.copyOf(withdrawn);
    ballots = List.copyOf(ballots);
    if (seats < 1) {
      throw new IllegalArgumentException("a contest fills at least one seat, not " + seats);
    }
    if (new HashSet<>(candidates).size() != candidates.size()) {
      throw new IllegalArgumentException("candidate names repeat: " + candidates);
    }
    for (int w : withdrawn) {
      if (w < 0 || w >= candidates.size()) {
        throw new IllegalArgumentException("withdrawn candidate " + w + " does not exist");
      }
    }
    for (Ballot ballot : ballots) {
      for (int[] rank : ballot.ranks()) {
        for (int c : rank) {
          if ((c < 0 && (c != Ballot.UNKNOWN || rank.length < 2)) || c >= candidates.size()) {
            throw new IllegalArgumentException("a ballot names candidate " + c + " out of range");
          }
        }
      }
    }
  }

  /** Number of candidates, withdrawn included. */
  public int size() {
    return candidates.size();
  }

  /** Total number of voters (sum of ballot counts). */
  public long voters() {
    long total = 0;
    for (Ballot ballot : ballots) {
      total += ballot.count();
    }
    return total;
  }

  /** The same contest with another number of seats. */
  public Contest withSeats(int newSeats) {
    return new Contest(title, candidates, newSeats, withdrawn, ballots);
  }
}
