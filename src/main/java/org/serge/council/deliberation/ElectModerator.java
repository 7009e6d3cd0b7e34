package org.serge.council.deliberation;

import java.time.Instant;
import java.util.List;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.motion.OpenMotion;

/**
 * Moves that the council elect a member as moderator: a motion of kind {@code election}
 * (subject {@code moderator}, subject id the member). Where the constitution says moderators
 * are the council's delegates, no one is elected moderator. The same as opening that motion
 * with {@link OpenMotion}.
 */
public record ElectModerator(String council, String member, String statement) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    return new OpenMotion(council, "election", "Elect " + member + " moderator of " + council,
        Texts.optional("statement", statement), "moderator", member).decide(polity, actor, now);
  }
}
