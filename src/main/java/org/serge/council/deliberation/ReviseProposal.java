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

/** The author revises their proposal while it is open for debate: a new version, the old ones kept. */
public record ReviseProposal(String proposal, String title, String text, String note) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    Proposal p = Deliberation.proposal(polity, proposal);
    String member = Electorate.require(polity, p.council(), actor, Times.text(now), "revise a proposal");
    requireAuthor(p, member, "revise");
    Subjects.requireOpen(p, "revise " + p.id());
    Subjects.requireNoAmendmentVote(polity, p, "revise " + p.id());
    return List.of(new ProposalRevised(p.council(), p.id(), p.version() + 1, Texts.title("title", title),
        Texts.required("text", text), Texts.optional("note", note)));
  }

  /** Refused unless the member wrote the proposal ({@link Articles#AUTHORS}). */
  static void requireAuthor(Proposal p, String member, String what) {
    if (!member.equals(p.author())) {
      throw new Refused(Articles.AUTHORS, member + " cannot " + what + " " + p.id() + ": its author, " + p.author()
          + ", does");
    }
  }
}
