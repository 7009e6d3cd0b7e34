package org.serge.council.mandate;

import java.time.Instant;
import java.util.List;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.motion.OpenMotion;

/**
 * Moves that a council elect a member as its delegate to its federation's assembly: an open,
 * named motion of kind {@code election} (subject {@code delegate}, subject id the member). The same
 * as opening that motion with {@link OpenMotion}; adoption grants the mandate ({@link
 * DelegateConsequence}).
 */
public record ElectDelegate(String council, String member, String statement) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    String federation = Mandates.federationOf(polity, council);
    return new OpenMotion(council, "election", "Elect " + member + " delegate of " + council + " to " + federation,
        statement == null ? "" : statement, DelegateConsequence.SUBJECT, member).decide(polity, actor, now);
  }
}
