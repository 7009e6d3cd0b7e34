package org.serge.voting;

/**
 * Plurality (first past the post, or block vote with several seats): each ballot counts once
 * for its first-ranked candidate; the seats go to the candidates with most votes. A ballot
 * whose first rank is empty or overvoted counts for no one. Ties go to the candidate listed
 * first. One round. Thread-safe.
 */
public final class Plurality implements CountingRule {
  @Override
  public String name() {
    return "plurality";
  }

  @Override
  public CountResult count(Contest contest) {
    long[] votes = new long[contest.size()];
    long blank = 0;
    long total = 0;
    for (Ballot ballot : contest.ballots()) {
      total += ballot.count();
      int[][] ranks = ballot.ranks();
      if (ranks.length > 0 && ranks[0].length == 1 && !contest.withdrawn().contains(ranks[0][0])) {
        votes[ranks[0][0]] += ballot.count();
      } else {
        blank += ballot.count();
      }
    }
    return SingleRound.sheet(contest, "plurality", votes, blank, total);
  }

  /** Candidates (not withdrawn) by votes, most first, ties by candidate order. */
  static int[] ranking(Contest contest, long[] votes) {
    return java.util.stream.IntStream.range(0, votes.length)
        .filter(c -> !contest.withdrawn().contains(c))
        .boxed()
        .sorted((a, b) -> votes[a] != votes[b] ? Long.compare(votes[b], votes[a]) : a - b)
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
