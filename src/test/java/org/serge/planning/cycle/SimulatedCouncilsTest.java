package org.serge.planning.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.serge.planning.solve.LeontiefSolver;

/** Pequod-like councils (Cobb-Douglas consumers and producers) under the excess-demand rule. */
class SimulatedCouncilsTest {
  private static final double EPSILON = 1e-3;

  @Test
  void aPequodSizedEconomyConvergesInFewerRoundsThanPequodAndBalances() {
    SimulatedEconomy economy = SimulatedEconomy.generate(1000, 1000, 10, 5);
    Cycle.Outcome outcome = Cycle.of(economy.frame(), CycleSettings.of(PriceRule.Kind.EXCESS).withEpsilon(EPSILON))
        .simulate(economy.consumers(), economy.producers(), new double[10]);
    assertTrue(outcome.converged());
    assertTrue(outcome.roundCount() < 41, "Pequod needs 41–96 rounds; this took " + outcome.roundCount());
    Tally tally = outcome.last().tally();
    for (int i = 0; i < 10; i++) {
      assertTrue(Math.abs(tally.excess()[i]) <= EPSILON * tally.supply()[i], "product " + i);
    }
    for (ProductionProposal proposal : outcome.plan().producers()) {
      assertTrue(proposal.hoursPerMember() <= economy.frame().maxHoursPerMember() * (1 + 1e-12));
    }
    // The realised technology: its Leontief labour for the final demand is the hours worked,
    // up to the imbalance ε allows.
    Technology technology = Technology.of(economy.frame(), outcome.plan().producers());
    double leontief = LeontiefSolver.defaults().grossOutput(technology.system(), tally.finalDemand())
        .dot(technology.labour());
    assertEquals(tally.hoursWorked(), leontief, 5 * EPSILON * leontief);
    assertEquals(tally.hoursOffered(), tally.hoursWorked(), 5 * EPSILON * leontief);
  }

  @Test
  void aTighterToleranceTakesMoreRoundsButStillConverges() {
    SimulatedEconomy economy = SimulatedEconomy.generate(300, 300, 6, 9);
    CycleSettings loose = CycleSettings.of(PriceRule.Kind.EXCESS).withEpsilon(1e-2);
    int few = Cycle.of(economy.frame(), loose).simulate(economy.consumers(), economy.producers(), new double[6])
        .roundCount();
    Cycle.Outcome tight = Cycle.of(economy.frame(), loose.withEpsilon(1e-8))
        .simulate(economy.consumers(), economy.producers(), new double[6]);
    assertTrue(tight.converged());
    assertTrue(tight.roundCount() > few);
    assertTrue(tight.last().largestExcess() <= 1e-8);
  }
}
