package org.serge.council.deliberation;

import java.time.Instant;
import java.util.List;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.motion.OpenMotion;

/**
 * Puts a pending amendment to the vote: a motion (subject {@code amendment}, its proposal's
 * kind) that says what adoption replaces. Anyone who acts in the council may; the same as
 * opening that motion with {@link OpenMotion}.
 */
public record PutAmendmentToVote(String amendment) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    Amendment a = Deliberation.amendment(polity, amendment);
    Proposal p = Deliberation.proposal(polity, a.proposal());
    // An amendment replaces the whole text; say so, and say which version it was written on.
    String text = "Amendment " + a.id() + " to " + p.id() + " (written on version " + a.baseVersion()
        + ", current version " + p.version() + "): adoption replaces the proposal's title and text with these.\n\n"
        + a.title() + "\n\n" + a.text();
    return new OpenMotion(p.council(), p.kind(), "Amend " + p.id() + ": " + a.title(), text, "amendment", a.id())
        .decide(polity, actor, now);
  }
}
