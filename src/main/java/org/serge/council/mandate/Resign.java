package org.serge.council.mandate;

import java.time.Instant;
import java.util.List;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Articles;
import org.serge.council.Fact;
import org.serge.council.Mandate;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.Times;

/** A delegate gives up their mandate before its term ends; only its holder can. */
public record Resign(String mandate) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    Mandate m = Mandates.mandate(polity, mandate);
    if (actor.isInstance()) {
      throw new Refused(Articles.INSTANCE, "the instance ends no mandate");
    }
    if (!actor.memberId().equals(m.member())) {
      throw new Refused(Articles.MANDATES, actor.memberId() + " cannot resign " + mandate + ": it is "
          + m.member() + "'s");
    }
    if (!m.heldAt(Times.text(now))) {
      throw new Refused(Articles.MANDATES, mandate + " is not in force"
          + (m.ended() != null ? ": it ended (" + m.endReason() + ") at " + m.ended() : ": its term ended"));
    }
    return List.of(MandateEnded.resigned(m));
  }
}
