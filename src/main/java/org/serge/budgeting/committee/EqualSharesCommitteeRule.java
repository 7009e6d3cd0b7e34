package org.serge.budgeting.committee;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The Method of Equal Shares for committees (every candidate costs 1; voter v starts with
 * size·weight(v)/total weight). Phase one repeatedly elects the affordable candidate with
 * the smallest maximal payment per unit of weight q, until the committee is full or nothing
 * is affordable. Completions, as abcvoting defines them:
 * <ul>
 *   <li>{@code equal-shares}: seq-Phragmén from each voter's load = minus their budget left;
 *   <li>{@code equal-shares-with-av-completion}: add the most-approved candidates, via the
 *       AV committees of the smallest size whose union with the partial one is full;
 *   <li>{@code equal-shares-with-increment-completion}: rerun phase one with per-voter
 *       budgets size/W, (size+1)/W, … until it fills the committee (resolute only);
 *   <li>{@code equal-shares-without-completion}: phase one only (may be short).
 * </ul>
 */
final class EqualSharesCommitteeRule implements CommitteeRule {
  /** What fills the seats phase one leaves. */
  enum Completion { PHRAGMEN, AV, INCREMENT, NONE }

  private final String id;
  private final Completion completion;

  EqualSharesCommitteeRule(String id, Completion completion) {
    this.id = id;
    this.completion = completion;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public List<List<Integer>> committees(ApprovalProfile profile, int size, boolean resolute) {
    Rational total = profile.totalWeight();
    if (completion == Completion.INCREMENT) {
      return increment(profile, size, total);
    }
    return phaseOne(profile, size, resolute, Rational.of(size).divide(total));
  }

  private List<List<Integer>> increment(ApprovalProfile profile, int size, Rational total) {
    Rational[] scores = profile.approvalScores();
    if (Arrays.stream(scores).filter(s -> s.signum() > 0).count() < size) {
      return List.of(OptimizingRule.thiele("av", ThieleWeights.AV).committees(profile, size, true).getFirst());
    }
    for (long budget = size; ; budget++) {
      List<List<Integer>> result = new EqualSharesCommitteeRule(id, Completion.NONE)
          .phaseOne(profile, size, true, Rational.of(budget).divide(total));
      if (result.getFirst().size() == size) {
        return result;
      }
    }
  }

  private record State(List<Integer> committee, Rational[] budget) {}

  private List<List<Integer>> phaseOne(ApprovalProfile profile, int size, boolean resolute, Rational perWeight) {
    Rational[] start = new Rational[profile.voters()];
    for (int v = 0; v < start.length; v++) {
      start[v] = perWeight.multiply(profile.weights().get(v));
    }
    Deque<State> open = new ArrayDeque<>(List.of(new State(List.of(), start)));
    List<List<Integer>> done = new ArrayList<>();
    while (!open.isEmpty() && !(resolute && !done.isEmpty())) {
      State state = open.pop();
      if (state.committee().size() == size) {
        done.add(state.committee());
        continue;
      }
      Rational[] q = new Rational[profile.numCandidates()];
      Rational best = null;
      for (int c = 0; c < q.length; c++) {
        if (!state.committee().contains(c)) {
          q[c] = minQ(profile, state.budget(), c);
          if (q[c] != null) {
            best = best == null ? q[c] : best.min(q[c]);
          }
        }
      }
      if (best == null) {
        done.addAll(complete(profile, size, resolute, state));
        continue;
      }
      List<State> next = new ArrayList<>();
      for (int c = 0; c < q.length; c++) {
        if (q[c] != null && q[c].compareTo(best) == 0) {
          Rational[] budget = state.budget().clone();
          for (int v = 0; v < budget.length; v++) {
            if (profile.approves(v, c)) {
              budget[v] = budget[v].subtract(budget[v].min(q[c].multiply(profile.weights().get(v))));
            }
          }
          List<Integer> committee = new ArrayList<>(state.committee());
          committee.add(c);
          next.add(new State(committee, budget));
          if (resolute) {
            break;
          }
        }
      }
      for (int i = next.size() - 1; i >= 0; i--) {
        open.push(next.get(i));
      }
    }
    List<List<Integer>> result = Committees.canonical(done);
    return resolute ? List.of(result.getFirst()) : result;
  }

  /** Smallest q with Σ min(budget, q·weight) over approvers = 1, or null if unaffordable. */
  private static Rational minQ(ApprovalProfile profile, Rational[] budget, int c) {
    List<Integer> rich = new ArrayList<>();
    for (int v = 0; v < budget.length; v++) {
      if (profile.approves(v, c)) {
        rich.add(v);
      }
    }
    Rational poorMoney = Rational.ZERO;
    while (!rich.isEmpty()) {
      Rational richWeight = Rational.ZERO;
      for (int v : rich) {
        richWeight = richWeight.add(profile.weights().get(v));
      }
      Rational q = Rational.ONE.subtract(poorMoney).divide(richWeight);
      List<Integer> poor = new ArrayList<>();
      for (int v : rich) {
        if (budget[v].compareTo(q.multiply(profile.weights().get(v))) < 0) {
          poor.add(v);
        }
      }
      if (poor.isEmpty()) {
        return q;
      }
      for (int v : poor) {
        poorMoney = poorMoney.add(budget[v]);
      }
      rich.removeAll(poor);
    }
    return null;
  }

  private List<List<Integer>> complete(ApprovalProfile profile, int size, boolean resolute, State state) {
    return switch (completion) {
      case NONE, INCREMENT -> List.of(state.committee());
      case PHRAGMEN -> {
        Rational[] load = new Rational[state.budget().length];
        for (int v = 0; v < load.length; v++) {
          load[v] = state.budget()[v].negate().divide(profile.weights().get(v));
        }
        yield SeqPhragmenRule.complete(profile, size, resolute, state.committee(), load);
      }
      case AV -> avCompletion(profile, size, state.committee());
    };
  }

  private static List<List<Integer>> avCompletion(ApprovalProfile profile, int size, List<Integer> partial) {
    CommitteeRule av = OptimizingRule.thiele("av", ThieleWeights.AV);
    for (int missing = size - partial.size(); missing <= profile.numCandidates(); missing++) {
      List<List<Integer>> full = new ArrayList<>();
      for (List<Integer> extra : av.committees(profile, missing, false)) {
        java.util.TreeSet<Integer> union = new java.util.TreeSet<>(partial);
        union.addAll(extra);
        if (union.size() == size) {
          full.add(new ArrayList<>(union));
        }
      }
      if (!full.isEmpty()) {
        return full;
      }
    }
    throw new IllegalStateException("AV completion cannot fill the committee");
  }
}
