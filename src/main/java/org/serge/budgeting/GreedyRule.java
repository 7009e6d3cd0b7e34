package org.serge.budgeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Greedy by votes, the classic rule: projects in order of supporter count (for score or
 * cumulative ballots: points), ties to the cheaper project, then file order; a project
 * that no longer fits the remaining budget is skipped and the next one tried.
 */
public final class GreedyRule implements BudgetRule {
  @Override
  public String id() {
    return "greedy";
  }

  @Override
  public List<Integer> select(PbInstance instance) {
    return fill(instance, new ArrayList<>());
  }

  /** Adds projects greedily to {@code start} (kept) while they fit; returns the result. */
  static List<Integer> fill(PbInstance instance, List<Integer> start) {
    long[] score = points(instance);
    List<Integer> selected = new ArrayList<>(start);
    long left = instance.budget() - instance.cost(selected);
    List<Integer> order =
        IntStream.range(0, score.length).boxed()
            .sorted(Comparator.<Integer>comparingLong(p -> -score[p])
                .thenComparingLong(p -> instance.projects().get(p).cost()))
            .toList();
    for (int p : order) {
      long cost = instance.projects().get(p).cost();
      if (!selected.contains(p) && score[p] > 0 && cost <= left) {
        selected.add(p);
        left -= cost;
      }
    }
    return selected;
  }

  private static long[] points(PbInstance instance) {
    long[] score = new long[instance.projects().size()];
    for (Ballot ballot : instance.ballots()) {
      for (int i = 0; i < ballot.projects().length; i++) {
        score[ballot.projects()[i]] += ballot.points()[i];
      }
    }
    return score;
  }
}
