package org.serge.budgeting.committee;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sequential (seqpav, seqslav, seqcc…) and reverse sequential (revseqpav…) Thiele methods.
 * Forward: add the candidate with the largest marginal score gain, ties to the lowest
 * index. Reverse: start from all candidates and remove the one whose removal costs least,
 * ties to the highest index. Irresolute: every committee some tie-breaking reaches.
 */
final class SequentialThieleRule implements CommitteeRule {
  private final String id;
  private final ThieleWeights weights;
  private final boolean reverse;

  SequentialThieleRule(String id, ThieleWeights weights, boolean reverse) {
    this.id = id;
    this.weights = weights;
    this.reverse = reverse;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public List<List<Integer>> committees(ApprovalProfile profile, int size, boolean resolute) {
    int m = profile.numCandidates();
    TreeSet<Integer> start = new TreeSet<>();
    if (reverse) {
      for (int c = 0; c < m; c++) {
        start.add(c);
      }
    }
    Deque<TreeSet<Integer>> open = new ArrayDeque<>(List.of(start));
    Set<List<Integer>> seen = new HashSet<>();
    List<TreeSet<Integer>> done = new ArrayList<>();
    while (!open.isEmpty()) {
      TreeSet<Integer> committee = open.pop();
      if (committee.size() == size) {
        done.add(committee);
        if (resolute) {
          break;
        }
        continue;
      }
      List<Integer> tied = best(profile, committee);
      if (resolute) {
        tied = List.of(reverse ? tied.getLast() : tied.getFirst());
      }
      for (int c : tied) {
        TreeSet<Integer> next = new TreeSet<>(committee);
        if (reverse) {
          next.remove(c);
        } else {
          next.add(c);
        }
        if (seen.add(new ArrayList<>(next))) {
          open.push(next);
        }
      }
    }
    return Committees.canonical(done);
  }

  /** Candidates tied for the best step, ascending. */
  private List<Integer> best(ApprovalProfile profile, TreeSet<Integer> committee) {
    boolean[] in = Committees.mask(profile.numCandidates(), committee);
    int[] hits = new int[profile.voters()];
    for (int v = 0; v < hits.length; v++) {
      hits[v] = profile.hits(v, in);
    }
    Rational bestValue = null;
    List<Integer> tied = new ArrayList<>();
    for (int c = 0; c < profile.numCandidates(); c++) {
      if (in[c] == reverse) {
        Rational value = Rational.ZERO;
        for (int v = 0; v < hits.length; v++) {
          if (profile.approves(v, c)) {
            int level = reverse ? hits[v] : hits[v] + 1;
            value = value.add(profile.weights().get(v).multiply(weights.weight(profile, v, level)));
          }
        }
        // forward maximises the gain; reverse minimises the loss (negated to maximise)
        Rational key = reverse ? value.negate() : value;
        int versus = bestValue == null ? 1 : key.compareTo(bestValue);
        if (versus > 0) {
          bestValue = key;
          tied.clear();
        }
        if (versus >= 0) {
          tied.add(c);
        }
      }
    }
    return tied;
  }
}
