package org.serge.council.deliberation;

import java.time.Instant;
import java.util.List;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.motion.OpenMotion;

/**
 * The author of hidden content appeals against its hiding, with their grounds: a motion of
 * kind {@code appeal} in the content's council (subject {@code appeal}, subject id the
 * hiding), decided under the constitution's rule for appeals. The same as opening that motion
 * with {@link OpenMotion}.
 */
public record AppealHiding(String hiding, String grounds) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    Hiding h = Deliberation.hiding(polity, hiding);
    String title = "Appeal against " + h.id() + ": restore " + h.content() + ", hidden by " + h.moderator()
        + " because: " + h.reason();
    return new OpenMotion(h.council(), "appeal", title.length() > 200 ? title.substring(0, 199) + "…" : title,
        Texts.required("grounds", grounds), "appeal", h.id()).decide(polity, actor, now);
  }
}
