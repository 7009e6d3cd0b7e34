package org.serge.council.planning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Electorate;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.Times;
import org.serge.planning.cycle.ProposalRefused;

/**
 * Closes the next iteration of a round (a delegate in the federation's assembly): the engine sums
 * every council's current proposal — councils that did not revise keep their last — in the fixed
 * order (demand, then production, each by council id), publishes the tally, each product's excess,
 * the verdict and the next prices. A converged iteration drafts the plan ({@code plan.drafted}),
 * which then goes to the assembly. Iteration 0 needs the workplaces' opening proposals: it only
 * publishes the opening prices.
 */
public record CloseIteration(String round) implements Action {

  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    PlanningRound r = Rounds.round(polity, round);
    Electorate.require(polity, r.federation(), actor, Times.text(now), "close an iteration of a planning round");
    if (!Iterations.CLOSING.contains(r.status())) {
      throw new Refused(RoundArticles.STEPS, round + " is " + r.status() + ": no iteration to close");
    }
    List<RoundProposal> current = Rounds.current(polity, round);
    if (current.stream().noneMatch(p -> p.kind().equals(ProposalJson.PRODUCTION))) {
      throw new Refused(RoundArticles.STEPS, "no workplace council has proposed in " + round + " yet");
    }
    List<String> ids = current.stream().map(RoundProposal::id).toList();
    Iterations.Step step;
    try {
      step = Iterations.next(polity, r, ids);
    } catch (ProposalRefused refused) {
      throw RoundArticles.refused(refused);
    }
    List<Fact> facts = new ArrayList<>();
    facts.add(new RoundIterated(r.federation(), round, step.number(), ids, step.tally(), step.largestExcess(),
        step.converged(), step.prices()));
    if (step.converged()) {
      facts.add(new PlanDrafted(r.federation(), RoundPlan.PREFIX + (polity.seq() + 2), round, step.number(),
          PlanDrafted.CYCLE, r.plan(), null));
    }
    return facts;
  }
}
