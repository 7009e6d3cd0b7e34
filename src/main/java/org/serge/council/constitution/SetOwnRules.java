package org.serge.council.constitution;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.motion.OpenMotion;
import org.serge.record.CanonicalJson;

/**
 * Moves that a council set rules for itself ({@code rules}: a partial constitution, a rule set to
 * null going back to the inherited one): a motion of kind {@code constitutional} (subject
 * {@code override}, subject id the council). The same as opening that motion with {@link OpenMotion}.
 */
public record SetOwnRules(String council, String title, ObjectNode rules) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    return new OpenMotion(council, "constitutional", title, CanonicalJson.write(rules), OverrideConsequence.SUBJECT,
        council).decide(polity, actor, now);
  }
}
