package org.serge.council.planning;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.Times;
import org.serge.planning.cycle.ProductionProposal;
import org.serge.planning.cycle.ProposalCheck;
import org.serge.planning.cycle.ProposalRefused;

/**
 * A workplace council's production proposal in a round: the output of the one product it makes (a
 * product of its own region), the inputs by product, the hours all its workers give, the resources it
 * uses and the most it can make ({@link Double#POSITIVE_INFINITY}: no limit). A workplace's first
 * proposal states the technology the opening prices are computed from. Submitted and checked as
 * {@link ProposeDemand} is.
 */
public record ProposeProduction(String round, String council, String product, double output,
    Map<String, Double> inputs, double hours, Map<String, Double> uses, double capacity) implements Action {

  public ProposeProduction {
    inputs = new TreeMap<>(inputs);
    uses = new TreeMap<>(uses);
  }

  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    Proposing p = Proposing.check(polity, actor, Times.text(now), round, council, ProposalJson.PRODUCTION);
    ProductionProposal proposal;
    try {
      proposal = ProposalCheck.production(p.frame(), p.frame().productIndex(), p.submittedBy(), council, p.members(),
          product, output, inputs, hours, uses, capacity);
    } catch (ProposalRefused refused) {
      throw RoundArticles.refused(refused);
    }
    if (p.frame().region(proposal.product()) != p.region()) {
      throw new Refused(RoundArticles.COUNCILS, council + " is in " + p.frame().regions().get(p.region())
          + " and cannot make " + product + ", a product of " + p.frame().regions().get(p.frame().region(proposal.product())));
    }
    return List.of(new RoundProposed(council, round, RoundProposal.PREFIX + (polity.seq() + 1),
        ProposalJson.PRODUCTION, ProposalJson.production(p.frame(), proposal)));
  }
}
