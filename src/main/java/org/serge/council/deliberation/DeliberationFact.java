package org.serge.council.deliberation;

import org.serge.council.CouncilFact;
import org.serge.council.Stamp;

/**
 * A fact of deliberation (and of mandates and the constitution, which share its checks): a
 * {@link CouncilFact} (it happens in a council and refuses, naming the event and field, a payload
 * that does not fit the state) with the checks debate needs.
 */
public interface DeliberationFact extends CouncilFact {
  /** Refuses an id that is not {@code prefix} + the seq of the event that creates the thing. */
  default void requireId(Stamp stamp, String field, String id, String prefix) {
    if (!id.equals(prefix + stamp.seq())) {
      throw bad(stamp, field, "'" + id + "' should be '" + prefix + stamp.seq() + "', after the event that makes it");
    }
  }

  /** The member who acted; bad input when the instance did. */
  default String member(Stamp stamp) {
    if (stamp.actor().isInstance()) {
      throw bad(stamp, "actor", "the instance takes no part in debate");
    }
    return stamp.actor().memberId();
  }
}
