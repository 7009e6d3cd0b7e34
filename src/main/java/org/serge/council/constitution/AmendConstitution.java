package org.serge.council.constitution;

import java.time.Instant;
import java.util.List;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.motion.OpenMotion;
import org.serge.record.CanonicalJson;

/**
 * Moves, in a top-level federation's assembly, that its constitution be replaced by
 * {@code constitution}: a motion of kind {@code constitutional} (subject {@code constitution},
 * subject id the federation) whose text is the new constitution's canonical JSON. The same as
 * opening that motion with {@link OpenMotion}.
 */
public record AmendConstitution(String federation, String title, Constitution constitution) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    return new OpenMotion(federation, "constitutional", title, CanonicalJson.write(constitution.toJson()),
        ConstitutionConsequence.SUBJECT, federation).decide(polity, actor, now);
  }
}
