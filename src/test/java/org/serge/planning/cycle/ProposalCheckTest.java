package org.serge.planning.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad proposals are refused, each naming its rule and council. */
class ProposalCheckTest {
  private static final Frame FRAME = Economies.frame(2).withMaxHoursPerMember(40)
      .withResources(List.of("co2"), new double[] {10});
  private static final Map<String, Integer> INDEX = FRAME.productIndex();

  @Test
  void aGoodDemandProposalIsTakenByProductCode() {
    DemandProposal proposal = ProposalCheck.demand(FRAME, INDEX, "hood", "hood", 0, 4, 35, Map.of("p1", 8.0));
    assertEquals(0, proposal.quantities()[0]);
    assertEquals(2, proposal.perMember(1));
  }

  @Test
  void aGoodProductionProposalIsTakenByCodes() {
    ProductionProposal proposal = ProposalCheck.production(FRAME, INDEX, "mill", "mill", 2, "p1", 5,
        Map.of("p0", 2.0), 30, Map.of("co2", 1.5), 10);
    assertEquals(1, proposal.product());
    assertEquals(2, proposal.inputs()[0]);
    assertEquals(1.5, proposal.resourceUse()[0]);
    assertRule(ProposalRefused.RULE_UNKNOWN_PRODUCT, () -> ProposalCheck.production(FRAME, INDEX, "mill", "mill", 2,
        "p1", 5, Map.of(), 30, Map.of("methane", 1.0), 10));
    assertRule(ProposalRefused.RULE_UNKNOWN_PRODUCT, () -> ProposalCheck.production(FRAME, INDEX, "mill", "mill", 2,
        "bread", 5, Map.of(), 30, Map.of(), 10));
  }

  @Test
  void anUnknownProductIsRefused() {
    assertRule(ProposalRefused.RULE_UNKNOWN_PRODUCT,
        () -> ProposalCheck.demand(FRAME, INDEX, "hood", "hood", 0, 4, 35, Map.of("caviar", 1.0)));
  }

  @Test
  void aNegativeQuantityIsRefused() {
    assertRule(ProposalRefused.RULE_NEGATIVE,
        () -> ProposalCheck.demand(FRAME, INDEX, "hood", "hood", 0, 4, 35, Map.of("p0", -1.0)));
    assertRule(ProposalRefused.RULE_NEGATIVE, () -> ProposalCheck.check(FRAME, "mill",
        new ProductionProposal("mill", 2, 0, 5, new double[] {0, Double.NaN}, 10, new double[] {1}, 10)));
  }

  @Test
  void hoursAboveTheLimitPerMemberAreRefused() {
    assertRule(ProposalRefused.RULE_HOURS,
        () -> ProposalCheck.demand(FRAME, INDEX, "hood", "hood", 0, 4, 41, Map.of("p0", 1.0)));
    assertRule(ProposalRefused.RULE_HOURS, () -> ProposalCheck.check(FRAME, "mill",
        new ProductionProposal("mill", 2, 0, 5, new double[2], 81, new double[] {1}, 10)));
  }

  @Test
  void aCouncilProposingForAnotherIsRefused() {
    assertRule(ProposalRefused.RULE_OWN_COUNCIL,
        () -> ProposalCheck.demand(FRAME, INDEX, "hood", "other-hood", 0, 4, 35, Map.of("p0", 1.0)));
    assertRule(ProposalRefused.RULE_OWN_COUNCIL, () -> ProposalCheck.check(FRAME, "hood",
        new ProductionProposal("mill", 2, 0, 5, new double[2], 10, new double[] {1}, 10)));
  }

  @Test
  void outputAboveOwnCapacityAndTwoProposalsFromOneCouncilAreRefused() {
    assertRule(ProposalRefused.RULE_CONSISTENT, () -> ProposalCheck.check(FRAME, "mill",
        new ProductionProposal("mill", 2, 0, 11, new double[2], 10, new double[] {1}, 10)));
    ProductionProposal mill = new ProductionProposal("mill", 2, 0, 5, new double[2], 10, new double[] {1}, 10);
    assertRule(ProposalRefused.RULE_ONE_PROPOSAL,
        () -> ProposalCheck.check(FRAME, new Proposals(List.of(), List.of(mill, mill), new double[2])));
  }

  @Test
  void aReplayRefusesABadRecordedProposal() {
    ProductionProposal mill = new ProductionProposal("mill", 2, 0, 5, new double[2], 10, new double[] {1}, 10);
    ProductionProposal farm = new ProductionProposal("farm", 2, 1, 5, new double[2], 10, new double[] {0}, 10);
    Proposals opening = new Proposals(List.of(), List.of(mill, farm), new double[2]);
    DemandProposal greedy = new DemandProposal("hood", 0, 1, 60, new double[] {1, 1});
    Cycle cycle = Cycle.of(FRAME, CycleSettings.of(PriceRule.Kind.COST));
    assertRule(ProposalRefused.RULE_HOURS,
        () -> cycle.replay(opening, List.of(new Proposals(List.of(greedy), List.of(mill, farm), new double[2]))));
  }

  @Test
  void aSimulatedCouncilProposingForAnotherIsRefused() {
    ConsumerCouncil impostor = new ConsumerCouncil() {
      @Override
      public String id() {
        return "hood";
      }

      @Override
      public DemandProposal propose(Frame frame, Prices prices, DemandProposal previous) {
        return new DemandProposal("other-hood", 0, 1, 10, new double[2]);
      }
    };
    List<ProducerCouncil> producers = Economies.leontief(new double[2][2], new double[] {1, 1}, new double[] {1, 0},
        Economies.unlimited(2));
    Cycle cycle = Cycle.of(FRAME, CycleSettings.of(PriceRule.Kind.COST));
    assertRule(ProposalRefused.RULE_OWN_COUNCIL, () -> cycle.simulate(List.of(impostor), producers, new double[2]));
    assertRule(ProposalRefused.RULE_ONE_PROPOSAL,
        () -> cycle.simulate(List.of(Economies.consumer("works-0", 1, 10, 1, 0)), producers, new double[2]));
  }

  private static void assertRule(String rule, org.junit.jupiter.api.function.Executable action) {
    ProposalRefused refused = assertThrows(ProposalRefused.class, action);
    assertEquals(rule, refused.rule());
    assertTrue(refused.getMessage().contains(rule), refused.getMessage());
  }

  @Test
  void byCodeKeepsTheNonZeroEntriesAndTheDemandReadsThemBack() {
    Frame frame = Frame.of(List.of("a", "b", "c"));
    Map<String, Double> submitted = ProposalCheck.byCode(frame.products(), new double[] {2, 0, 0.5});
    assertEquals(Map.of("a", 2.0, "c", 0.5), submitted);
    DemandProposal read = ProposalCheck.demand(frame, frame.productIndex(), "town", "town", 0, 1, 1, submitted);
    assertEquals(List.of(2.0, 0.0, 0.5), java.util.Arrays.stream(read.quantities()).boxed().toList());
  }
}
