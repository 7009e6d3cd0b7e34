package org.serge.council.deliberation;

import org.serge.InvalidInputException;
import org.serge.council.Council;
import org.serge.council.Fact;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;

/**
 * A fact that happens in a council (deliberation's, and those of mandates and the constitution),
 * whose {@code applyTo} refuses, naming the event and field, a payload that does not fit the
 * state (an imported log that was tampered with must not rebuild into something no action could
 * have made).
 */
public interface DeliberationFact extends Fact {
  String council();

  /** Changes the state as this fact says; {@link #applyTo} names the event in any bad input. */
  void apply(Polity polity, Stamp stamp);

  /** Applies the fact; bad input from a lookup (an unknown proposal) is made to name this event. */
  @Override
  default void applyTo(Polity polity, Stamp stamp) {
    try {
      apply(polity, stamp);
    } catch (InvalidInputException e) {
      if (e.source() != null) {
        throw e;
      }
      throw new InvalidInputException(where(stamp), 0, e.field(), e.reason());
    }
  }

  default String scope() {
    return Council.scope(council());
  }

  /** Bad input about this fact's field, naming its event. */
  default InvalidInputException bad(Stamp stamp, String field, String reason) {
    return new Payload(payload(), where(stamp)).bad(field, reason);
  }

  private String where(Stamp stamp) {
    return "event " + stamp.seq() + " (" + type() + ")";
  }

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

  /** Bad input unless {@code actual} is what the state says. */
  default void require(Stamp stamp, String field, Object actual, Object expected) {
    if (!expected.equals(actual)) {
      throw bad(stamp, field, "'" + actual + "' should be '" + expected + "'");
    }
  }
}
