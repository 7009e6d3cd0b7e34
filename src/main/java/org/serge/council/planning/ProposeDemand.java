package org.serge.council.planning;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Times;
import org.serge.planning.cycle.DemandProposal;
import org.serge.planning.cycle.ProposalCheck;
import org.serge.planning.cycle.ProposalRefused;

/**
 * A neighbourhood council's demand proposal in a round: the units of each product its members ask
 * for (totals) and the hours each member offers to work. Submitted by a member of the council
 * ({@link Proposing}); it replaces the council's earlier proposal from the next iteration on. Checked
 * by the cycle ({@link ProposalCheck}): a refusal names the same {@code cycle.*} rule.
 */
public record ProposeDemand(String round, String council, double hoursPerMember, Map<String, Double> quantities)
    implements Action {

  public ProposeDemand {
    quantities = new TreeMap<>(quantities);
  }

  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    Proposing p = Proposing.check(polity, actor, Times.text(now), round, council, ProposalJson.DEMAND);
    DemandProposal proposal;
    try {
      proposal = ProposalCheck.demand(p.frame(), p.frame().productIndex(), p.submittedBy(), council, p.region(),
          p.members(), hoursPerMember, quantities);
    } catch (ProposalRefused refused) {
      throw RoundArticles.refused(refused);
    }
    return List.of(new RoundProposed(council, round, RoundProposal.PREFIX + (polity.seq() + 1), ProposalJson.DEMAND,
        ProposalJson.demand(p.frame(), proposal)));
  }
}
