package org.serge.planning.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The report of a simulated two-region plan: the cycle's plan, read by whom, for whom, to what end. */
class SimulatedPlanTest {
  private final PlanReportInput input = SimulatedPlan.input("sim-1", 40, 16, 6, 2, 7);
  private final PlanReport report = PlanReport.of(input);

  @Test
  void theSimulatedPlanConvergesBalancesAndMeetsItsTargets() {
    assertTrue(report.converged());
    assertTrue(report.balances());
    assertEquals(1, report.toWhatEnd().targetsMet().value());
    assertTrue(report.toWhatEnd().hours().within());
    assertTrue(report.toWhatEnd().convergence().largestExcess().value() <= input.settings().epsilon());
  }

  @Test
  void everyCouncilAppearsAndSharesOfHoursAddUpToOne() {
    assertEquals(16, report.byWhom().producers().size());
    assertEquals(40, report.forWhom().consumers().size());
    double shares = report.byWhom().producers().stream().mapToDouble(p -> p.shareOfHours().value()).sum();
    assertEquals(1, shares, 1e-12);
    double hours = report.byWhom().producers().stream().mapToDouble(p -> p.hours().value()).sum();
    assertEquals(report.byWhom().hoursWorked().value(), hours, 1e-9 * hours);
  }

  @Test
  void twoRegionsTradeAndTheirAccountsBalance() {
    assertEquals(2, report.forWhom().regions().size());
    assertFalse(report.forWhom().trade().isEmpty());
    ForWhom.Region one = report.forWhom().regions().get(0);
    ForWhom.Region two = report.forWhom().regions().get(1);
    assertEquals(one.exports().value(), two.imports().value(), 1e-9 * one.exports().value());
    double gini = report.forWhom().distribution().gini().value();
    assertTrue(gini > 0 && gini < 1, "gini " + gini);
  }

  @Test
  void theEventsAreNumberedAsARecordWouldHoldThem() {
    assertEquals(1, report.events().getFirst().seq());
    assertEquals("plan.approved", report.events().getLast().type());
    assertEquals(input.rounds().size(), input.provenance().iterations().size());
    assertEquals(report.events().size(), report.events().getLast().seq(), "no gaps: every event is cited");
  }

  @Test
  void moreRegionsThanProductsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> SimulatedPlan.input("x", 10, 4, 3, 4, 1));
  }
}
