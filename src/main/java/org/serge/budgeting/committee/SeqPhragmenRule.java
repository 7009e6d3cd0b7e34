package org.serge.budgeting.committee;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Sequential Phragmén: voters share the load of each elected candidate; at each step the
 * candidate whose approvers would end with the smallest maximal load
 * ({@code (1 + Σ weight·load) / Σ weight}) is elected; a candidate nobody approves has load
 * size + 1. Resolute ties go to the lowest index; irresolute explores every tie.
 * Equal Shares reuses it from a partial committee and given start loads.
 */
final class SeqPhragmenRule implements CommitteeRule {
  @Override
  public String id() {
    return "seqphragmen";
  }

  @Override
  public List<List<Integer>> committees(ApprovalProfile profile, int size, boolean resolute) {
    Rational[] load = new Rational[profile.voters()];
    Arrays.fill(load, Rational.ZERO);
    return complete(profile, size, resolute, List.of(), load);
  }

  private record State(List<Integer> committee, Rational[] load) {}

  /** Every completion of {@code partial} to {@code size} members, from {@code startLoad}. */
  static List<List<Integer>> complete(
      ApprovalProfile profile, int size, boolean resolute, List<Integer> partial, Rational[] startLoad) {
    Rational[] approverWeight = new Rational[profile.numCandidates()];
    Arrays.fill(approverWeight, Rational.ZERO);
    for (int v = 0; v < profile.voters(); v++) {
      for (int c : profile.approvals().get(v)) {
        approverWeight[c] = approverWeight[c].add(profile.weights().get(v));
      }
    }
    Deque<State> open = new ArrayDeque<>(List.of(new State(partial, startLoad)));
    List<List<Integer>> done = new ArrayList<>();
    while (!open.isEmpty()) {
      State state = open.pop();
      if (state.committee().size() >= size) {
        done.add(state.committee());
        if (resolute) {
          break;
        }
        continue;
      }
      Rational[] maxLoad = new Rational[profile.numCandidates()];
      Rational best = null;
      for (int c = 0; c < maxLoad.length; c++) {
        if (state.committee().contains(c)) {
          continue;
        }
        Rational sum = Rational.ONE;
        for (int v = 0; v < profile.voters(); v++) {
          if (profile.approves(v, c)) {
            sum = sum.add(profile.weights().get(v).multiply(state.load()[v]));
          }
        }
        maxLoad[c] = approverWeight[c].signum() > 0 ? sum.divide(approverWeight[c]) : Rational.of(size + 1);
        best = best == null ? maxLoad[c] : best.min(maxLoad[c]);
      }
      List<State> next = new ArrayList<>();
      for (int c = 0; c < maxLoad.length; c++) {
        if (maxLoad[c] != null && maxLoad[c].compareTo(best) == 0) {
          Rational[] load = state.load().clone();
          for (int v = 0; v < load.length; v++) {
            if (profile.approves(v, c)) {
              load[v] = maxLoad[c];
            }
          }
          List<Integer> committee = new ArrayList<>(state.committee());
          committee.add(c);
          next.add(new State(committee, load));
          if (resolute) {
            break;
          }
        }
      }
      for (int i = next.size() - 1; i >= 0; i--) {
        open.push(next.get(i)); // lowest index explored first
      }
    }
    return Committees.canonical(done);
  }
}
