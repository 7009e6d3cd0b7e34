package org.serge.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.serge.InvalidInputException;
import org.serge.SharedData;
import org.serge.formats.OnsTables;
import org.serge.planning.generate.EconomyGenerator;
import org.serge.planning.model.Economy;
import org.serge.planning.model.EconomyBuilder;
import org.serge.planning.result.Limit;
import org.serge.planning.result.Plan;
import org.serge.planning.solve.LeontiefSolver;
import org.serge.planning.solve.LpSolver;
import org.serge.planning.solve.LpSolvers;
import org.serge.planning.solve.LpStatus;
import org.serge.planning.solve.Planner;

class PlannerTest {
  private static final Planner GLOP = new Planner(LpSolvers.of(LpSolver.Kind.GLOP), 60);

  /**
   * Corn by a dirty way (1 hour and 1 t CO2 a unit) or a clean way (2 hours, no CO2); at
   * most 5 t CO2. With 12 hours: 5 dirty + 3.5 clean = 8.5 corn, λ = 0.85 of a target of 10.
   * One more t of CO2 lets a unit move from clean to dirty: it saves 1 hour.
   */
  private static Economy corn(double labour) {
    EconomyBuilder b = Economy.builder("corn").labourAvailable(labour);
    int corn = b.addProduct("corn", "Corn");
    int co2 = b.addResource("co2", "CO2", "t", 5);
    b.addTechnology("dirty", corn, 1, Double.POSITIVE_INFINITY);
    b.addUse(co2, 1);
    b.addTechnology("clean", corn, 2, Double.POSITIVE_INFINITY);
    return b.build();
  }

  @Test
  void maximisesFulfilmentAsWorkedByHand() {
    Plan plan = GLOP.plan(corn(12), new double[] {10}, Plan.Objective.MAX_FULFILMENT);
    assertEquals(LpStatus.OPTIMAL, plan.status());
    assertEquals(0.85, plan.fulfilment(), 1e-7);
    assertEquals(5, plan.activity()[0], 1e-6);
    assertEquals(3.5, plan.activity()[1], 1e-6);
    assertEquals(12, plan.labourUsed(), 1e-6);
    Limit co2 = limit(plan, "co2");
    assertTrue(co2.binding());
    assertEquals(1, co2.price(), 1e-6);
    assertTrue(limit(plan, "labour").binding());
    assertEquals(2, plan.prices()[0], 1e-6, "a unit more corn costs 2 hours, made the clean way");
  }

  @Test
  void anInfeasiblePlanNamesTheLimitThatConflictsAndByHowMuch() {
    Plan plan = GLOP.plan(corn(12), new double[] {10}, Plan.Objective.MIN_LABOUR);
    assertEquals(LpStatus.INFEASIBLE, plan.status());
    assertEquals(1, plan.conflicts().size());
    Limit labour = plan.conflicts().getFirst();
    assertEquals("labour", labour.name());
    assertEquals(15, labour.used(), 1e-6);
    assertEquals(3, labour.shortfall(), 1e-6);
  }

  @Test
  void refusesAFulfilmentPlanThatNothingLimits() {
    Economy free = Economy.builder("free").build();
    EconomyBuilder b = Economy.builder("free");
    b.addTechnology("t", b.addProduct("x", "X"), 1, Double.POSITIVE_INFINITY);
    assertThrows(InvalidInputException.class,
        () -> GLOP.plan(b.build(), new double[] {1}, Plan.Objective.MAX_FULFILMENT));
    assertEquals(0, free.productCount());
  }

  /** With no binding limit the least-labour plan is the Leontief one and its prices are labour values. */
  @Test
  void leastLabourPlanOfTheUkEqualsTheLeontiefSolution() {
    OnsTables tables = OnsTables.read(SharedData.resolve("ons-ioat-2019"));
    Economy uk = tables.economy();
    double[] demand = tables.totalFinalDemand();
    Plan plan = GLOP.plan(uk, demand, Plan.Objective.MIN_LABOUR);
    var system = uk.primarySystem();
    double[] output = LeontiefSolver.defaults().grossOutput(system, demand).values();
    double[] values = LeontiefSolver.defaults().labourValues(system).values();
    for (int p = 0; p < uk.productCount(); p++) {
      assertEquals(output[p], plan.output()[p], 1e-6 * Math.max(1, output[p]), uk.productCode(p));
      assertEquals(values[p], plan.prices()[p], 1e-6, uk.productCode(p));
    }
    double labour = 0;
    for (int p = 0; p < output.length; p++) {
      labour += system.labour(p) * output[p];
    }
    assertEquals(labour, plan.labourUsed(), 1e-6 * labour);
  }

  /** A generated economy with binding CO2 and labour: balance and every limit hold. */
  @Test
  void planOnAGeneratedEconomyMeetsMaterialBalanceAndEveryLimit() {
    var generated = EconomyGenerator.of(2_000, 10, 2, 11).generate();
    Economy economy = generated.economy();
    Plan plan = GLOP.plan(economy, generated.demand(), Plan.Objective.MAX_FULFILMENT);
    assertEquals(LpStatus.OPTIMAL, plan.status());
    assertTrue(plan.fulfilment() > 0 && plan.fulfilment() < 1, "λ " + plan.fulfilment());
    for (int p = 0; p < economy.productCount(); p++) {
      double need = plan.fulfilment() * generated.demand()[p];
      assertTrue(plan.netOutput()[p] >= need - 1e-6 * Math.max(1, need), economy.productCode(p));
    }
    assertTrue(plan.labourUsed() <= economy.labourAvailable() * (1 + 1e-9));
    assertTrue(plan.resourceUsed()[0] <= economy.resources().limit(0) * (1 + 1e-9));
    assertFalse(plan.binding().isEmpty());
    long alternatives = java.util.stream.IntStream.range(0, economy.technologies().count())
        .filter(t -> t != economy.primaryTechnology(economy.technologies().product(t)) && plan.activity()[t] > 1e-9)
        .count();
    assertTrue(alternatives > 0, "the CO2 limit makes some products switch technology");
  }

  private static Limit limit(Plan plan, String name) {
    List<Limit> found = plan.limits().stream().filter(l -> l.name().equals(name)).toList();
    assertEquals(1, found.size(), name);
    return found.getFirst();
  }
}
