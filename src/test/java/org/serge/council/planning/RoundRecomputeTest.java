package org.serge.council.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.serge.InvalidInputException;
import org.serge.council.Forgery;
import org.serge.council.deliberation.Scene;

/**
 * Replaying the record recomputes every iteration bit for bit: a forged price, tally or verdict, even
 * re-signed into a chain whose every hash and signature checks, is named by the replay that
 * {@code serge record verify} runs. The fallback to the plan LP is recomputed the same way.
 */
class RoundRecomputeTest {
  private final RoundScene s = new RoundScene();

  private String converge() {
    String round = s.open(RoundScene.spec());
    s.docks(round, 50);
    s.rail(round, 80);
    s.post(round, 10);
    s.farm(round, 100, 20, 10);
    s.iterate(round);
    s.iterate(round);
    s.docks(round, 70);
    s.rail(round, 100);
    s.post(round, 15);
    s.iterate(round);
    return round;
  }

  @Test
  void aForgedPriceTallyOrVerdictIsNamedByTheReplay() {
    converge();
    s.scene.assertReplayMatches();
    InvalidInputException price = forge(1, p -> ((ObjectNode) p.get("prices").get("products")).put("bread", "1.2"));
    assertTrue(price.getMessage().contains("(round.iterated)") && price.getMessage().contains("prices"),
        price.getMessage());
    InvalidInputException tally = forge(1, p -> ((ObjectNode) p.get("tally").get("excess")).put("grain", "0.0"));
    assertTrue(tally.getMessage().contains("tally"), tally.getMessage());
    InvalidInputException verdict = forge(1, p -> p.put("converged", true));
    assertTrue(verdict.getMessage().contains("converged"), verdict.getMessage());
    InvalidInputException skipped = forge(2, p -> p.putArray("proposals").add("rp-1"));
    assertTrue(skipped.getMessage().contains("proposals"), skipped.getMessage());
  }

  @Test
  void afterTheMostRoundsTheFederationFallsBackToThePlanLpRecomputedOnReplay() {
    RoundSpec two = new RoundSpec("Plan", "2027", RoundScene.spec().products(), List.of(), 60, Map.of("mail", 5.0),
        List.of(), 1e-9, 2, "cost");
    String round = s.open(two);
    s.docks(round, 50);
    s.rail(round, 80);
    s.post(round, 10);
    s.farm(round, 100, 20, 10);
    s.iterate(round);
    s.iterate(round);
    s.iterate(round);
    assertEquals("exhausted", s.read(p -> p.rounds.find(round).orElseThrow().status()));
    s.scene.refused("articles.round-steps", "bob", new CloseIteration(round));
    String plan = s.scene.made("bob", new FallBack(round), "plan");
    s.approve(plan);
    PlanningRounds.RecordedPlan recorded = s.read(p -> PlanningRounds.recorded(p, plan));
    assertEquals("fallback", recorded.plan().source());
    double[] supply = org.serge.planning.cycle.Tally.of(recorded.frame(), recorded.proposals(),
        recorded.rounds().getLast().prices()).supply();
    assertEquals(70, supply[0], 1e-6, "the LP makes what the stated demand needs: grain 20 + 50");
    assertEquals(100, supply[1], 1e-6);
    assertEquals(15, supply[2], 1e-6);
    s.scene.assertReplayMatches();
    InvalidInputException forged = forge(PlanDrafted.TYPE, 0, p -> p.with("figures").put("fulfilment", "0.5"));
    assertTrue(forged.getMessage().contains("(plan.drafted)") && forged.getMessage().contains("figures"),
        forged.getMessage());
  }

  private InvalidInputException forge(int iteration, Consumer<ObjectNode> change) {
    return forge(RoundIterated.TYPE, iteration, change);
  }

  /** Rewrites the {@code nth} event of {@code type}, re-signs the chain from there, and replays it. */
  private InvalidInputException forge(String type, int nth, Consumer<ObjectNode> change) {
    return Forgery.replayRefuses(s.scene.record.events(1).toList(), type, nth, change, Scene.key(1));
  }
}
