package org.serge.budgeting.committee;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy Monroe (resolute only, as abcvoting defines it): k times, elect the candidate
 * approved by most still-unassigned voters (ties to the lowest index) and assign to it up to
 * ⌈n/k⌉ of them in the first (n mod k) rounds and ⌊n/k⌋ afterwards, lowest voter indices
 * first. Unit voter weights.
 */
final class GreedyMonroeRule implements CommitteeRule {
  @Override
  public String id() {
    return "greedy-monroe";
  }

  @Override
  public List<List<Integer>> committees(ApprovalProfile profile, int size, boolean resolute) {
    int n = profile.voters();
    boolean[] assigned = new boolean[n];
    boolean[] elected = new boolean[profile.numCandidates()];
    List<Integer> committee = new ArrayList<>();
    for (int round = 0; round < size; round++) {
      int best = -1;
      int bestCount = -1;
      for (int c = 0; c < elected.length; c++) {
        if (elected[c]) {
          continue;
        }
        int count = 0;
        for (int v = 0; v < n; v++) {
          count += !assigned[v] && profile.approves(v, c) ? 1 : 0;
        }
        if (count > bestCount) {
          best = c;
          bestCount = count;
        }
      }
      int quota = n / size + (round < n % size ? 1 : 0);
      for (int v = 0; v < n && quota > 0; v++) {
        if (!assigned[v] && profile.approves(v, best)) {
          assigned[v] = true;
          quota--;
        }
      }
      elected[best] = true;
      committee.add(best);
    }
    return Committees.canonical(List.of(committee));
  }
}
