package org.serge.council.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.serge.council.CouncilKind;
import org.serge.council.mandate.FederationScene;
import org.serge.planning.cycle.Cycle;
import org.serge.planning.cycle.ProductionProposal;
import org.serge.planning.cycle.Round;
import org.serge.planning.cycle.Tally;
import org.serge.planning.cycle.Technology;
import org.serge.planning.solve.LeontiefSolver;

/**
 * Simulated councils of two consuming regions (farm in south, town in north) revise through the same
 * actions as real ones until the round converges under a binding CO2 budget: the plan balances every
 * product, keeps the budget, takes the Leontief labour of its technology and final demand, and is
 * recomputed bit for bit from the record.
 */
class SimulatedRoundTest {
  private static final double EPSILON = 1e-6;
  private static final double CO2 = 8;

  @Test
  void simulatedCouncilsConvergeToABalancedPlanWithinItsLimits() {
    RoundScene s = new RoundScene();
    FederationScene.council(s.scene, "town", CouncilKind.NEIGHBOURHOOD, "north", List.of("zed"));
    RoundSpec spec = new RoundSpec("Plan", "2027", RoundScene.spec().products(),
        List.of(new RoundSpec.Resource("co2", CO2)), 60, Map.of("mail", 2.0), List.of(), EPSILON, 60, "cost");
    String round = s.open(spec);
    s.scene.act("gus", new ProposeProduction(round, "docks", "grain", 40, Map.of(), 20, Map.of("co2", 8.0),
        Double.POSITIVE_INFINITY));
    s.rail(round, 40);
    s.post(round, 10);
    int closed = RoundSimulation.run(s.scene.record, round, "bob", 7, 60, s.scene.clock);
    PlanningRound r = s.read(p -> p.rounds.find(round).orElseThrow());
    assertEquals("deciding", r.status(), "converged after " + closed + " iterations");
    String plan = s.read(p -> PlanningRounds.plans(p, round).getLast().id());
    s.approve(plan);

    PlanningRounds.RecordedPlan recorded = s.read(p -> PlanningRounds.recorded(p, plan));
    Round last = recorded.rounds().getLast();
    Tally tally = last.tally();
    for (int i = 0; i < tally.supply().length; i++) {
      assertTrue(Math.abs(tally.excess()[i]) <= EPSILON * tally.supply()[i], "product " + i + " balances");
    }
    assertTrue(tally.resourceUse()[0] <= CO2 * (1 + EPSILON), "the CO2 budget holds: " + tally.resourceUse()[0]);
    assertTrue(last.prices().resources()[0] > 0, "and binds, at a premium");
    assertEquals(List.of("farm", "town"), recorded.proposals().consumers().stream().map(d -> d.council()).toList());
    assertEquals(List.of("south", "north"), recorded.councils().subList(0, 2).stream()
        .map(PlanningRounds.PlanCouncil::region).toList(), "two regions consume; trade: south eats north's bread");
    List<ProductionProposal> producers = recorded.proposals().producers();
    Technology technology = Technology.of(recorded.frame(), producers);
    double leontief = LeontiefSolver.defaults().grossOutput(technology.system(), tally.finalDemand())
        .dot(technology.labour());
    assertEquals(leontief, tally.hoursWorked(), 1e-5 * leontief, "labour: the Leontief figure");

    Cycle.Replay again = s.read(p -> PlanningRounds.replay(p, round));
    assertEquals(recorded.rounds().size(), again.rounds().size());
    for (int k = 0; k < again.rounds().size(); k++) {
      assertTrue(java.util.Arrays.equals(recorded.rounds().get(k).prices().products(),
          again.rounds().get(k).prices().products()), "round " + k + " bit for bit");
    }
    s.scene.assertReplayMatches();
  }
}
