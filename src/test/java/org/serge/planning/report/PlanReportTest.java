package org.serge.planning.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The figures of {@link HandPlan}, checked against the hand computation. */
class PlanReportTest {
  private static final double EXACT = 1e-12;
  private final PlanReport report = PlanReport.of(HandPlan.input(false));

  @Test
  void hoursPerMemberShareAndFreeTimeByWhom() {
    ByWhom.Producer bakery = report.byWhom().producers().get(0);
    assertEquals("bakery", bakery.council().id());
    assertEquals("bread", bakery.product());
    assertEquals(10, bakery.output().value());
    assertEquals(20, bakery.hours().value());
    assertEquals(10, bakery.hoursPerMember().value());
    assertEquals(2.0 / 3, bakery.shareOfHours().value(), EXACT);
    assertEquals(2, bakery.freeTimePerMember().value());
    assertTrue(bakery.atCapacity());
    assertEquals(List.of("steel"), bakery.inputs().stream().map(Figure::product).toList());
    ByWhom.Producer mill = report.byWhom().producers().get(1);
    assertEquals(1.0 / 3, mill.shareOfHours().value(), EXACT);
    assertFalse(mill.atCapacity());
    assertEquals(30, report.byWhom().hoursWorked().value());
    assertEquals(30, report.byWhom().hoursOffered().value());
    assertEquals(List.of(HandPlan.BAKERY), bakery.hours().sources());
    assertEquals(List.of(HandPlan.OPENING, HandPlan.BAKERY), bakery.freeTimePerMember().sources());
  }

  @Test
  void consumptionPerPersonAndPublicGoodsForWhom() {
    ForWhom.Consumer north = report.forWhom().consumers().get(0);
    assertEquals(19, north.value().value(), EXACT);
    assertEquals(4.75, north.valuePerMember().value(), EXACT);
    assertEquals(List.of(1.5, 0.5), north.perMember().stream().map(Figure::value).toList());
    assertEquals(7, north.freeTimePerMember().value());
    ForWhom.Consumer south = report.forWhom().consumers().get(1);
    assertEquals(6, south.valuePerMember().value(), EXACT);
    // The value per member was priced at the prices round 1 published.
    assertEquals(List.of(HandPlan.ROUND_1, HandPlan.SOUTH), south.valuePerMember().sources());
    ForWhom.PublicGood park = report.forWhom().publicGoods().getFirst();
    assertEquals(2, park.value().value(), EXACT);
    assertEquals(List.of(HandPlan.BUDGET, HandPlan.ROUND_1), park.value().sources());
  }

  @Test
  void giniAndMedianWeightPersons() {
    // Σ w_i w_j |x_i − x_j| = 2·4·2·1.25 = 20; 2 W Σ w x = 2·6·31.
    Distribution d = report.forWhom().distribution();
    assertEquals(20.0 / 372, d.gini().value(), EXACT);
    assertEquals(4.75, d.min().value(), EXACT);
    assertEquals(4.75, d.median().value(), EXACT);
    assertEquals(6, d.max().value(), EXACT);
  }

  @Test
  void giniOfEqualValuesIsZeroAndOfOneHolderIsNearOne() {
    assertEquals(0, Distribution.gini(new double[] {3, 3, 3}, new double[] {1, 5, 2}), EXACT);
    assertEquals(0.75, Distribution.gini(new double[] {0, 0, 0, 8}, new double[] {1, 1, 1, 1}), EXACT);
    assertEquals(2, Distribution.median(new double[] {5, 1, 2}, new double[] {1, 1, 1}));
  }

  @Test
  void objectivesMetLimitsAndConvergenceToWhatEnd() {
    ToWhatEnd end = report.toWhatEnd();
    assertEquals(10.0 / 12, end.targets().get(0).fulfilment().value(), EXACT);
    assertFalse(end.targets().get(0).met());
    assertEquals(4, end.targets().get(1).planned().value());
    assertTrue(end.targets().get(1).met());
    assertEquals(0.5, end.targetsMet().value());
    assertEquals(10, end.hours().mostWorkedPerMember().value());
    assertEquals(5, end.hours().mostOfferedPerMember().value());
    assertTrue(end.hours().within());
    ToWhatEnd.Limit co2 = end.limits().getFirst();
    assertEquals(10, co2.used().value());
    assertEquals(0.5, co2.premium().value());
    assertTrue(co2.binding() && co2.within());
    assertTrue(end.convergence().converged());
    assertEquals(2, end.convergence().rounds().value());
    assertEquals(0, end.convergence().largestExcess().value());
    assertEquals(List.of(HandPlan.ROUND_2), end.convergence().largestExcessByRound().get(1).sources());
  }

  @Test
  void materialBalanceOfEveryProduct() {
    Balance steel = report.balance().get(1);
    assertEquals(5, steel.output().value());
    assertEquals(1, steel.intermediate().value());
    assertEquals(3, steel.consumption().value());
    assertEquals(1, steel.publicDemand().value());
    assertEquals(0, steel.surplus().value());
    assertTrue(report.balances());
  }

  @Test
  void aShortProductBreaksTheBalance() {
    PlanReportInput hand = HandPlan.input(false);
    double[] more = {7, 2};
    var consumers = List.of(new org.serge.planning.cycle.DemandProposal("north", 0, 4, 5, more),
        hand.plan().consumers().get(1));
    PlanReportInput shorter = withPlan(hand, new org.serge.planning.cycle.Proposals(consumers,
        hand.plan().producers(), hand.plan().publicDemand()));
    PlanReport short_ = PlanReport.of(shorter);
    assertEquals(-1, short_.balance().getFirst().surplus().value());
    assertFalse(short_.balance().getFirst().holds());
    assertFalse(short_.balances());
  }

  @Test
  void twoRegionsTradeAndRegionalDistribution() {
    PlanReport two = PlanReport.of(HandPlan.input(true));
    ForWhom.Region east = two.forWhom().regions().get(0);
    ForWhom.Region west = two.forWhom().regions().get(1);
    // East sells 4 bread (2.5) west, buys 1 steel for the bakery and 2 for north (2 each).
    assertEquals(10, east.exports().value(), EXACT);
    assertEquals(6, east.imports().value(), EXACT);
    assertEquals(east.exports().value(), west.imports().value(), EXACT);
    assertEquals(4, east.members().value());
    assertEquals(4.75, east.meanValuePerMember().value(), EXACT);
    assertEquals(0, west.distribution().gini().value());
    assertEquals(List.of("bread east→west 4.0", "steel west→east 3.0"), two.forWhom().trade().stream()
        .map(f -> f.product() + " " + f.from() + "→" + f.to() + " " + f.units().value()).toList());
    assertEquals(20.0 / 372, two.forWhom().distribution().gini().value(), EXACT);
  }

  @Test
  void everyFigureHasASourceAndEveryEventIsListedOnce() {
    assertTrue(report.figures().size() > 40);
    List<Long> seqs = report.events().stream().map(Source::seq).toList();
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), seqs);
    for (Figure figure : report.figures()) {
      assertTrue(seqs.containsAll(figure.sources().stream().map(Source::seq).toList()), figure.toString());
    }
    assertEquals(HandPlan.APPROVAL, report.approval());
  }

  @Test
  void flowsAreValuedAtThePlansPrices() {
    Flow bakery = report.flows().getFirst();
    assertEquals("bakery", bakery.from());
    assertEquals("bread", bakery.to());
    assertEquals(25, bakery.value().value(), EXACT);
    double used = report.flows().stream().filter(f -> f.stage() == 1).mapToDouble(f -> f.value().value()).sum();
    double made = report.flows().stream().filter(f -> f.stage() == 0).mapToDouble(f -> f.value().value()).sum();
    assertEquals(made, used, EXACT);
  }

  @Test
  void noTargetsNoShareMet() {
    PlanReportInput hand = HandPlan.input(false);
    PlanReportInput none = new PlanReportInput(hand.planId(), hand.title(), hand.period(), hand.frame(),
        hand.settings(), PlanReportInput.Objectives.of(hand.frame(), new double[2]), hand.rounds(), hand.plan(),
        hand.councils(), hand.publicGoods(), hand.provenance());
    assertNull(PlanReport.of(none).toWhatEnd().targetsMet());
  }

  @Test
  void aProposalWithoutItsEventIsRefused() {
    PlanReportInput hand = HandPlan.input(false);
    PlanReportInput.Provenance p = hand.provenance();
    PlanReportInput missing = new PlanReportInput(hand.planId(), hand.title(), hand.period(), hand.frame(),
        hand.settings(), hand.objectives(), hand.rounds(), hand.plan(), hand.councils(), hand.publicGoods(),
        new PlanReportInput.Provenance(p.opening(), p.iterations(), Map.of("bakery", HandPlan.BAKERY),
            p.approval(), p.minorityReports()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlanReport.of(missing));
    assertTrue(e.getMessage().contains("mill"), e.getMessage());
  }

  @Test
  void aPlanOfOneRoundIsPricedByTheEventOfTheFirstPrices() {
    PlanReportInput hand = HandPlan.input(false);
    PlanReportInput.Provenance p = hand.provenance();
    Source first = new Source(3, "round.iterated", "iteration 0: the opening proposals priced");
    PlanReportInput single = new PlanReportInput(hand.planId(), hand.title(), hand.period(), hand.frame(),
        hand.settings(), hand.objectives(), hand.rounds().subList(1, 2), hand.plan(), hand.councils(),
        hand.publicGoods(), new PlanReportInput.Provenance(p.opening(), List.of(HandPlan.ROUND_2), p.proposals(),
            p.approval(), p.minorityReports(), first));
    ForWhom.Consumer south = PlanReport.of(single).forWhom().consumers().get(1);
    assertEquals(List.of(first, HandPlan.SOUTH), south.valuePerMember().sources());
    PlanReportInput.Provenance opened = new PlanReportInput.Provenance(p.opening(), List.of(HandPlan.ROUND_2),
        p.proposals(), p.approval(), p.minorityReports());
    assertEquals(HandPlan.OPENING, opened.firstPrices());
  }

  @Test
  void objectivesOfAnotherFrameAreRefused() {
    PlanReportInput hand = HandPlan.input(false);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PlanReportInput(
        hand.planId(), hand.title(), hand.period(), hand.frame(), hand.settings(),
        PlanReportInput.Objectives.of(hand.frame(), new double[3]), hand.rounds(), hand.plan(), hand.councils(),
        hand.publicGoods(), hand.provenance()));
    assertTrue(e.getMessage().contains("one entry per product"), e.getMessage());
  }

  private static PlanReportInput withPlan(PlanReportInput in, org.serge.planning.cycle.Proposals plan) {
    return new PlanReportInput(in.planId(), in.title(), in.period(), in.frame(), in.settings(), in.objectives(),
        in.rounds(), plan, in.councils(), in.publicGoods(), in.provenance());
  }
}
