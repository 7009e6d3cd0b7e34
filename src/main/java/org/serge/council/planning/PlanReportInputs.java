package org.serge.council.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Polity;
import org.serge.council.deliberation.MinorityReport;
import org.serge.council.deliberation.MinorityReportWritten;
import org.serge.council.deliberation.Shown;
import org.serge.council.election.BudgetCounted;
import org.serge.council.election.BudgetProject;
import org.serge.council.election.BudgetRound;
import org.serge.council.election.Elections;
import org.serge.planning.cycle.Frame;
import org.serge.planning.report.PlanReportInput;
import org.serge.planning.report.Source;

/**
 * The plan report's input for a plan on the record ({@link PlanningRounds#recorded}): the round's
 * frame, settings and objectives, every iteration recomputed from the log, the plan, its councils,
 * the participatory budgets' projects that entered it as public demand, and for each piece the event
 * it came from. Reads a polity; call it under the record's read lock.
 */
public final class PlanReportInputs {
  private PlanReportInputs() {}

  /** The report's input for plan {@code planId}; an {@code InvalidInputException} when there is none. */
  public static PlanReportInput of(Polity polity, String planId) {
    PlanningRounds.RecordedPlan recorded = PlanningRounds.recorded(polity, planId);
    PlanningRound round = recorded.round();
    Frame frame = recorded.frame();
    RoundSpec spec = Rounds.spec(round);
    PlanningRounds.Provenance from = recorded.provenance();
    List<Source> iterations = new ArrayList<>();
    List<Long> seqs = from.iterations();
    for (int i = 1; i < seqs.size(); i++) { // iteration 0 states the opening proposals; rounds are 1 … n
      iterations.add(new Source(seqs.get(i), RoundIterated.TYPE, "iteration " + i + " of round " + round.id()));
    }
    Map<String, Source> proposals = new LinkedHashMap<>();
    from.proposals().forEach((council, seq) ->
        proposals.put(council, new Source(seq, RoundProposed.TYPE, "proposal of " + council)));
    Source approval = from.approval() == null ? null
        : new Source(from.approval(), PlanDecided.APPROVED, "plan " + planId + " approved by the assembly");
    PlanReportInput.Provenance provenance = new PlanReportInput.Provenance(
        new Source(round.seq(), RoundOpened.TYPE, "round " + round.id() + " opened"), iterations, proposals, approval,
        minorityReports(from), new Source(seqs.getFirst(), RoundIterated.TYPE, "iteration 0 of round " + round.id()
            + ": the first prices"));
    // The federation's own targets are the public demand it stated (with the budgets' projects);
    // what the councils asked for is theirs, and the report shows it under "for whom".
    double[] targets = Rounds.publicDemand(round, frame).clone();
    return new PlanReportInput(planId, spec.title(), spec.period(), frame, recorded.settings(),
        PlanReportInput.Objectives.of(frame, targets), recorded.rounds(), recorded.proposals(),
        councils(recorded, frame), publicGoods(polity, spec, frame), provenance);
  }

  private static List<PlanReportInput.Council> councils(PlanningRounds.RecordedPlan recorded, Frame frame) {
    return recorded.councils().stream().map(c -> new PlanReportInput.Council(c.id(), c.name(),
        c.kind().equals("workplace") ? PlanReportInput.Kind.WORKPLACE : PlanReportInput.Kind.NEIGHBOURHOOD,
        frame.regions().indexOf(c.region()), c.members())).toList();
  }

  /** The minority reports attached to the assembly's decision on the plan, shown or hidden (the report says which). */
  private static List<PlanReportInput.MinorityReport> minorityReports(PlanningRounds.Provenance from) {
    if (from.decision() == null) {
      return List.of();
    }
    List<PlanReportInput.MinorityReport> reports = new ArrayList<>();
    for (Shown<MinorityReport> shown : from.decision().attached()) {
      MinorityReport r = shown.content();
      String text = shown.isHidden() ? "[hidden by a moderator: " + shown.reason() + "] " + r.text() : r.text();
      reports.add(new PlanReportInput.MinorityReport(r.author(), r.title() + ": " + text,
          new Source(r.seq(), MinorityReportWritten.TYPE, "minority report " + r.id())));
    }
    return reports;
  }

  /** The selected PB projects the round maps to product quantities, each from its budget's count. */
  private static List<PlanReportInput.PublicGood> publicGoods(Polity polity, RoundSpec spec, Frame frame) {
    Map<String, Integer> index = frame.productIndex();
    List<PlanReportInput.PublicGood> goods = new ArrayList<>();
    for (RoundSpec.Budgeted b : spec.budgets()) {
      BudgetRound budget = polity.budgetRounds.find(b.round()).orElse(null);
      if (budget == null || budget.closedSeq() == null) {
        continue;
      }
      for (BudgetProject project : Elections.projects(polity, b.round())) {
        if (project.project().equals(b.project()) && project.selected() != null) {
          double[] quantities = new double[frame.productCount()];
          b.quantities().forEach((code, q) -> quantities[index.get(code)] += q);
          goods.add(new PlanReportInput.PublicGood(project.name(), quantities,
              new Source(budget.closedSeq(), BudgetCounted.TYPE, budget.title() + " selected " + project.name())));
        }
      }
    }
    return goods;
  }
}
