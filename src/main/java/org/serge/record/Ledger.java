package org.serge.record;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Seals new events onto the chain. Pure: given the current head (or none), it returns the
 * next event; storing it, and making sure two writers never extend the same head, is the
 * caller's business (a store does it in one transaction).
 *
 * <p>Stateless and thread-safe.
 */
public final class Ledger {
  private Ledger() {}

  /**
   * The event that follows {@code head}.
   *
   * @param head the last event of the chain, or null for the first event
   * @param time when it happened; truncated to milliseconds; not before {@code head}'s time
   * @param payload a JSON object in the canonical subset ({@link CanonicalJson}); copied
   * @param key the key that signs it; its id becomes {@code signer}
   * @throws IllegalArgumentException when time goes backwards or the payload has no
   *     canonical form
   */
  public static Event append(
      Event head,
      Instant time,
      String scope,
      String actor,
      String type,
      ObjectNode payload,
      SigningKey key) {
    Instant millis = time.truncatedTo(ChronoUnit.MILLIS);
    if (head != null && millis.isBefore(head.time())) {
      throw new IllegalArgumentException(
          "time " + millis + " is before the head's time " + head.time());
    }
    long seq = head == null ? 1 : head.seq() + 1;
    String prevHash = head == null ? Event.GENESIS_PREV_HASH : head.hash();
    Event unsealed =
        new Event(seq, millis, scope, actor, type, payload, prevHash, "", "", key.id());
    byte[] digest = Hashes.sha256(unsealed.hashedBytes());
    String signature = Base64.getEncoder().encodeToString(key.sign(digest));
    return new Event(
        seq, millis, scope, actor, type, payload, prevHash, Hashes.HEX.formatHex(digest),
        signature, key.id());
  }
}
