package org.serge.planning.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.serge.planning.generate.EconomyGenerator;
import org.serge.planning.model.Economy;
import org.serge.planning.model.InputOutputSystem;
import org.serge.planning.model.Technologies;
import org.serge.planning.result.Plan;
import org.serge.planning.solve.LeontiefSolver;
import org.serge.planning.solve.LpSolver;
import org.serge.planning.solve.LpSolvers;
import org.serge.planning.solve.Planner;

/**
 * The converged plan of a generated 40-product economy (fixed technologies, a binding CO2
 * budget, one capacity short): material balance, every limit, labour equal to the Leontief
 * figure; and the plan LP fallback from the same proposals.
 */
class PlanBalanceTest {
  private static final double EPSILON = 1e-6;
  private static final int SHORT = 3;

  @Test
  void theConvergedPlanBalancesKeepsItsLimitsAndTakesTheLeontiefLabour() {
    Setup setup = setup();
    Cycle.Outcome outcome = Cycle.of(setup.frame, CycleSettings.of(PriceRule.Kind.COST).withEpsilon(EPSILON))
        .simulate(setup.consumers, setup.producers, setup.publicDemand);
    assertTrue(outcome.converged(), "rounds " + outcome.roundCount());
    Tally tally = outcome.last().tally();
    for (int i = 0; i < tally.supply().length; i++) {
      assertTrue(tally.supply()[i] >= tally.demand(i) * (1 - EPSILON), "product " + i);
      assertTrue(tally.supply()[i] <= tally.demand(i) * (1 + EPSILON), "product " + i + " is not wasted");
    }
    assertTrue(tally.resourceUse()[0] <= setup.frame.resourceLimit(0) * (1 + EPSILON));
    assertTrue(outcome.last().prices().resources()[0] > 0, "the CO2 budget binds");
    for (ProductionProposal proposal : outcome.plan().producers()) {
      assertTrue(proposal.output() <= proposal.capacity());
    }
    assertEquals(setup.capacity, tally.supply()[SHORT], EPSILON * setup.capacity, "the short capacity is used in full");
    Technology technology = Technology.of(setup.frame, outcome.plan().producers());
    double leontief = LeontiefSolver.defaults().grossOutput(technology.system(), tally.finalDemand())
        .dot(technology.labour());
    assertEquals(leontief, tally.hoursWorked(), 1e-5 * leontief);
    assertEquals(tally.hoursOffered(), tally.hoursWorked(), 1e-5 * leontief, "every hour offered is worked");
  }

  @Test
  void thePlanLpFallbackMeetsTheStatedTargetsWithTheStatedTechnology() {
    Setup setup = setup();
    Cycle.Outcome outcome = Cycle.of(setup.frame, CycleSettings.of(PriceRule.Kind.COST).withMaxRounds(3))
        .simulate(setup.consumers, setup.producers, setup.publicDemand);
    assertTrue(!outcome.converged());
    Fallback.Targets targets = Fallback.of(setup.frame, outcome.plan(), "fallback");
    Plan plan = new Planner(LpSolvers.of(LpSolver.Kind.GLOP), 60)
        .plan(targets.economy(), targets.targets(), Plan.Objective.MAX_FULFILMENT);
    assertTrue(plan.feasible());
    for (int i = 0; i < targets.targets().length; i++) {
      assertTrue(plan.netOutput()[i] >= plan.fulfilment() * targets.targets()[i] - 1e-6);
    }
    assertTrue(plan.resourceUsed()[0] <= setup.frame.resourceLimit(0) * (1 + 1e-6));
  }

  private record Setup(Frame frame, List<ConsumerCouncil> consumers, List<ProducerCouncil> producers,
      double[] publicDemand, double capacity) {}

  // Primary technologies of a generated economy; consumers' shares give its demand at labour values.
  private static Setup setup() {
    EconomyGenerator.Generated generated = EconomyGenerator.of(40, 4, 1, 7).generate();
    Economy economy = generated.economy();
    InputOutputSystem system = economy.primarySystem();
    Technologies all = economy.technologies();
    int n = economy.productCount();
    double[] x = LeontiefSolver.defaults().grossOutput(system, generated.demand()).values();
    double[] values = LeontiefSolver.defaults().labourValues(system).values();
    double[][] a = system.dense();
    double emitted = 0;
    double capacity = 0.5 * x[SHORT];
    List<ProducerCouncil> producers = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      int t = system.technology(j);
      double[] column = new double[n];
      for (int i = 0; i < n; i++) {
        column[i] = a[i][j];
      }
      double co2 = all.useAmount(all.useStart(t));
      emitted += co2 * x[j];
      producers.add(new LeontiefProducer("works-" + j, 5, j, column, all.labour(t), new double[] {co2},
          j == SHORT ? capacity : Double.POSITIVE_INFINITY, x[j] / 2));
    }
    double budget = 0;
    double[] shares = new double[n];
    int[] products = new int[n];
    double[] publicDemand = new double[n];
    for (int i = 0; i < n; i++) {
      publicDemand[i] = 0.1 * generated.demand()[i];
      budget += 0.9 * generated.demand()[i] * values[i];
    }
    for (int i = 0; i < n; i++) {
      products[i] = i;
      shares[i] = 0.9 * generated.demand()[i] * values[i] / budget;
    }
    List<ConsumerCouncil> consumers = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      consumers.add(new CobbDouglasConsumer("hood-" + c, 0, 25, budget / 100, products, shares));
    }
    Frame frame = Economies.frame(n).withResources(List.of("co2"), new double[] {0.85 * emitted});
    return new Setup(frame, consumers, producers, publicDemand, capacity);
  }
}
