package org.serge.council.planning;

import java.time.Instant;
import java.util.List;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Electorate;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.Times;

/**
 * After the most rounds without convergence, a delegate of the federation asks for the plan computed
 * from the stated targets ({@link FallbackPlan}) instead; it goes to the assembly like any plan.
 */
public record FallBack(String round) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    PlanningRound r = Rounds.round(polity, round);
    Electorate.require(polity, r.federation(), actor, Times.text(now), "fall back to the plan LP");
    if (!r.status().equals("exhausted")) {
      throw new Refused(RoundArticles.OPENING, round + " is " + r.status() + ": a round falls back to the plan LP"
          + " only after " + Rounds.spec(r).maxRounds() + " iterations without convergence");
    }
    return List.of(new PlanDrafted(r.federation(), RoundPlan.PREFIX + (polity.seq() + 1), round, r.iteration(),
        PlanDrafted.FALLBACK, r.plan(), FallbackPlan.figures(polity, r, r.iteration())));
  }
}
