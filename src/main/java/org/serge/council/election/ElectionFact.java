package org.serge.council.election;

import org.serge.InvalidInputException;
import org.serge.council.Council;
import org.serge.council.Fact;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;

/**
 * A fact of a secret vote: it happens in a council, and its {@code applyTo} refuses, naming
 * the event and field, a payload that does not fit the state (a tampered log must not
 * rebuild into something no action could have made: a count that is not the recount).
 */
interface ElectionFact extends Fact {
  String council();

  /** Changes the state as this fact says; {@link #applyTo} names the event in any bad input. */
  void apply(Polity polity, Stamp stamp);

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

  /** The vote this fact is about, in the council it names, with the status it must have. */
  default SecretVote vote(Polity polity, Stamp stamp, String id, String status) {
    SecretVote vote = SecretVote.of(polity, id);
    require(stamp, "council", council(), vote.council());
    require(stamp, "status of " + id, vote.status(), status);
    return vote;
  }
}
