package org.serge.council.deliberation;

import java.time.Instant;
import java.util.List;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Articles;
import org.serge.council.Electorate;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.Times;

/**
 * The proposal's author accepts a pending amendment: its words become the next version. (The
 * author cannot reject one alone: an amendment they do not accept is put to the vote.)
 */
public record AcceptAmendment(String amendment) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    Amendment a = Deliberation.amendment(polity, amendment);
    Proposal p = Deliberation.proposal(polity, a.proposal());
    String member = Electorate.require(polity, p.council(), actor, Times.text(now), "accept an amendment");
    ReviseProposal.requireAuthor(p, member, "accept amendments to");
    Subjects.requireOpen(p, "accept " + a.id());
    if (!a.isPending()) {
      throw new Refused(Articles.DEBATE, a.id() + " is " + a.status() + ", no longer pending");
    }
    Subjects.requireNoAmendmentVote(polity, p, "accept " + a.id());
    return List.of(new AmendmentAccepted(p.council(), a.id(), p.id(), p.version() + 1));
  }
}
