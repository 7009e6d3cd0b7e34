package org.serge.record;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * The checks of a run of events that depend on each event alone: its hash, then (given its
 * link problem) its link, then its signer's key and its signature. Signatures are checked as
 * one {@link BatchVerification}; only when the batch fails is each checked alone, to name the
 * bad ones. Each call uses its own state, so runs may be checked on several threads at once.
 */
final class ContentCheck {
  private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SecureRandom::new);

  private ContentCheck() {}

  /**
   * Fills {@code problems[i]}, for i in [from, to) where it is null, with the event's first
   * content problem: hash, then {@code links[i]}, then signature.
   */
  static void check(Function<String, VerifyingKey> keys, List<Event> events, String[] links, String[] problems, int from, int to) {
    List<Integer> signed = new ArrayList<>(to - from);
    List<BatchVerification.Item> items = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      if (problems[i] != null) {
        continue;
      }
      Event event = events.get(i);
      if (!event.computeHash().equals(event.hash())) {
        problems[i] = "event " + event.seq() + ": hash does not match its contents";
      } else if (links[i] != null) {
        problems[i] = links[i];
      } else {
        VerifyingKey key = keys.apply(event.signer());
        byte[] signature = key == null ? null : signature(event);
        if (key == null) {
          problems[i] = "event " + event.seq() + ": signer " + event.signer() + " is not a known key";
        } else if (signature == null) {
          problems[i] = "event " + event.seq() + ": signature is not base64";
        } else {
          signed.add(i);
          items.add(new BatchVerification.Item(key.raw(), Hashes.HEX.parseHex(event.hash()), signature));
        }
      }
    }
    if (BatchVerification.allVerify(items, RANDOM.get())) {
      return;
    }
    for (int k = 0; k < items.size(); k++) {
      BatchVerification.Item item = items.get(k);
      int i = signed.get(k);
      VerifyingKey key = keys.apply(events.get(i).signer());
      if (!key.verifies(item.message(), item.signature())) {
        problems[i] = "event " + events.get(i).seq() + ": signature does not verify with key " + key.id();
      }
    }
  }

  private static byte[] signature(Event event) {
    try {
      return Base64.getDecoder().decode(event.signature());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
