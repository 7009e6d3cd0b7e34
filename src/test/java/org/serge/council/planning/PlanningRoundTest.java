package org.serge.council.planning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.serge.InvalidInputException;
import org.serge.council.deliberation.WriteMinorityReport;
import org.serge.council.election.CastBallot;
import org.serge.council.election.CloseBudgetRound;
import org.serge.council.election.OpenBudgetRound;
import org.serge.council.election.Receipts;
import org.serge.planning.cycle.Proposals;
import org.serge.planning.cycle.Round;
import org.serge.planning.cycle.Tally;
import org.serge.record.Event;

/**
 * The hand-solved economy of {@link RoundScene} planned through the record: opening prices are the
 * labour values, the councils revise to the balanced plan, the iteration converges, the assembly
 * approves the plan with a minority report, an amendment is recomputed and approved in its place,
 * and a replay gives the same tables.
 */
class PlanningRoundTest {
  private final RoundScene s = new RoundScene();

  @Test
  void theCouncilsReachTheBalancedPlanKnownByHandAndTheAssemblyApprovesIt() {
    String round = s.open(RoundScene.spec());
    s.docks(round, 50);
    s.rail(round, 80);
    s.post(round, 10);
    s.farm(round, 100, 20, 10);
    s.iterate(round);
    assertEquals("open", s.read(p -> p.rounds.find(round).orElseThrow().status()));
    assertArrayEquals(new double[] {0.5, 1.25, 2}, s.read(p -> PlanningRounds.prices(p, round)).products(),
        "published for iteration 1");
    s.iterate(round);
    Round first = s.read(p -> PlanningRounds.replay(p, round)).rounds().getLast();
    assertArrayEquals(new double[] {0.5, 1.25, 2}, first.prices().products(), "opening prices: the labour values");
    assertFalse(first.converged());
    assertEquals(10, first.tally().excess()[0], 1e-12, "grain: 40 for bread + 20 eaten − 50 made");
    s.docks(round, 70);
    s.rail(round, 100);
    s.post(round, 15);
    List<Event> closing = s.iterate(round);
    assertEquals(List.of(RoundIterated.TYPE, PlanDrafted.TYPE), closing.stream().map(Event::type).toList());
    String plan = closing.getLast().payload().get("plan").asText();
    assertEquals("deciding", s.read(p -> p.rounds.find(round).orElseThrow().status()));

    String decision = s.approve(plan);
    s.scene.act("max", new WriteMinorityReport(decision, "Mail first", "Post needs more hands than this."));
    assertEquals("approved", s.read(p -> p.plans.find(plan).orElseThrow().status()));

    PlanningRounds.RecordedPlan recorded = s.read(p -> PlanningRounds.recorded(p, plan));
    Proposals balanced = recorded.proposals();
    Tally tally = recorded.rounds().getLast().tally();
    assertArrayEquals(new double[] {70, 100, 15}, tally.supply());
    assertArrayEquals(new double[] {0, 0, 0}, tally.excess());
    assertEquals(165, tally.hoursWorked(), 1e-12);
    assertEquals(2, recorded.rounds().size(), "iterations 1 and 2; iteration 0 only priced the opening");
    assertEquals(List.of("farm", "docks", "post", "rail"), recorded.councils().stream()
        .map(PlanningRounds.PlanCouncil::id).toList(), "demand, then production, each by council id");
    assertEquals(List.of("south", "north", "uk", "north"), recorded.councils().stream()
        .map(PlanningRounds.PlanCouncil::region).toList());
    assertEquals(3, balanced.consumers().getFirst().members());
    PlanningRounds.Provenance provenance = recorded.provenance();
    assertEquals(3, provenance.iterations().size(), "iterations 0, 1 and 2");
    assertEquals(decision, provenance.decision().decision().id());
    assertEquals(1, provenance.decision().attached().size(), "max's minority report goes with the plan");
    assertTrue(provenance.approval() > provenance.drafted());
    assertEquals(s.read(p -> p.roundProposals.rows().stream().filter(r -> r.council().equals("rail")
        && r.status().equals("current")).findFirst().orElseThrow().seq()), provenance.proposals().get("rail"));
    s.scene.assertReplayMatches();
  }

  @Test
  void anAmendmentIsRecomputedFromTheApprovedPlanAndSupersedesIt() {
    String round = s.open(RoundScene.spec());
    String plan = s.balancedPlan(round);
    s.approve(plan);

    s.farm(round, 110, 20, 10);
    assertEquals("amending", s.read(p -> p.rounds.find(round).orElseThrow().status()));
    s.iterate(round);
    s.docks(round, 75);
    s.rail(round, 110);
    List<Event> closing = s.iterate(round);
    String amended = closing.getLast().payload().get("plan").asText();
    assertEquals(plan, closing.getLast().payload().get("amends").asText());
    s.approve(amended);
    assertEquals("superseded", s.read(p -> p.plans.find(plan).orElseThrow().status()));
    assertEquals(amended, s.read(p -> p.rounds.find(round).orElseThrow().plan()));
    Tally tally = s.read(p -> PlanningRounds.recorded(p, amended)).rounds().getLast().tally();
    assertArrayEquals(new double[] {75, 110, 15}, tally.supply());
    assertArrayEquals(new double[] {0, 0, 0}, tally.excess());
    s.scene.assertReplayMatches();
  }

  @Test
  void aRejectedPlanSendsTheRoundBackToItsCouncils() {
    String round = s.open(RoundScene.spec());
    String plan = s.balancedPlan(round);
    String motion = s.scene.made("bob", new org.serge.council.motion.OpenMotion("uk", "plan", "Approve", "", "plan",
        plan), "motion");
    s.scene.vote(motion, org.serge.council.motion.Choice.NO, "bob", "kim", "max");
    s.scene.close("bob", motion);
    assertEquals("rejected", s.read(p -> p.plans.find(plan).orElseThrow().status()));
    PlanningRound r = s.read(p -> p.rounds.find(round).orElseThrow());
    assertEquals("open", r.status());
    assertNull(r.plan());
    assertEquals(2, r.phaseStart(), "a fresh count of rounds from the next iteration");
    s.farm(round, 90, 20, 10);
    s.scene.assertReplayMatches();
  }

  @Test
  void theProjectsAParticipatoryBudgetSelectedEnterAsPublicDemand() {
    s.scene.act("jo", new OpenBudgetRound("farm", "Village", 10, "equal-shares", List.of(
        new OpenBudgetRound.Item("bakery", "Village bakery", 6), new OpenBudgetRound.Item("kiosk", "Mail kiosk", 5))));
    String budget = s.read(p -> p.budgetRounds.rows().iterator().next().id());
    for (String m : List.of("jo", "kim", "lee")) {
      s.scene.act(m, new CastBallot(budget, List.of("bakery"), "0123456789abcdef-" + m, Receipts.hash("secret-" + m)));
    }
    s.scene.act("jo", new CloseBudgetRound(budget, 5));
    List<RoundSpec.Budgeted> projects = List.of(new RoundSpec.Budgeted(budget, "bakery", Map.of("bread", 30.0)),
        new RoundSpec.Budgeted(budget, "kiosk", Map.of("mail", 100.0)));
    String round = s.open(new RoundSpec("Plan", "2027", RoundScene.spec().products(), List.of(), 60,
        Map.of("mail", 5.0, "bread", 2.5), projects, 0.01, 5, "cost"));
    assertEquals("{\"bread\":\"32.5\",\"mail\":\"5.0\"}", s.read(p -> p.rounds.find(round).orElseThrow()
        .publicDemand()), "the bakery was selected, the kiosk not");
    assertThrows(InvalidInputException.class, () -> s.open(new RoundSpec("Plan", "2027",
        RoundScene.spec().products(), List.of(), 60, Map.of(), List.of(new RoundSpec.Budgeted(budget, "pool",
            Map.of("mail", 1.0))), 0.01, 5, "cost")));
    s.scene.assertReplayMatches();
  }
}
