package org.serge.planning.report;

import java.util.List;
import java.util.Map;
import org.serge.planning.cycle.CycleSettings;
import org.serge.planning.cycle.DemandProposal;
import org.serge.planning.cycle.Frame;
import org.serge.planning.cycle.PriceRule;
import org.serge.planning.cycle.Prices;
import org.serge.planning.cycle.ProductionProposal;
import org.serge.planning.cycle.Proposals;
import org.serge.planning.cycle.Round;
import org.serge.planning.cycle.Tally;

/**
 * A plan small enough to check by hand: bread and steel, a bakery (2 workers, 20 hours, at
 * its capacity of 10 loaves, 1 steel in, 2 CO2) and a mill (1 worker, 10 hours, 5 steel,
 * 8 CO2); neighbourhoods north (4 members, 5 hours each: 6 bread, 2 steel) and south
 * (2 members, 5 hours each: 4 bread, 1 steel); a park taking 1 steel; CO2 budget 10, at most
 * 12 hours a member; prices bread 2.5, steel 2, CO2 premium 0.5. Targets: 12 bread, 4 steel.
 * Events: 1 budget, 2 opening, 3 round 1, 4–7 the proposals, 8 round 2, 9 minority report,
 * 10 approval. With two regions, bread and the bakery and north are in "east", steel, the
 * mill and south in "west".
 */
public final class HandPlan {
  public static final Source BUDGET = new Source(1, "budget.counted", "park funded");
  public static final Source OPENING = new Source(2, "round.opened", "round opened");
  public static final Source ROUND_1 = new Source(3, "round.iterated", "round 1");
  public static final Source BAKERY = new Source(4, "round.proposed", "bakery's proposal");
  public static final Source MILL = new Source(5, "round.proposed", "mill's proposal");
  public static final Source NORTH = new Source(6, "round.proposed", "north's proposal");
  public static final Source SOUTH = new Source(7, "round.proposed", "south's proposal");
  public static final Source ROUND_2 = new Source(8, "round.iterated", "round 2");
  public static final Source DISSENT = new Source(9, "minority-report.attached", "minority report");
  public static final Source APPROVAL = new Source(10, "plan.approved", "plan approved");

  private HandPlan() {}

  public static PlanReportInput input(boolean twoRegions) {
    List<String> regions = twoRegions ? List.of("east", "west") : List.of("federation");
    int west = twoRegions ? 1 : 0;
    Frame frame = new Frame(List.of("bread", "steel"), new int[] {0, west}, regions, List.of("co2"),
        new double[] {10}, 12);
    Proposals plan = new Proposals(
        List.of(new DemandProposal("north", 0, 4, 5, new double[] {6, 2}),
            new DemandProposal("south", west, 2, 5, new double[] {4, 1})),
        List.of(new ProductionProposal("bakery", 2, 0, 10, new double[] {0, 1}, 20, new double[] {2}, 10),
            new ProductionProposal("mill", 1, 1, 5, new double[] {0, 0}, 10, new double[] {8},
                Double.POSITIVE_INFINITY)),
        new double[] {0, 1});
    Prices first = new Prices(new double[] {1, 1}, new double[] {0}, 1);
    Prices prices = new Prices(new double[] {2.5, 2}, new double[] {0.5}, 1);
    CycleSettings settings = CycleSettings.of(PriceRule.Kind.COST).withThreads(1);
    List<Round> rounds = List.of(
        new Round(1, first, null, Tally.of(frame, plan, first), false, 0),
        new Round(2, prices, plan, Tally.of(frame, plan, prices), true, 0));
    List<PlanReportInput.Council> councils = List.of(
        new PlanReportInput.Council("north", "North End", PlanReportInput.Kind.NEIGHBOURHOOD, 0, 4),
        new PlanReportInput.Council("south", "South Side", PlanReportInput.Kind.NEIGHBOURHOOD, west, 2),
        new PlanReportInput.Council("bakery", "The Bakery", PlanReportInput.Kind.WORKPLACE, 0, 2),
        new PlanReportInput.Council("mill", "Steel Mill", PlanReportInput.Kind.WORKPLACE, west, 1));
    PlanReportInput.Provenance provenance = new PlanReportInput.Provenance(OPENING, List.of(ROUND_1, ROUND_2),
        Map.of("bakery", BAKERY, "mill", MILL, "north", NORTH, "south", SOUTH), APPROVAL,
        List.of(new PlanReportInput.MinorityReport("member:ana", "Too little bread <for> the north & south.",
            DISSENT)));
    return new PlanReportInput("plan-1", "Bread & steel", "week 1", frame, settings,
        PlanReportInput.Objectives.of(frame, new double[] {12, 4}), rounds, plan, councils,
        List.of(new PlanReportInput.PublicGood("park", new double[] {0, 1}, BUDGET)), provenance);
  }
}
