package org.serge.council.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.serge.InvalidInputException;
import org.serge.council.Actor;
import org.serge.council.motion.Choice;
import org.serge.council.motion.OpenMotion;

/**
 * Every bad proposal and every step out of turn is refused, naming its rule: the cycle's
 * {@code cycle.*} rules for the figures, the articles of planning rounds for who may do what and when.
 */
class ProposalRulesTest {
  private final RoundScene s = new RoundScene();
  private final String round = s.open(RoundScene.spec());

  @Test
  void badFiguresAreRefusedWithTheCyclesRule() {
    s.scene.refused("cycle.unknown-product", "jo", new ProposeDemand(round, "farm", 40, Map.of("steel", 1.0)));
    s.scene.refused("cycle.unknown-product", "ana", new ProposeProduction(round, "rail", "steel", 1, Map.of(), 1,
        Map.of(), 10));
    s.scene.refused("cycle.non-negative", "jo", new ProposeDemand(round, "farm", 40, Map.of("bread", -1.0)));
    s.scene.refused("cycle.non-negative", "jo", new ProposeDemand(round, "farm", 40, Map.of("bread", Double.NaN)));
    s.scene.refused("cycle.non-negative", "gus", new ProposeProduction(round, "docks", "grain", 10, Map.of(), -1,
        Map.of(), 10));
    s.scene.refused("cycle.hours-limit", "jo", new ProposeDemand(round, "farm", 61, Map.of("bread", 1.0)));
    s.scene.refused("cycle.hours-limit", "max", new ProposeProduction(round, "post", "mail", 50, Map.of(), 121,
        Map.of(), 100));
    s.scene.refused("cycle.consistent", "max", new ProposeProduction(round, "post", "mail", 50, Map.of(), 100,
        Map.of(), 40));
  }

  @Test
  void aCouncilProposesOnlyForItselfThroughItsMembers() {
    s.scene.refused("cycle.own-council", "ana", new ProposeProduction(round, "docks", "grain", 10, Map.of(), 5,
        Map.of(), 100));
    s.scene.refused("articles.members-act", "zed", new ProposeDemand(round, "farm", 40, Map.of("bread", 1.0)));
    s.scene.refused("articles.plan-councils", "ana", new ProposeDemand(round, "rail", 40, Map.of("bread", 1.0)));
    s.scene.refused("articles.plan-councils", "jo", new ProposeProduction(round, "farm", "bread", 1, Map.of(), 1,
        Map.of(), 10));
    s.scene.refused("articles.plan-councils", "max", new ProposeProduction(round, "post", "grain", 1, Map.of(), 1,
        Map.of(), 10));
    assertThrows(org.serge.council.Refused.class, () -> s.scene.record.submit(Actor.instance(),
        new ProposeDemand(round, "farm", 40, Map.of())));
  }

  @Test
  void aRoundIsOpenedOnlyByAnAdoptedPlanDecisionOfTheAssembly() {
    String ordinary = s.decide("ordinary", "Plan?", Choice.YES, Choice.YES, Choice.YES);
    s.scene.refused("articles.plan-rounds", "bob", new OpenRound("uk", ordinary, RoundScene.spec()));
    String rejected = s.decide("plan", "Plan?", Choice.NO, Choice.NO, Choice.YES);
    s.scene.refused("articles.plan-rounds", "bob", new OpenRound("uk", rejected, RoundScene.spec()));
    s.scene.refused("articles.plan-rounds", "bob", new OpenRound("uk", "m-999", RoundScene.spec()));
    String used = s.read(p -> p.rounds.find(round).orElseThrow().decision());
    s.scene.refused("articles.plan-rounds", "bob", new OpenRound("uk", used, RoundScene.spec()));
    String fresh = s.planDecision();
    s.scene.refused("articles.members-act", "ana", new OpenRound("uk", fresh, RoundScene.spec()));
    s.scene.refused("articles.plan-rounds", "ana", new OpenRound("rail", fresh, RoundScene.spec()));
    assertThrows(InvalidInputException.class, () -> s.scene.act("bob", new OpenRound("uk", fresh, new RoundSpec("X",
        "2027", List.of(new RoundSpec.Product("grain", "mars")), List.of(), 60, Map.of(), List.of(), 0.01, 5,
        "cost"))));
  }

  @Test
  void stepsOutOfTurnAreRefused() {
    s.scene.refused("articles.round-steps", "bob", new CloseIteration(round));
    s.scene.refused("articles.plan-rounds", "bob", new FallBack(round));
    s.docks(round, 70);
    s.rail(round, 100);
    s.post(round, 15);
    s.farm(round, 100, 20, 10);
    s.scene.refused("articles.members-act", "ana", new CloseIteration(round));
    s.iterate(round);
    String plan = s.iterate(round).getLast().payload().get("plan").asText();
    s.scene.refused("articles.round-steps", "jo", new ProposeDemand(round, "farm", 40, Map.of("bread", 1.0)));
    s.scene.refused("articles.round-steps", "bob", new CloseIteration(round));
    assertThrows(InvalidInputException.class, () -> s.scene.act("bob", new OpenMotion("uk", "ordinary", "Approve",
        "", "plan", plan)));
    s.approve(plan);
    s.scene.refused("articles.round-steps", "bob", new CloseIteration(round));
    s.scene.refused("articles.round-steps", "bob", new OpenMotion("uk", "plan", "Again", "", "plan", plan));
    assertEquals("approved", s.read(p -> p.rounds.find(round).orElseThrow().status()));
  }
}
