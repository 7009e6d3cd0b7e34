package org.serge.council.deliberation;

import java.time.Instant;
import java.util.List;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.motion.OpenMotion;

/**
 * The author puts their proposal to the vote: a motion (subject {@code proposal}, the
 * proposal's kind) whose title and text are the current version's. The same as opening that
 * motion with {@link OpenMotion}; this only fills in the words.
 */
public record PutProposalToVote(String proposal) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    Proposal p = Deliberation.proposal(polity, proposal);
    ProposalVersion v = Deliberation.current(polity, p);
    return new OpenMotion(p.council(), p.kind(), v.title(), v.text(), "proposal", p.id()).decide(polity, actor, now);
  }
}
