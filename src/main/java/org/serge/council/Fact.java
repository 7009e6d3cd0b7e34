package org.serge.council;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What one event says happened, typed: each event type ({@code council.created}) has one
 * Fact class that writes its payload, reads it back ({@link Facts}) and applies it to the
 * {@link Polity}. Actions decide which facts to record; replay applies the same classes,
 * so the live state and the state rebuilt by {@code verify} come from one piece of code.
 *
 * <p>Implementations are immutable records. {@link #applyTo} must be deterministic and must
 * depend only on the polity, the fact and the stamp, never on a clock or randomness.
 */
public interface Fact {
  /** The event type, {@code noun.verb-in-past}: {@code council.created}. */
  String type();

  /** Where it happened: {@code council:uk}, or {@code instance}. */
  String scope();

  /** The payload, in the canonical JSON subset (integers only; decimals as strings). */
  ObjectNode payload();

  /**
   * Changes the state as this fact says. Facts decided by an action were checked already;
   * facts read from a log (replay, import) may be inconsistent with the state, and then
   * this throws an {@link org.serge.InvalidInputException} naming the field.
   */
  void applyTo(Polity polity, Stamp stamp);
}
