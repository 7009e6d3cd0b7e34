package org.serge.record;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Builds test chains with a fixed key. */
final class Chains {
  static final SigningKey KEY = SigningKey.fromSeed(seed(1));
  static final SigningKey OTHER = SigningKey.fromSeed(seed(2));
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private Chains() {}

  static byte[] seed(int n) {
    byte[] seed = new byte[32];
    seed[0] = (byte) n;
    return seed;
  }

  static ObjectNode payload(int i) {
    ObjectNode payload = JsonNodeFactory.instance.objectNode();
    payload.put("council", "council:c" + (i % 7));
    payload.put("n", i);
    payload.put("amount", "12." + (i % 100));
    payload.putArray("members").add("m" + i).add(i * 3L);
    return payload;
  }

  static List<Event> chain(int length) {
    List<Event> events = new ArrayList<>(length);
    Event head = null;
    for (int i = 1; i <= length; i++) {
      head =
          Ledger.append(
              head, START.plusMillis(1000L * i), "federation:uk", "member:" + (i % 5),
              "test.event", payload(i), KEY);
      events.add(head);
    }
    return events;
  }

  static Verifier verifier() {
    return new Verifier(id -> id.equals(KEY.id()) ? KEY.verifyingKey() : null, 2);
  }

  /** Seals an event by hand, bypassing Ledger's checks (to build a bad but signed chain). */
  static Event seal(Event e, SigningKey key) {
    Event unsealed =
        new Event(e.seq(), e.time(), e.scope(), e.actor(), e.type(), e.payload(),
            e.prevHash(), "", "", key.id());
    String hash = unsealed.computeHash();
    String signature =
        Base64.getEncoder().encodeToString(key.sign(java.util.HexFormat.of().parseHex(hash)));
    return new Event(e.seq(), e.time(), e.scope(), e.actor(), e.type(), e.payload(),
        e.prevHash(), hash, signature, key.id());
  }
}
