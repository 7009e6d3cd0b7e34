package org.serge.council;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.serge.InvalidInputException;
import org.serge.record.Event;
import org.serge.record.Ledger;
import org.serge.record.SigningKey;
import org.serge.record.Verifier;
import org.serge.record.VerifyingKey;

/**
 * A forger who holds the instance's key: rewrites one event's payload and re-signs the chain from
 * there, so that hashes and signatures all check out and only the replay can tell — as it must for
 * anything recomputed from the record (counts, plans).
 */
public final class Forgery {
  private Forgery() {}

  /**
   * Rewrites the {@code nth} (from 0) event of {@code type} with {@code change}, re-signs the chain
   * with {@code key}, checks that it verifies, and returns the replay's refusal, which must name the
   * event.
   */
  public static InvalidInputException replayRefuses(List<Event> events, String type, int nth,
      Consumer<ObjectNode> change, SigningKey key) {
    int at = IntStream.range(0, events.size()).filter(i -> events.get(i).type().equals(type)).skip(nth)
        .findFirst().orElseThrow();
    ObjectNode forged = events.get(at).payload().deepCopy();
    change.accept(forged);
    List<Event> chain = new ArrayList<>(events.subList(0, at));
    Event head = chain.getLast();
    for (int i = at; i < events.size(); i++) {
      Event e = events.get(i);
      head = Ledger.append(head, e.time(), e.scope(), e.actor(), e.type(), i == at ? forged : e.payload(), key);
      chain.add(head);
    }
    Map<String, VerifyingKey> keys = Map.of(key.id(), key.verifyingKey());
    assertTrue(new Verifier(keys::get, 1).verify(chain).ok(), "the forged chain is well signed");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Replayer.replay(chain.stream()));
    assertTrue(e.getMessage().contains("event " + (at + 1) + " "), e.getMessage());
    return e;
  }
}
