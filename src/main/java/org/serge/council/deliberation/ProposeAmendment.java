package org.serge.council.deliberation;

import java.time.Instant;
import java.util.List;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Electorate;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Times;

/**
 * Proposes an amendment to a proposal open for debate: anyone who acts in its council may. An
 * amendment is a whole new title and text, written on the current version, with the reason
 * for it (may be empty).
 */
public record ProposeAmendment(String proposal, String title, String text, String reason) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    Proposal p = Deliberation.proposal(polity, proposal);
    Electorate.require(polity, p.council(), actor, Times.text(now), "amend a proposal");
    Subjects.requireOpen(p, "amend " + p.id());
    return List.of(new AmendmentProposed(p.council(), Amendment.id(polity.seq() + 1), p.id(), p.version(),
        Texts.title("title", title), Texts.required("text", text), Texts.optional("reason", reason)));
  }
}
