package org.serge.budgeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The Method of Equal Shares for participatory budgeting with cost utilities on approval
 * ballots (a supporter's utility for a project is its cost) and the points given as
 * utilities on score and cumulative ballots, followed by
 * one of the completions used in real elections:
 * <ul>
 *   <li>{@link Completion#NONE}: the plain rule, which usually leaves money unspent;
 *   <li>{@link Completion#ADD1}: raise every voter's virtual budget by one currency unit
 *       at a time until the outcome no longer fits the real budget, keep the last
 *       outcome that fitted, then fill greedily by votes (pabulib
 *       {@code equalshares/add1});
 *   <li>{@link Completion#ADD1_COMPARISON}: as ADD1, then compare with the greedy outcome
 *       and take greedy if more voters prefer it (more money spent on projects they
 *       supported) than prefer Equal Shares ({@code equalshares/add1-comparison}).
 * </ul>
 * Ties go to the project with more supporters, then the cheaper one, then file order.
 */
public final class EqualSharesRule implements BudgetRule {
  /** How to spend what the plain rule leaves. */
  public enum Completion { NONE, ADD1, ADD1_COMPARISON }

  private final Completion completion;

  public EqualSharesRule(Completion completion) {
    this.completion = completion;
  }

  @Override
  public String id() {
    return switch (completion) {
      case NONE -> "equalshares";
      case ADD1 -> "equalshares/add1";
      case ADD1_COMPARISON -> "equalshares/add1-comparison";
    };
  }

  @Override
  public List<Integer> select(PbInstance instance) {
    EqualSharesCore core = core(instance);
    int n = instance.ballots().size();
    if (n == 0) {
      return List.of();
    }
    List<Integer> outcome = run(core, instance, instance.budget(), n);
    if (completion == Completion.NONE) {
      return outcome;
    }
    long supported = Arrays.stream(instance.supportCounts()).filter(c -> c > 0).count();
    // Raising continues while the outcome fits, even past an exhaustive one: Wieliczka 2023
    // funded the outcome of a later increment that swapped two small projects for a larger one.
    for (long virtual = instance.budget() + n; outcome.size() < supported; virtual += n) {
      List<Integer> next = run(core, instance, virtual, n);
      if (instance.cost(next) > instance.budget()) {
        break;
      }
      outcome = next;
    }
    List<Integer> completed = GreedyRule.fill(instance, outcome);
    if (completion == Completion.ADD1_COMPARISON) {
      List<Integer> greedy = new GreedyRule().select(instance);
      if (preferring(instance, greedy, completed) > preferring(instance, completed, greedy)) {
        return greedy;
      }
    }
    return completed;
  }

  private static List<Integer> run(EqualSharesCore core, PbInstance instance, long total, int n) {
    double[] budgets = new double[n];
    Arrays.fill(budgets, (double) total / n);
    return core.run(budgets, List.of(), Integer.MAX_VALUE);
  }

  /** Voters for whom {@code a} funds strictly more money of projects they supported than {@code b}. */
  static long preferring(PbInstance instance, List<Integer> a, List<Integer> b) {
    boolean[] inA = new boolean[instance.projects().size()];
    boolean[] inB = new boolean[inA.length];
    a.forEach(p -> inA[p] = true);
    b.forEach(p -> inB[p] = true);
    long count = 0;
    for (Ballot ballot : instance.ballots()) {
      long diff = 0;
      for (int p : ballot.projects()) {
        long cost = instance.projects().get(p).cost();
        diff += (inA[p] ? cost : 0) - (inB[p] ? cost : 0);
      }
      count += diff > 0 ? 1 : 0;
    }
    return count;
  }

  static EqualSharesCore core(PbInstance instance) {
    int m = instance.projects().size();
    double[] costs = new double[m];
    int[][] supporters = instance.supporters();
    double[][] utilities = new double[m][];
    int[] fill = new int[m];
    boolean approval = instance.voteType().equals("approval") || instance.voteType().equals("ordinal");
    for (int p = 0; p < m; p++) {
      costs[p] = instance.projects().get(p).cost();
      utilities[p] = new double[supporters[p].length];
    }
    for (Ballot ballot : instance.ballots()) {
      for (int i = 0; i < ballot.projects().length; i++) {
        int p = ballot.projects()[i];
        // approval ballots: cost utilities (pabulib, equalshares.net); otherwise the points given
        utilities[p][fill[p]++] = approval ? costs[p] : ballot.points()[i];
      }
    }
    long[] votes = instance.supportCounts();
    Integer[] order = IntStream.range(0, m).boxed()
        .sorted(Comparator.<Integer>comparingLong(p -> -votes[p]).thenComparingDouble(p -> costs[p]))
        .toArray(Integer[]::new);
    int[] rank = new int[m];
    for (int r = 0; r < m; r++) {
      rank[order[r]] = r;
    }
    return new EqualSharesCore(costs, supporters, utilities, rank);
  }
}
