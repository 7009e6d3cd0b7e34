package org.serge.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.serge.SharedData;
import org.serge.council.MemoryRecord;
import org.serge.council.Replayer;
import org.serge.council.planning.PlanReportInputs;
import org.serge.council.planning.PlanningRounds;
import org.serge.formats.ConstitutionFile;
import org.serge.formats.OnsTables;
import org.serge.planning.cycle.Cycle;
import org.serge.planning.cycle.EconomySplit;
import org.serge.planning.cycle.Tally;
import org.serge.planning.report.PlanReport;
import org.serge.planning.report.PlanReportInput;
import org.serge.record.SigningKey;

/**
 * The whole demo on one record: the federation's councils elect their delegates, decide the
 * plan's objectives and a budget, then plan the UK 2019 economy through planning-round actions
 * until an iteration converges; the assembly approves the plan with a minority report. The
 * plan recomputed from the record balances, takes the Leontief hours of its final demand, and
 * every council's proposal and iteration is cited by the plan report; replaying the log gives
 * the same tables.
 */
class PlanningOnRecordTest {
  @Test
  void theCouncilsPlanTheUkOnTheRecordAndTheAssemblyApprovesIt() throws Exception {
    var constitution = ConstitutionFile.read(java.nio.file.Path.of("examples/uk-federation.yaml"));
    EconomySplit.Split split = UkFederation.split(OnsTables.read(SharedData.resolve("ons-ioat-2019")),
        UkFederation.RECORD_PEOPLE_PER_MEMBER);
    try (MemoryRecord record = MemoryRecord.open("demo", SigningKey.generate(), Clock.systemUTC())) {
      GovernanceDemo.Result councils = GovernanceDemo.run(record, constitution, UkFederation.members(split));
      PlanningOnRecord.Outcome planned = PlanningOnRecord.run(record, councils, split);
      assertTrue(planned.iterations() <= 15, "iterations: " + planned.iterations());
      assertEquals("adopted", planned.decision().decision().outcome());
      assertEquals(1, planned.decision().attached().size(), "the minority report goes with the plan");
      PlanningRounds.RecordedPlan recorded = record.read(p -> PlanningRounds.recorded(p, planned.plan()));
      assertEquals("approved", recorded.plan().status());
      assertTrue(recorded.rounds().getLast().converged());
      Tally tally = recorded.rounds().getLast().tally();
      for (int p = 0; p < recorded.frame().productCount(); p++) {
        assertTrue(tally.excess()[p] <= UkPlanning.EPSILON * tally.supply()[p], recorded.frame().products().get(p));
      }
      UkPlanning.Result checked = UkPlanning.of(split, recorded.proposals().publicDemand(), new Cycle.Outcome(
          recorded.frame(), true, recorded.rounds(), recorded.proposals(), null));
      assertEquals(checked.leontiefHours(), tally.hoursWorked(), UkPlanning.EPSILON * tally.hoursWorked());
      double projects = UkProjects.PROJECTS.stream().filter(x -> councils.budget().selected().contains(x.id()))
          .mapToLong(UkProjects.Project::cost).sum() * split.spec().scale();
      double stated = java.util.Arrays.stream(split.publicDemand()).sum();
      assertEquals(stated + projects, java.util.Arrays.stream(tally.publicDemand()).sum(), 1e-9 * stated,
          "the selected projects are public demand");
      PlanReportInput input = record.read(p -> PlanReportInputs.of(p, planned.plan()));
      assertEquals(33, input.provenance().proposals().size(), "every council's proposal is cited");
      PlanReport report = PlanReport.of(input);
      assertTrue(report.converged());
      assertEquals(1, report.minorityReports().size());
      assertEquals(councils.budget().selected().size(), input.publicGoods().size(), "the selected projects, cited");
      var replayed = Replayer.replay(record.events(1));
      for (var table : replayed.tables()) {
        int live = record.read(p -> p.tables().stream().filter(t -> t.name().equals(table.name())).findFirst()
            .orElseThrow().size());
        assertEquals(live, table.size(), table.name());
      }
    }
  }
}
