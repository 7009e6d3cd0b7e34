package org.serge.council;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A secret ballot, sealed: decided by an action like a fact, but never written to the log.
 * The {@link Appender} puts it in the polity's {@link BallotBox} instead. Its id is random
 * (chosen by the adapter, never derived from time or seq), and {@code receipt} is the hex
 * SHA-256 of the voter's receipt secret, which only the voter holds.
 *
 * @param ballot the ballot as canonical JSON text
 */
public record SealedBallot(String id, String election, String ballot, String receipt) implements Fact {
  public String type() {
    return "ballot.sealed";
  }

  public String scope() {
    return "sealed";
  }

  /** Never logged; for completeness only. */
  public ObjectNode payload() {
    throw new UnsupportedOperationException("a sealed ballot is never written to the log");
  }

  public void applyTo(Polity polity, Stamp stamp) {
    throw new UnsupportedOperationException("a sealed ballot is never replayed");
  }
}
