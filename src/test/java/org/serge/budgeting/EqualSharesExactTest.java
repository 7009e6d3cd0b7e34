package org.serge.budgeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.serge.SharedData;
import org.serge.budgeting.committee.Rational;
import org.serge.formats.PbReader;

/**
 * The production Equal Shares computes in doubles and treats near-equal values as ties.
 * This test recomputes plain Equal Shares (approval, cost utilities) in exact rationals on
 * the real Equal Shares elections and demands the same projects in the same order, so the
 * outcome cannot be an artefact of rounding. Voters with the same remaining budget are
 * grouped, which keeps the exact arithmetic fast.
 */
class EqualSharesExactTest {
  @ParameterizedTest
  @ValueSource(strings = {"Poland_Swiecie_2023.pb", "Poland_Wieliczka_2023_Green_Budget.pb"})
  void doublesAndRationalsAgree(String name) {
    PbInstance instance = PbReader.read(SharedData.resolve("pb/pabulib/" + name));
    List<Integer> fast = new EqualSharesRule(EqualSharesRule.Completion.NONE).select(instance);
    assertEquals(exact(instance), fast, name);
  }

  private static List<Integer> exact(PbInstance instance) {
    int n = instance.ballots().size();
    int m = instance.projects().size();
    int[][] supporters = instance.supporters();
    long[] votes = instance.supportCounts();
    Rational[] budget = new Rational[n];
    Arrays.fill(budget, Rational.of(instance.budget(), n));
    boolean[] out = new boolean[m];
    List<Integer> selected = new ArrayList<>();
    while (true) {
      int best = -1;
      Rational bestPerUnit = null;
      Rational bestPayment = null;
      for (int p = 0; p < m; p++) {
        if (out[p] || supporters[p].length == 0) {
          continue;
        }
        long cost = instance.projects().get(p).cost();
        Rational payment = maxPayment(supporters[p], budget, Rational.of(cost));
        if (payment == null) {
          out[p] = true;
          continue;
        }
        Rational perUnit = payment.divide(Rational.of(cost)); // ρ per unit of (cost) utility
        int versus = best < 0 ? -1 : perUnit.compareTo(bestPerUnit);
        boolean tieWins = versus == 0 && (votes[p] > votes[best]
            || (votes[p] == votes[best] && cost < instance.projects().get(best).cost()));
        if (versus < 0 || tieWins) {
          best = p;
          bestPerUnit = perUnit;
          bestPayment = payment;
        }
      }
      if (best < 0) {
        return selected;
      }
      for (int v : supporters[best]) {
        budget[v] = budget[v].subtract(budget[v].min(bestPayment));
      }
      out[best] = true;
      selected.add(best);
    }
  }

  /** The smallest cap on each supporter's payment that covers {@code cost}, or null. */
  private static Rational maxPayment(int[] voters, Rational[] budget, Rational cost) {
    Map<Rational, Integer> groups = new HashMap<>();
    for (int v : voters) {
      groups.merge(budget[v], 1, Integer::sum);
    }
    List<Rational> levels = new ArrayList<>(groups.keySet());
    levels.sort(null);
    Rational paid = Rational.ZERO;
    long rich = voters.length;
    for (Rational level : levels) {
      Rational cap = cost.subtract(paid).divide(Rational.of(rich));
      if (level.compareTo(cap) >= 0) {
        return cap;
      }
      int count = groups.get(level);
      paid = paid.add(level.multiply(Rational.of(count)));
      rich -= count;
    }
    return null;
  }
}
