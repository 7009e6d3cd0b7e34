package org.serge.budgeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One run of the Method of Equal Shares with a fixed per-voter budget, on plain arrays so
 * that budgeting and committee elections share it. Each voter starts with their budget;
 * a project is affordable when its supporters can pay its cost, each paying at most
 * {@code rho} per unit of their utility (or all they have left); the affordable project
 * with the smallest {@code rho} is selected, ties to the lower rank in {@code tieOrder}.
 */
final class EqualSharesCore {
  private final double[] costs;
  private final int[][] supporters;
  private final double[][] utilities;
  private final int[] tieRank;
  private final double[] totalUtility;
  private final boolean[] uniform;

  /**
   * @param costs cost per candidate
   * @param supporters voter indices per candidate
   * @param utilities utility of each supporter (parallel to {@code supporters})
   * @param tieRank rank of each candidate for tie-breaking (lower wins)
   */
  EqualSharesCore(double[] costs, int[][] supporters, double[][] utilities, int[] tieRank) {
    this.costs = costs;
    this.supporters = supporters;
    this.utilities = utilities;
    this.tieRank = tieRank;
    this.totalUtility = new double[costs.length];
    this.uniform = new boolean[costs.length];
    for (int c = 0; c < costs.length; c++) {
      uniform[c] = true;
      for (double x : utilities[c]) {
        totalUtility[c] += x;
        uniform[c] &= x == utilities[c][0];
      }
    }
  }

  /** Runs to the end; {@code budgets} (per voter) is reduced by what each voter paid. */
  List<Integer> run(double[] budgets, List<Integer> start, int maxSelected) {
    List<Integer> selected = new ArrayList<>(start);
    boolean[] out = new boolean[costs.length];
    double[] lowerBound = new double[costs.length]; // rho only grows as budgets shrink
    for (int c : selected) {
      out[c] = true;
    }
    for (int c = 0; c < costs.length; c++) {
      out[c] |= supporters[c].length == 0;
    }
    Integer[] order = new Integer[costs.length];
    while (selected.size() < maxSelected) {
      for (int c = 0; c < order.length; c++) {
        order[c] = c;
      }
      Arrays.sort(order, (a, b) -> Double.compare(lowerBound[a], lowerBound[b]));
      int best = -1;
      double bestRho = Double.POSITIVE_INFINITY;
      for (int c : order) {
        if (out[c]) {
          continue;
        }
        if (Ties.compare(lowerBound[c], bestRho) > 0) {
          break; // no later candidate can beat the best any more
        }
        double rho = rho(c, budgets);
        if (Double.isInfinite(rho)) {
          out[c] = true; // supporters cannot afford it now, nor ever later
          continue;
        }
        lowerBound[c] = rho;
        int versus = Ties.compare(rho, bestRho);
        if (versus < 0 || (versus == 0 && tieRank[c] < tieRank[best])) {
          best = c;
          bestRho = rho;
        }
      }
      if (best < 0) {
        break;
      }
      pay(best, bestRho, budgets);
      out[best] = true;
      selected.add(best);
    }
    return selected;
  }

  /** The smallest payment per unit of utility that covers the cost, or infinity. */
  double rho(int c, double[] budgets) {
    int[] voters = supporters[c];
    double[] u = utilities[c];
    if (costs[c] == 0) {
      return 0; // free projects cost nobody anything
    }
    double money = 0;
    double minRatio = Double.POSITIVE_INFINITY;
    for (int i = 0; i < voters.length; i++) {
      money += budgets[voters[i]];
      minRatio = Math.min(minRatio, budgets[voters[i]] / u[i]);
    }
    if (Ties.compare(money, costs[c]) < 0) {
      return Double.POSITIVE_INFINITY;
    }
    double equalSplit = costs[c] / totalUtility[c];
    if (minRatio >= equalSplit) {
      return equalSplit; // nobody runs out: the common case, found without sorting
    }
    return uniform[c] ? rhoUniform(c, budgets) : rhoGeneral(c, budgets);
  }

  /**
   * All supporters value the project alike (approval ballots). Instead of sorting, split
   * the rest of the cost equally among those still "rich", move whoever cannot pay that
   * share to "poor" (they pay all they have) and repeat; few passes are ever needed.
   */
  private double rhoUniform(int c, double[] budgets) {
    int[] voters = supporters[c];
    double unit = utilities[c][0];
    double[] rich = new double[voters.length];
    for (int i = 0; i < voters.length; i++) {
      rich[i] = budgets[voters[i]];
    }
    int richCount = rich.length;
    double poorMoney = 0;
    while (richCount > 0) {
      double rho = (costs[c] - poorMoney) / (unit * richCount);
      int kept = 0;
      for (int i = 0; i < richCount; i++) {
        if (rich[i] < rho * unit) {
          poorMoney += rich[i];
        } else {
          rich[kept++] = rich[i];
        }
      }
      if (kept == richCount) {
        return rho;
      }
      richCount = kept;
    }
    return Double.POSITIVE_INFINITY; // only reached through rounding: treat as unaffordable
  }

  private double rhoGeneral(int c, double[] budgets) {
    int[] voters = supporters[c];
    double[] u = utilities[c];
    Integer[] byRatio = new Integer[voters.length];
    for (int i = 0; i < voters.length; i++) {
      byRatio[i] = i;
    }
    Arrays.sort(byRatio, (a, b) -> Double.compare(budgets[voters[a]] / u[a], budgets[voters[b]] / u[b]));
    double paid = 0;
    double utilityLeft = totalUtility[c];
    for (int i : byRatio) {
      double rho = (costs[c] - paid) / utilityLeft;
      if (budgets[voters[i]] < rho * u[i]) {
        paid += budgets[voters[i]];
        utilityLeft -= u[i];
      } else {
        return rho;
      }
    }
    return Double.POSITIVE_INFINITY;
  }

  private void pay(int c, double rho, double[] budgets) {
    int[] voters = supporters[c];
    for (int i = 0; i < voters.length; i++) {
      budgets[voters[i]] = Math.max(0, budgets[voters[i]] - Math.min(budgets[voters[i]], rho * utilities[c][i]));
    }
  }
}
