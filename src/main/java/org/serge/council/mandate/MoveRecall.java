package org.serge.council.mandate;

import java.time.Instant;
import java.util.List;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Fact;
import org.serge.council.Mandate;
import org.serge.council.Polity;
import org.serge.council.motion.OpenMotion;

/**
 * Moves, without a petition, that a council recall one of its delegates: a motion of kind
 * {@code recall} (subject {@code mandate}, subject id the mandate). The same as opening that
 * motion with {@link OpenMotion}.
 */
public record MoveRecall(String mandate, String grounds) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    Mandate m = Mandates.mandate(polity, mandate);
    return new OpenMotion(m.council(), "recall", "Recall " + m.member() + " as delegate of " + m.council() + " to "
        + m.federation(), grounds == null ? "" : grounds, RecallConsequence.SUBJECT, mandate).decide(polity, actor, now);
  }
}
