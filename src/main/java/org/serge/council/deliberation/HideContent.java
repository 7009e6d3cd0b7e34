package org.serge.council.deliberation;

import java.time.Instant;
import java.util.List;
import org.serge.InvalidInputException;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Articles;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.Times;

/**
 * A moderator of the council hides a proposal, an amendment, a comment or a minority report,
 * with a reason. Nothing is deleted: the content stays, shown with the reason and who hid it,
 * and its author may appeal ({@link AppealHiding}).
 */
public record HideContent(String content, String reason) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    Content c = Deliberation.content(polity, content);
    String moderator = Moderation.require(polity, c.council(), actor, Times.text(now));
    if (reason == null || reason.isBlank()) {
      throw new Refused(Articles.HIDING_REASONS, moderator + " gave no reason to hide " + c.id());
    }
    if (c.author().equals(moderator)) {
      throw new Refused(Articles.OWN_CAUSE, moderator + " wrote " + c.id() + " and cannot hide it");
    }
    if (c.hidden()) {
      throw new InvalidInputException(null, 0, "content", c.id() + " is hidden already (" + c.hiding() + ")");
    }
    Hiding restored = Deliberation.hidings(polity, c.id()).stream().filter(h -> h.status().equals("restored"))
        .findFirst().orElse(null);
    if (restored != null) {
      throw new Refused(Articles.APPEALS, "the council restored " + c.id() + " on appeal (" + restored.decision()
          + "): it stays visible");
    }
    return List.of(new ContentHidden(c.council(), Hiding.id(polity.seq() + 1), c.id(), c.contentType(),
        Texts.required("reason", reason).strip()));
  }
}
