package org.serge.council.constitution;

import java.time.Instant;
import java.util.List;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.motion.OpenMotion;

/**
 * Moves that a member council ratify an amendment of its federation's constitution: a motion of
 * kind {@code ratification} (subject {@code ratification}, subject id the amendment). The same as
 * opening that motion with {@link OpenMotion}.
 */
public record Ratify(String council, String amendment, String statement) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    ConstitutionAmendment a = Amendments.amendment(polity, amendment);
    return new OpenMotion(council, "ratification", "Ratify amendment " + amendment + " of the constitution of "
        + a.federation(), statement == null ? "" : statement, RatificationConsequence.SUBJECT, amendment)
        .decide(polity, actor, now);
  }
}
