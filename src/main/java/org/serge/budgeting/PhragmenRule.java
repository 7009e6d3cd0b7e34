package org.serge.budgeting;

import java.util.ArrayList;
import java.util.List;

/**
 * Sequential Phragmén for budgeting: supporters share each funded project's cost as load;
 * at each step the project whose supporters would end with the smallest maximal load
 * ({@code (cost + their loads) / supporters}) is funded, provided it fits the remaining
 * budget (projects that no longer fit are dropped). Ties: more supporters, cheaper, file order.
 */
public final class PhragmenRule implements BudgetRule {
  @Override
  public String id() {
    return "phragmen";
  }

  @Override
  public List<Integer> select(PbInstance instance) {
    int[][] supporters = instance.supporters();
    double[] load = new double[instance.ballots().size()];
    boolean[] out = new boolean[supporters.length];
    List<Integer> selected = new ArrayList<>();
    long left = instance.budget();
    while (true) {
      int best = -1;
      double bestTime = Double.POSITIVE_INFINITY;
      for (int p = 0; p < supporters.length; p++) {
        long cost = instance.projects().get(p).cost();
        if (out[p] || supporters[p].length == 0 || cost > left) {
          out[p] = true;
          continue;
        }
        double sum = cost;
        for (int v : supporters[p]) {
          sum += load[v];
        }
        double time = sum / supporters[p].length;
        int versus = Ties.compare(time, bestTime);
        if (versus < 0 || (versus == 0 && better(instance, supporters, p, best))) {
          best = p;
          bestTime = time;
        }
      }
      if (best < 0) {
        return selected;
      }
      for (int v : supporters[best]) {
        load[v] = bestTime;
      }
      out[best] = true;
      selected.add(best);
      left -= instance.projects().get(best).cost();
    }
  }

  private static boolean better(PbInstance instance, int[][] supporters, int p, int q) {
    if (supporters[p].length != supporters[q].length) {
      return supporters[p].length > supporters[q].length;
    }
    return instance.projects().get(p).cost() < instance.projects().get(q).cost();
  }
}
