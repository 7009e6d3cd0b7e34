package org.serge.budgeting.committee;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Rules in which voters hold voting power that electing a candidate consumes; the
 * candidate whose approvers hold the most power (only voters with power above 0 count) is
 * elected next, ties to the lowest index (irresolute: every tie explored).
 * <ul>
 *   <li>{@code phragmen-enestroem}: power starts at each voter's weight; electing costs
 *       W/size, and each approver keeps the fraction (support − price)/support of their
 *       power (all of it is lost when the support does not exceed the price);
 *   <li>{@code consensus-rule}: before each step every voter gains their weight; the
 *       elected candidate's supporters (those with power above 0) each lose
 *       weight·W/(weight of those supporters).
 * </ul>
 */
final class VotingPowerRule implements CommitteeRule {
  private final boolean consensus;

  VotingPowerRule(boolean consensus) {
    this.consensus = consensus;
  }

  @Override
  public String id() {
    return consensus ? "consensus-rule" : "phragmen-enestroem";
  }

  private record State(List<Integer> committee, Rational[] power) {}

  @Override
  public List<List<Integer>> committees(ApprovalProfile profile, int size, boolean resolute) {
    Rational total = profile.totalWeight();
    Rational[] start = new Rational[profile.voters()];
    for (int v = 0; v < start.length; v++) {
      start[v] = consensus ? Rational.ZERO : profile.weights().get(v);
    }
    Deque<State> open = new ArrayDeque<>(List.of(new State(List.of(), start)));
    List<List<Integer>> done = new ArrayList<>();
    while (!open.isEmpty() && !(resolute && !done.isEmpty())) {
      State state = open.pop();
      if (state.committee().size() == size) {
        done.add(state.committee());
        continue;
      }
      Rational[] power = state.power().clone();
      if (consensus) {
        for (int v = 0; v < power.length; v++) {
          power[v] = power[v].add(profile.weights().get(v));
        }
      }
      Rational[] support = new Rational[profile.numCandidates()];
      Rational best = null;
      for (int c = 0; c < support.length; c++) {
        if (state.committee().contains(c)) {
          continue;
        }
        support[c] = Rational.ZERO;
        for (int v = 0; v < power.length; v++) {
          if (power[v].signum() > 0 && profile.approves(v, c)) {
            support[c] = support[c].add(power[v]);
          }
        }
        best = best == null || support[c].compareTo(best) > 0 ? support[c] : best;
      }
      List<State> next = new ArrayList<>();
      for (int c = 0; c < support.length; c++) {
        if (support[c] == null || support[c].compareTo(best) != 0) {
          continue;
        }
        List<Integer> committee = new ArrayList<>(state.committee());
        committee.add(c);
        next.add(new State(committee, consensus ? consensusPay(profile, power, c, total) : enestroemPay(profile, power, c, best, total.divide(Rational.of(size)))));
        if (resolute) {
          break;
        }
      }
      for (int i = next.size() - 1; i >= 0; i--) {
        open.push(next.get(i));
      }
    }
    return Committees.canonical(done);
  }

  private static Rational[] enestroemPay(ApprovalProfile profile, Rational[] power, int c, Rational support, Rational price) {
    Rational keep = support.compareTo(price) > 0 ? support.subtract(price).divide(support) : Rational.ZERO;
    Rational[] result = power.clone();
    for (int v = 0; v < result.length; v++) {
      if (profile.approves(v, c)) {
        result[v] = result[v].multiply(keep);
      }
    }
    return result;
  }

  private static Rational[] consensusPay(ApprovalProfile profile, Rational[] power, int c, Rational total) {
    Rational supporterWeight = Rational.ZERO;
    for (int v = 0; v < power.length; v++) {
      if (power[v].signum() > 0 && profile.approves(v, c)) {
        supporterWeight = supporterWeight.add(profile.weights().get(v));
      }
    }
    Rational[] result = power.clone();
    for (int v = 0; v < result.length; v++) {
      if (power[v].signum() > 0 && profile.approves(v, c)) {
        result[v] = result[v].subtract(profile.weights().get(v).multiply(total).divide(supporterWeight));
      }
    }
    return result;
  }
}
