package org.serge.budgeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Small hand-checked instances for the budgeting rules and the "for whom" figures. */
class BudgetRulesTest {
  /** 6 voters for A and B (cost 60 each), 4 voters for C and D (cost 40 each), budget 100. */
  private static PbInstance majorityAndMinority() {
    List<Project> projects = List.of(
        new Project("A", 60, List.of("green"), null), new Project("B", 60, List.of(), null),
        new Project("C", 40, List.of("green"), null), new Project("D", 40, List.of(), null));
    List<Ballot> ballots = new ArrayList<>();
    for (int v = 0; v < 10; v++) {
      int[] chosen = v < 6 ? new int[] {0, 1} : new int[] {2, 3};
      ballots.add(new Ballot("v" + v, chosen, new long[] {1, 1}, Map.of("district", v < 6 ? "north" : "south")));
    }
    return new PbInstance(projects, 100, ballots, "approval", Map.of());
  }

  @Test
  void greedyServesOnlyTheMajority() {
    assertEquals(List.of(0, 2), new GreedyRule().select(majorityAndMinority()));
  }

  @Test
  void equalSharesFundsTheMinorityToo() {
    // each voter holds 10: the six A-voters can pay 60, the four C-voters 40
    List<Integer> selected = new EqualSharesRule(EqualSharesRule.Completion.NONE).select(majorityAndMinority());
    assertEquals(List.of(0, 2), selected.stream().sorted().toList());
  }

  @Test
  void phragmenPrefersTheLowerLoad() {
    // A: 60/6 = 10 per voter, C: 40/4 = 10 per voter: tie to more supporters (A), then C fits
    assertEquals(List.of(0, 2), new PhragmenRule().select(majorityAndMinority()));
  }

  @Test
  void equalSharesUsesPointsOnScoreBallots() {
    // both voters give A 1 point and B 9: per point B is 9 times cheaper, so B is funded;
    // read as approval (cost utilities) A and B would tie and file order would pick A
    List<Project> projects = List.of(new Project("A", 5, List.of(), null), new Project("B", 5, List.of(), null));
    List<Ballot> ballots = List.of(
        new Ballot("v1", new int[] {0, 1}, new long[] {1, 9}, Map.of()),
        new Ballot("v2", new int[] {0, 1}, new long[] {1, 9}, Map.of()));
    EqualSharesRule rule = new EqualSharesRule(EqualSharesRule.Completion.NONE);
    assertEquals(List.of(1), rule.select(new PbInstance(projects, 5, ballots, "scoring", Map.of())));
    assertEquals(List.of(0), rule.select(new PbInstance(projects, 5, ballots, "approval", Map.of())));
  }

  @Test
  void impactCountsVotersAndDistricts() {
    PbInstance instance = majorityAndMinority();
    Impact impact = Impact.of(instance, List.of(0));
    assertEquals(0.6, impact.satisfiedShare(), 1e-12);
    assertEquals(6.0, impact.spendingPerVoter(), 1e-12); // 60 spread over 10 voters
    assertEquals(1.0, impact.satisfiedShareByAttribute().get("district").get("north"));
    assertEquals(0.0, impact.satisfiedShareByAttribute().get("district").get("south"));
    assertEquals(60L, impact.spendingByCategory().get("green"));
    // six voters hold 10 each, four hold 0: Gini = 0.4
    assertEquals(0.4, impact.gini(), 1e-12);
  }
}
