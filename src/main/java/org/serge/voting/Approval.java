package org.serge.voting;

import java.util.HashSet;
import java.util.Set;

/**
 * Approval voting: every candidate marked at any rank of a ballot receives that ballot's
 * votes once (ranks carry no order here; repeats count once). The seats go to the most
 * approved; ties to the candidate listed first. One round; the tally sums to more than the
 * number of voters, so the sheet's "votes in" is the total number of approvals. Thread-safe.
 */
public final class Approval implements CountingRule {
  @Override
  public String name() {
    return "approval";
  }

  @Override
  public CountResult count(Contest contest) {
    long[] votes = new long[contest.size()];
    long total = 0;
    long blank = 0;
    for (Ballot ballot : contest.ballots()) {
      Set<Integer> approved = new HashSet<>();
      for (int[] rank : ballot.ranks()) {
        for (int c : rank) {
          if (c >= 0 && !contest.withdrawn().contains(c)) {
            approved.add(c);
          }
        }
      }
      for (int c : approved) {
        votes[c] += ballot.count();
        total += ballot.count();
      }
      if (approved.isEmpty()) {
        blank += ballot.count();
        total += ballot.count();
      }
    }
    return SingleRound.sheet(contest, "approval", votes, blank, total);
  }
}
