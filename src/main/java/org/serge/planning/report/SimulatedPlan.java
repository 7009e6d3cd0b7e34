package org.serge.planning.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.serge.planning.cycle.CobbDouglasConsumer;
import org.serge.planning.cycle.CobbDouglasProducer;
import org.serge.planning.cycle.Cycle;
import org.serge.planning.cycle.CycleSettings;
import org.serge.planning.cycle.DemandProposal;
import org.serge.planning.cycle.Frame;
import org.serge.planning.cycle.PriceRule;
import org.serge.planning.cycle.ProductionProposal;
import org.serge.planning.cycle.SimulatedEconomy;

/**
 * A plan report's input from a simulated cycle ({@link SimulatedEconomy} and {@link
 * Cycle#simulate}), for tests, the demo and trying the renderers before a plan is on the
 * record. The councils are split among regions round-robin (product i is made in region
 * i mod regions, consumer council c lives in region c mod regions), one participatory budget
 * project asks for 2% of the hours offered in each of the first two products, and that
 * public demand is the stated target. There is no record, so the events are numbered as a
 * record of the cycle would hold them (labelled "simulated"): 1 the budget's count, 2 the
 * opening, one {@code round.iterated} per round with the councils' proposals of the last round
 * just before its iteration, then a minority report and the approval.
 */
public final class SimulatedPlan {
  private static final String SIMULATED = " (simulated)";

  private SimulatedPlan() {}

  /**
   * Simulates the cycle and returns the report's input.
   *
   * @param regions regions (≥ 1); every region gets at least one product when products ≥ regions
   */
  public static PlanReportInput input(String planId, int consumers, int producers, int products, int regions,
      long seed) {
    if (regions < 1 || regions > products || regions > consumers) {
      throw new IllegalArgumentException("need 1 ≤ regions ≤ products and ≤ consumer councils");
    }
    SimulatedEconomy economy = SimulatedEconomy.generate(consumers, producers, products, seed);
    Frame frame = regional(economy.frame(), regions);
    List<CobbDouglasConsumer> people = new ArrayList<>();
    for (int c = 0; c < economy.consumers().size(); c++) {
      CobbDouglasConsumer consumer = economy.consumers().get(c);
      people.add(new CobbDouglasConsumer(consumer.id(), c % regions, consumer.members(), consumer.hoursPerMember(),
          consumer.products(), consumer.shares()));
    }
    double offered = people.stream().mapToDouble(c -> c.members() * c.hoursPerMember()).sum();
    double[] publicDemand = new double[products];
    publicDemand[0] = 0.02 * offered;
    publicDemand[1] = 0.02 * offered;
    CycleSettings settings = CycleSettings.of(PriceRule.Kind.EXCESS).withThreads(1);
    Cycle.Outcome outcome = Cycle.of(frame, settings).simulate(people, economy.producers(), publicDemand);

    long seq = 1;
    Source budget = new Source(seq++, "budget.counted", "participatory budget counted" + SIMULATED);
    Source opening = new Source(seq++, "round.opened", "planning round " + planId + " opened" + SIMULATED);
    List<Source> iterations = new ArrayList<>();
    for (int r = 1; r < outcome.roundCount(); r++) {
      iterations.add(new Source(seq++, "round.iterated", "round " + r + " closed" + SIMULATED));
    }
    Map<String, Source> proposals = new HashMap<>();
    for (DemandProposal proposal : outcome.plan().consumers()) {
      proposals.put(proposal.council(), new Source(seq++, "round.proposed",
          "demand proposal of " + proposal.council() + SIMULATED));
    }
    for (ProductionProposal proposal : outcome.plan().producers()) {
      proposals.put(proposal.council(), new Source(seq++, "round.proposed",
          "production proposal of " + proposal.council() + SIMULATED));
    }
    iterations.add(new Source(seq++, "round.iterated", "round " + outcome.roundCount() + " closed" + SIMULATED));
    Source dissent = new Source(seq++, "minority-report.attached", "minority report on the plan" + SIMULATED);
    Source approval = new Source(seq, "plan.approved", "plan " + planId + " approved" + SIMULATED);
    List<PlanReportInput.MinorityReport> minority = List.of(new PlanReportInput.MinorityReport("consumers-0",
        "The plan leaves too little of " + frame.products().get(0) + " for households.", dissent));
    PlanReportInput.Provenance provenance = new PlanReportInput.Provenance(opening, iterations, proposals, approval,
        minority);
    return new PlanReportInput(planId, "Simulated plan " + planId, "one week" + SIMULATED, frame, settings,
        PlanReportInput.Objectives.of(frame, publicDemand), outcome.rounds(), outcome.plan(),
        councils(people, economy.producers(), frame),
        List.of(new PlanReportInput.PublicGood("community centre", publicDemand, budget)), provenance);
  }

  private static Frame regional(Frame frame, int regions) {
    int[] productRegion = new int[frame.productCount()];
    List<String> codes = new ArrayList<>();
    for (int r = 0; r < regions; r++) {
      codes.add("region-" + (r + 1));
    }
    for (int i = 0; i < productRegion.length; i++) {
      productRegion[i] = i % regions;
    }
    return new Frame(frame.products(), productRegion, codes, frame.resources(), frame.resourceLimits(),
        frame.maxHoursPerMember());
  }

  private static List<PlanReportInput.Council> councils(List<CobbDouglasConsumer> consumers,
      List<CobbDouglasProducer> producers, Frame frame) {
    List<PlanReportInput.Council> councils = new ArrayList<>();
    for (CobbDouglasConsumer consumer : consumers) {
      councils.add(new PlanReportInput.Council(consumer.id(), "Neighbourhood " + consumer.id(),
          PlanReportInput.Kind.NEIGHBOURHOOD, consumer.region(), consumer.members()));
    }
    for (CobbDouglasProducer producer : producers) {
      councils.add(new PlanReportInput.Council(producer.id(), "Workplace " + producer.id(),
          PlanReportInput.Kind.WORKPLACE, frame.region(producer.product()), producer.members()));
    }
    return councils;
  }
}
