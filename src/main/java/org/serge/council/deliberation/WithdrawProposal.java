package org.serge.council.deliberation;

import java.time.Instant;
import java.util.List;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Articles;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Refused;

/** The author withdraws their proposal before it goes to the vote. It stays in the record, marked withdrawn. */
public record WithdrawProposal(String proposal) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    Proposal p = Deliberation.proposal(polity, proposal);
    if (actor.isInstance()) {
      throw new Refused(Articles.INSTANCE, "the instance withdraws no proposal");
    }
    ReviseProposal.requireAuthor(p, actor.memberId(), "withdraw");
    Subjects.requireOpen(p, "withdraw " + p.id());
    Subjects.requireNoAmendmentVote(polity, p, "withdraw " + p.id());
    return List.of(new ProposalWithdrawn(p.council(), p.id()));
  }
}
