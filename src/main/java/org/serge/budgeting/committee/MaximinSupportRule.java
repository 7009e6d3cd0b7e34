package org.serge.budgeting.committee;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Maximin support (sequential): add the candidate that maximises the committee's
 * maximin support — the largest t such that voters can split their weight over the members
 * they approve giving every member at least t. By max-flow/min-cut duality that equals the
 * minimum, over non-empty groups S of members, of the weight of voters approving some member
 * of S divided by |S|; exact, and cheap for committee sizes up to ~15. Ties: lowest index
 * (resolute) or every tie (irresolute).
 */
final class MaximinSupportRule implements CommitteeRule {
  @Override
  public String id() {
    return "maximin-support";
  }

  @Override
  public List<List<Integer>> committees(ApprovalProfile profile, int size, boolean resolute) {
    Deque<List<Integer>> open = new ArrayDeque<>(List.of(List.of()));
    Set<List<Integer>> seen = new HashSet<>();
    List<List<Integer>> done = new ArrayList<>();
    while (!open.isEmpty() && !(resolute && !done.isEmpty())) {
      List<Integer> committee = open.pop();
      if (committee.size() == size) {
        done.add(committee);
        continue;
      }
      Rational best = null;
      List<Integer> tied = new ArrayList<>();
      for (int c = 0; c < profile.numCandidates(); c++) {
        if (committee.contains(c)) {
          continue;
        }
        List<Integer> with = new ArrayList<>(committee);
        with.add(c);
        Rational support = maximinSupport(profile, with);
        int versus = best == null ? 1 : support.compareTo(best);
        if (versus > 0) {
          best = support;
          tied.clear();
        }
        if (versus >= 0) {
          tied.add(c);
        }
      }
      List<List<Integer>> next = new ArrayList<>();
      for (int c : resolute ? tied.subList(0, 1) : tied) {
        List<Integer> grown = new ArrayList<>(committee);
        grown.add(c);
        grown.sort(null);
        if (seen.add(grown)) {
          next.add(grown);
        }
      }
      for (int i = next.size() - 1; i >= 0; i--) {
        open.push(next.get(i));
      }
    }
    return Committees.canonical(done);
  }

  /** min over non-empty S ⊆ committee of w(voters approving some member of S) / |S|. */
  static Rational maximinSupport(ApprovalProfile profile, List<Integer> committee) {
    int k = committee.size();
    Rational best = null;
    for (int mask = 1; mask < (1 << k); mask++) {
      Rational weight = Rational.ZERO;
      for (int v = 0; v < profile.voters(); v++) {
        for (int j = 0; j < k; j++) {
          if ((mask & (1 << j)) != 0 && profile.approves(v, committee.get(j))) {
            weight = weight.add(profile.weights().get(v));
            break;
          }
        }
      }
      Rational value = weight.divide(Rational.of(Integer.bitCount(mask)));
      best = best == null ? value : best.min(value);
    }
    return best;
  }
}
