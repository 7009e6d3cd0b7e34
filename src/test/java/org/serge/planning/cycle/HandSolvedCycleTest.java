package org.serge.planning.cycle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Economies whose balanced plan is worked out by hand: the cycle must arrive at it. */
class HandSolvedCycleTest {
  private static final CycleSettings COST = CycleSettings.of(PriceRule.Kind.COST).withEpsilon(1e-9).withThreads(2);

  /**
   * Two products, A = [[0.1, 0.2], [0.3, 0.1]], hours l = (1, 2). Labour values
   * v = l(I − A)^-1: v1 = (0.9·1 + 0.3·2)/0.75 = 2, v2 = (0.2·1 + 0.9·2)/0.75 = 8/3.
   * Consumers offer 100 hours and spend half on each: d = (50/2, 50/(8/3)) = (25, 18.75);
   * x = (I − A)^-1 d = (0.9·25 + 0.2·18.75, 0.3·25 + 0.9·18.75)/0.75 = (35, 32.5); labour
   * 35 + 65 = 100, the hours offered.
   */
  @Test
  void aTwoProductEconomyConvergesToItsLeontiefPlanAtLabourValues() {
    double[][] a = {{0.1, 0.2}, {0.3, 0.1}};
    Cycle cycle = Cycle.of(Economies.frame(2), COST);
    Cycle.Outcome outcome = cycle.simulate(List.of(Economies.consumer("town", 10, 10, 0.5, 0.5)),
        Economies.leontief(a, new double[] {1, 2}, null, Economies.unlimited(2)), new double[2]);
    assertTrue(outcome.converged(), "rounds: " + outcome.roundCount());
    Round last = outcome.last();
    assertArrayEquals(new double[] {2, 8.0 / 3}, last.prices().products(), 1e-9);
    assertArrayEquals(new double[] {25, 18.75}, last.tally().consumption(), 1e-6);
    assertArrayEquals(new double[] {35, 32.5}, last.tally().supply(), 1e-6);
    assertEquals(100, last.tally().hoursWorked(), 1e-6);
    assertEquals(1, last.prices().incomePerHour(), 1e-9);
  }

  /**
   * No intermediate inputs, an hour a unit each; product 0 emits 1 t CO2 a unit, with 40 t
   * allowed. Unlimited, 100 hours split evenly would make 50 of each (50 t). With premium μ
   * on CO2: p0 = 1 + μ, income 100 + 40μ (the CO2 rent), d0 = ½(100 + 40μ)/(1 + μ) = 40
   * gives μ = 0.5, d1 = 60: 100 hours, 40 t.
   */
  @Test
  void aBindingCo2BudgetGetsThePremiumWorkedByHand() {
    Frame frame = Economies.frame(2).withResources(List.of("co2"), new double[] {40});
    Cycle cycle = Cycle.of(frame, COST);
    Cycle.Outcome outcome = cycle.simulate(List.of(Economies.consumer("town", 10, 10, 0.5, 0.5)),
        Economies.leontief(new double[2][2], new double[] {1, 1}, new double[] {1, 0}, Economies.unlimited(2)),
        new double[2]);
    assertTrue(outcome.converged(), "rounds: " + outcome.roundCount());
    Round last = outcome.last();
    assertEquals(0.5, last.prices().resources()[0], 1e-6);
    assertArrayEquals(new double[] {1.5, 1}, last.prices().products(), 1e-6);
    assertArrayEquals(new double[] {40, 60}, last.tally().supply(), 1e-5);
    assertEquals(40, last.tally().resourceUse()[0], 1e-5);
    assertEquals(100, last.tally().hoursWorked(), 1e-5);
  }

  /**
   * The same two products without CO2, product 0 made by one workplace of capacity 30. At
   * cost, 50 of product 0 would be asked; with capacity premium π the income is 100 + 30π
   * (the capacity's rent) and ½(100 + 30π)/(1 + π) = 30 gives π = 4/3, p0 = 7/3; product 1
   * gets ½·140 = 70 at price 1: 30 + 70 = 100 hours, all the hours offered.
   */
  @Test
  void aBindingCapacityGetsThePremiumWorkedByHand() {
    double[] capacity = {30, Double.POSITIVE_INFINITY};
    Cycle cycle = Cycle.of(Economies.frame(2), COST);
    Cycle.Outcome outcome = cycle.simulate(List.of(Economies.consumer("town", 10, 10, 0.5, 0.5)),
        Economies.leontief(new double[2][2], new double[] {1, 1}, null, capacity), new double[2]);
    assertTrue(outcome.converged(), "rounds: " + outcome.roundCount());
    Round last = outcome.last();
    assertArrayEquals(new double[] {7.0 / 3, 1}, last.prices().products(), 1e-6);
    assertArrayEquals(new double[] {30, 70}, last.tally().supply(), 1e-5);
    assertEquals(100, last.tally().hoursWorked(), 1e-5);
  }

  /**
   * Three products: energy (1 hour a unit), tools (½ energy + 1 hour), bread (0.2 tools +
   * ½ energy + 2 hours). Labour values v = (1, 1.5, 2.8). A participatory budget asks for 10
   * tools, paid from everyone's income (15 hours), so consumers offering 100 hours spend 85:
   * 30% on energy, 70% on bread, d = (25.5, 10, 21.25) with the public tools. Then
   * x = (25.5 + ½·14.25 + ½·21.25, 10 + 0.2·21.25, 21.25) = (43.25, 14.25, 21.25), which takes
   * 43.25 + 14.25 + 42.5 = 100 hours.
   */
  @Test
  void aThreeProductChainWithPublicDemandConvergesToThePlanWorkedByHand() {
    double[][] a = {{0, 0.5, 0.5}, {0, 0, 0.2}, {0, 0, 0}};
    Cycle cycle = Cycle.of(Economies.frame(3), COST);
    List<ConsumerCouncil> consumers = List.of(Economies.consumer("north", 6, 10, 0.3, 0, 0.7),
        Economies.consumer("south", 4, 10, 0.3, 0, 0.7));
    Cycle.Outcome outcome = cycle.simulate(consumers,
        Economies.leontief(a, new double[] {1, 1, 2}, null, Economies.unlimited(3)), new double[] {0, 10, 0});
    assertTrue(outcome.converged(), "rounds: " + outcome.roundCount());
    Round last = outcome.last();
    assertArrayEquals(new double[] {1, 1.5, 2.8}, last.prices().products(), 1e-12);
    assertEquals(0.85, last.prices().incomePerHour(), 1e-12);
    assertArrayEquals(new double[] {25.5, 0, 21.25}, last.tally().consumption(), 1e-6);
    assertArrayEquals(new double[] {43.25, 14.25, 21.25}, last.tally().supply(), 1e-6);
    assertEquals(100, last.tally().hoursWorked(), 1e-6);
  }
}
