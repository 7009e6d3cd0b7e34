package org.serge.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.SharedData;
import org.serge.formats.OnsTables;
import org.serge.planning.cycle.EconomySplit;
import org.serge.planning.cycle.ProductionProposal;
import org.serge.planning.cycle.Tally;
import org.serge.planning.model.InputOutputSystem;
import org.serge.planning.solve.LeontiefSolver;

/**
 * The UK 2019 tables as a federation of 3 regions and 33 councils, planned by the cycle with
 * the cost rule: it converges in a few rounds to a plan in material balance whose hours are
 * the Leontief figure of its final demand, and — since that final demand is the year's — the
 * ONS labour figure of 2019 in hours.
 */
class UkPlanningTest {
  private static OnsTables tables;
  private static EconomySplit.Split split;

  @BeforeAll
  static void read() {
    tables = OnsTables.read(SharedData.resolve("ons-ioat-2019"));
    split = UkFederation.split(tables, 1);
  }

  @Test
  void theFederationHasThreeRegionsAndAboutThirtyCouncils() {
    assertEquals(3, split.frame().regionCount());
    assertEquals(21, split.producers().size(), "7 sectors × 3 regions");
    assertEquals(12, split.consumers().size());
    long people = split.consumers().stream().mapToLong(c -> c.members()).sum();
    assertEquals(66_796_807, people, "the UK's mid-2019 population");
    int workers = split.producers().stream().mapToInt(p -> p.members()).sum();
    assertTrue(workers > 25_000_000 && workers < 40_000_000, "workers: " + workers);
  }

  @Test
  void theCycleConvergesInAFewRoundsToABalancedPlan() {
    UkPlanning.Result result = UkPlanning.run(split, new double[split.frame().productCount()]);
    assertTrue(result.outcome().converged(), "rounds: " + result.outcome().roundCount());
    assertTrue(result.outcome().roundCount() <= 15, "rounds: " + result.outcome().roundCount());
    Tally tally = result.tally();
    double epsilon = UkPlanning.EPSILON;
    for (int p = 0; p < split.frame().productCount(); p++) {
      double used = tally.intermediate()[p] + tally.consumption()[p] + tally.publicDemand()[p];
      assertTrue(tally.supply()[p] >= used - epsilon * tally.supply()[p],
          split.frame().products().get(p) + ": output " + tally.supply()[p] + " < use " + used);
      // Each excess within ε leaves the output within about ε / (1 − ρ(A)) of the balanced one.
      assertEquals(split.balancedOutput()[p], tally.supply()[p], 5 * epsilon * split.balancedOutput()[p]);
    }
    for (ProductionProposal proposal : result.outcome().plan().producers()) {
      assertTrue(proposal.hoursPerMember() <= UkFederation.MAX_HOURS_PER_MEMBER, proposal.council());
    }
    assertEquals(result.leontiefHours(), tally.hoursWorked(), epsilon * tally.hoursWorked(),
        "the plan's hours are the Leontief figure of its final demand");
    assertEquals(tally.hoursOffered(), tally.hoursWorked(), epsilon * tally.hoursWorked(),
        "hours offered = hours worked (Walras)");
  }

  @Test
  void thePlanTakesTheOnsLabourOf2019InHours() {
    UkPlanning.Result result = UkPlanning.run(split, new double[split.frame().productCount()]);
    InputOutputSystem ons = tables.economy().primarySystem();
    double wages = LeontiefSolver.defaults().grossOutput(ons, tables.totalFinalDemand()).dot(ons.labourVector());
    double hours = wages * 1e6 / UkFederation.POUNDS_PER_HOUR;
    assertEquals(hours, split.hours(), 1e-9 * hours, "the split keeps the table's labour exactly");
    assertEquals(hours, result.tally().hoursWorked(), UkPlanning.EPSILON * hours);
  }

  /**
   * The federation of the demo's record, each neighbourhood member standing for 334,000 people,
   * with every public project of the budget: it converges too, and its per-member figures are
   * the national ones per person.
   */
  @Test
  void theRecordsFederationPlansAtItsScaleWithTheBudgetsProjects() {
    EconomySplit.Split small = UkFederation.split(tables, UkFederation.RECORD_PEOPLE_PER_MEMBER);
    long people = small.consumers().stream().mapToLong(c -> c.members()).sum();
    assertTrue(people > 150 && people < 250, "neighbourhood members: " + people);
    assertTrue(UkFederation.members(small).values().stream().allMatch(m -> m >= UkFederation.MIN_MEMBERS));
    assertEquals(split.consumers().getFirst().hoursPerMember(), small.consumers().getFirst().hoursPerMember(),
        1e-9 * split.consumers().getFirst().hoursPerMember(), "hours offered per person are the UK's");
    UkPlanning.Result result = UkPlanning.run(small, UkProjects.publicDemand(small,
        UkProjects.PROJECTS.stream().map(UkProjects.Project::id).toList()));
    assertTrue(result.outcome().converged(), "rounds: " + result.outcome().roundCount());
    assertTrue(result.outcome().roundCount() <= 15, "rounds: " + result.outcome().roundCount());
    assertEquals(result.leontiefHours(), result.tally().hoursWorked(), UkPlanning.EPSILON * result.leontiefHours());
    double projects = UkProjects.PROJECTS.stream().mapToLong(UkProjects.Project::cost).sum() * small.spec().scale();
    assertEquals(projects, sum(result.publicDemand()) - sum(small.publicDemand()), 1e-9 * projects);
  }

  private static double sum(double[] values) {
    return java.util.Arrays.stream(values).sum();
  }
}
