package org.serge.council;

import java.time.Instant;
import java.util.List;
import org.serge.record.VerifyingKey;

/** A member registers their own verifying key, to sign their acts themselves. */
public record RegisterKey(VerifyingKey key) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    if (actor.isInstance()) {
      throw new Refused(Articles.OWN_KEY, "a key is registered by the member it belongs to");
    }
    polity.member(actor.memberId());
    Names.unused(polity.keys, "key", key.id());
    return List.of(new KeyRegistered(actor.memberId(), key));
  }
}
