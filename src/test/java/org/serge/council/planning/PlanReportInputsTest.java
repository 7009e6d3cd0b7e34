package org.serge.council.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.serge.InvalidInputException;
import org.serge.council.deliberation.WriteMinorityReport;
import org.serge.planning.report.PlanReport;
import org.serge.planning.report.PlanReportInput;
import org.serge.planning.report.Source;
import org.serge.record.Event;

/** The plan report of a plan on the record: every source is an event of the log of the type it says. */
class PlanReportInputsTest {
  private final RoundScene s = new RoundScene();

  @Test
  void theReportOfAnApprovedPlanTracesEveryFigureToItsEvent() {
    String plan = s.balancedPlan(s.open(RoundScene.spec()));
    String decision = s.approve(plan);
    s.scene.act("max", new WriteMinorityReport(decision, "Mail first", "Post needs more hands than this."));

    PlanReportInput input = s.read(p -> PlanReportInputs.of(p, plan));
    PlanReport report = PlanReport.of(input);
    Map<Long, Event> log = s.scene.record.events(1).collect(Collectors.toMap(Event::seq, Function.identity()));
    for (Source source : report.events()) {
      Event event = log.get(source.seq());
      assertNotNull(event, "no event " + source.seq());
      assertEquals(event.type(), source.type(), source.label());
    }
    assertTrue(report.figures().stream().allMatch(f -> !f.sources().isEmpty()), "every figure has a source");
    assertEquals(1, input.rounds().size(), "iteration 1 (iteration 0 prices the opening)");
    assertEquals(PlanDecided.APPROVED, input.provenance().approval().type());
    assertEquals(1, report.minorityReports().size());
    assertTrue(report.minorityReports().getFirst().text().contains("Post needs more hands"));
    assertEquals(5, input.objectives().targets()[2], "the public's 5 mail");
    assertEquals(60, input.objectives().maxHoursPerMember());
    assertTrue(report.balances());
  }

  @Test
  void aPlanThatIsNotOnTheRecordIsNamed() {
    assertThrows(InvalidInputException.class, () -> s.read(p -> PlanReportInputs.of(p, "pl-999")));
  }
}
