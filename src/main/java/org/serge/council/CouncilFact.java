package org.serge.council;

import org.serge.InvalidInputException;

/**
 * A fact that happens in a council and checks itself against the state: its {@code applyTo}
 * refuses, naming the event and field, a payload that does not fit (an imported or tampered
 * log must not rebuild into something no action could have made). Deliberation and elections
 * build their facts on it.
 */
public interface CouncilFact extends Fact {
  String council();

  /** Changes the state as this fact says; {@link #applyTo} names the event in any bad input. */
  void apply(Polity polity, Stamp stamp);

  /** Applies the fact; bad input from a lookup (an unknown proposal, election) is made to name this event. */
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

  /** Bad input unless {@code actual} is what the state says. */
  default void require(Stamp stamp, String field, Object actual, Object expected) {
    if (!expected.equals(actual)) {
      throw bad(stamp, field, "'" + actual + "' should be '" + expected + "'");
    }
  }
}
