package org.serge.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class VerifierTest {
  private static final List<Event> CHAIN = Chains.chain(1000);

  @Test
  void aChainOfAThousandEventsVerifies() {
    VerificationReport report = Chains.verifier().verify(CHAIN);
    assertTrue(report.ok(), report.message());
    assertEquals(1000, report.eventsChecked());
    assertEquals(Event.GENESIS_PREV_HASH, CHAIN.get(0).prevHash());
    assertEquals(CHAIN.get(41).hash(), CHAIN.get(42).prevHash());
  }

  @Test
  void singleThreadedVerificationAgrees() {
    Verifier serial = new Verifier(id -> Chains.KEY.verifyingKey(), 1);
    assertTrue(serial.verify(CHAIN).ok());
  }

  /** Tampering with one field of one event, keeping everything else. */
  private static final List<UnaryOperator<Event>> TAMPERINGS =
      List.of(
          e -> with(e, e.seq() + 1, e.time(), e.actor(), e.type(), e.payload(), e.prevHash(),
              e.hash(), e.signature()),
          e -> with(e, e.seq(), e.time().plusMillis(1), e.actor(), e.type(), e.payload(),
              e.prevHash(), e.hash(), e.signature()),
          e -> with(e, e.seq(), e.time(), e.actor() + "x", e.type(), e.payload(), e.prevHash(),
              e.hash(), e.signature()),
          e -> with(e, e.seq(), e.time(), e.actor(), "test.evenT", e.payload(), e.prevHash(),
              e.hash(), e.signature()),
          e -> {
            ObjectNode payload = e.payload();
            payload.put("amount", payload.get("amount").textValue() + "1");
            return with(e, e.seq(), e.time(), e.actor(), e.type(), payload, e.prevHash(),
                e.hash(), e.signature());
          },
          e -> with(e, e.seq(), e.time(), e.actor(), e.type(), e.payload(),
              flip(e.prevHash()), e.hash(), e.signature()),
          e -> with(e, e.seq(), e.time(), e.actor(), e.type(), e.payload(), e.prevHash(),
              flip(e.hash()), e.signature()),
          e -> with(e, e.seq(), e.time(), e.actor(), e.type(), e.payload(), e.prevHash(),
              e.hash(), flipBase64(e.signature())),
          e -> new Event(e.seq(), e.time(), e.scope() + "!", e.actor(), e.type(), e.payload(),
              e.prevHash(), e.hash(), e.signature(), e.signer()),
          e -> new Event(e.seq(), e.time(), e.scope(), e.actor(), e.type(), e.payload(),
              e.prevHash(), e.hash(), e.signature(), flip(e.signer())));

  @Test
  void tamperingWithAnyFieldOfAnyEventNamesThatEvent() {
    for (int position : new int[] {1, 2, 500, 999, 1000}) {
      for (int t = 0; t < TAMPERINGS.size(); t++) {
        List<Event> events = new ArrayList<>(CHAIN);
        events.set(position - 1, TAMPERINGS.get(t).apply(events.get(position - 1)));
        VerificationReport report = Chains.verifier().verify(events);
        assertFalse(report.ok(), "tampering " + t + " at " + position + " went unnoticed");
        assertEquals(position, report.failedPosition(), report.message());
      }
    }
  }

  @Test
  void messagesSayWhatIsWrong() {
    List<Event> events = new ArrayList<>(CHAIN);
    Event e = events.get(16);
    events.set(16, with(e, e.seq(), e.time(), "intruder", e.type(), e.payload(),
        e.prevHash(), e.hash(), e.signature()));
    assertEquals("event 17: hash does not match its contents",
        Chains.verifier().verify(events).problem());
  }

  @Test
  void aDeletedEventIsNamed() {
    List<Event> events = new ArrayList<>(CHAIN);
    events.remove(19);
    VerificationReport report = Chains.verifier().verify(events);
    assertEquals("event 21: seq 21 follows 19 (an event is missing)", report.problem());
    assertEquals(20, report.failedPosition());
  }

  @Test
  void twoReorderedEventsAreNamed() {
    List<Event> events = new ArrayList<>(CHAIN);
    events.set(30, CHAIN.get(31));
    events.set(31, CHAIN.get(30));
    VerificationReport report = Chains.verifier().verify(events);
    assertEquals(31, report.failedPosition());
    assertEquals(32, report.failedSeq());
  }

  @Test
  void aResealedEventWithTheRightSeqButWrongLinkIsNamed() {
    // Someone rewrites event 18 and re-signs it: its own hash is then right, the link not.
    List<Event> events = new ArrayList<>(CHAIN);
    Event e = events.get(17);
    events.set(17, Chains.seal(with(e, e.seq(), e.time(), e.actor(), e.type(), e.payload(),
        flip(e.prevHash()), "", ""), Chains.KEY));
    assertEquals("event 18: prevHash does not match event 17",
        Chains.verifier().verify(events).problem());
  }

  @Test
  void truncatedSignatureAndWrongKeyAreNamed() {
    List<Event> events = new ArrayList<>(CHAIN);
    Event e = events.get(4);
    events.set(4, with(e, e.seq(), e.time(), e.actor(), e.type(), e.payload(), e.prevHash(),
        e.hash(), e.signature().substring(0, 40)));
    assertEquals("event 5: signature does not verify with key " + Chains.KEY.id(),
        Chains.verifier().verify(events).problem());

    // Signed by another key that claims to be ours: the hash still matches, not the signature.
    Event forged = Chains.seal(CHAIN.get(4), Chains.OTHER);
    Event claimed = new Event(forged.seq(), forged.time(), forged.scope(), forged.actor(),
        forged.type(), forged.payload(), forged.prevHash(), e.hash(), forged.signature(),
        Chains.KEY.id());
    events.set(4, claimed);
    assertEquals("event 5: signature does not verify with key " + Chains.KEY.id(),
        Chains.verifier().verify(events).problem());
  }

  @Test
  void anUnknownSignerIsNamed() {
    List<Event> events = new ArrayList<>(CHAIN.subList(0, 9));
    events.add(Chains.seal(CHAIN.get(9), Chains.OTHER));
    assertEquals("event 10: signer " + Chains.OTHER.id() + " is not a known key",
        Chains.verifier().verify(events).problem());
  }

  @Test
  void timeGoingBackwardsIsNamed() {
    List<Event> events = new ArrayList<>(CHAIN.subList(0, 3));
    Event e = CHAIN.get(3);
    events.add(Chains.seal(with(e, e.seq(), CHAIN.get(1).time(), e.actor(), e.type(),
        e.payload(), e.prevHash(), "", ""), Chains.KEY));
    assertTrue(Chains.verifier().verify(events).problem().startsWith("event 4: time "));
    assertThrows(IllegalArgumentException.class, () -> Ledger.append(CHAIN.get(3),
        CHAIN.get(1).time(), "s", "a", "t", Chains.payload(1), Chains.KEY));
  }

  @Test
  void aLogNotStartingAtOneIsNamed() {
    VerificationReport report = Chains.verifier().verify(CHAIN.subList(1, 10));
    assertEquals("event 2: the log starts at seq 2, not 1 (an event is missing)",
        report.problem());
    assertTrue(Chains.verifier().verify(List.of()).ok());
  }

  @Test
  void anEventAppendedAfterTheFirstBatchIsChecked() {
    List<Event> events = Chains.chain(Verifier.BATCH + 3);
    assertTrue(Chains.verifier().verify(events).ok());
    events.remove(Verifier.BATCH + 1);
    assertEquals(Verifier.BATCH + 2, Chains.verifier().verify(events).failedPosition());
  }

  @Test
  void theFirstBadEventIsNamedWhenSeveralBatchesAreInFlight() {
    // Batch 2's contents are checked while batch 3 is read: a bad signature in batch 2 must
    // win over a missing event in batch 3, and a bad signature alone in a batch of good ones
    // is found although the batch check only says "not all".
    List<Event> events = new ArrayList<>(Chains.chain(3 * Verifier.BATCH + 10));
    int badSignature = Verifier.BATCH + 100;
    Event e = events.get(badSignature - 1);
    events.set(badSignature - 1, with(e, e.seq(), e.time(), e.actor(), e.type(), e.payload(), e.prevHash(),
        e.hash(), Chains.seal(e, Chains.OTHER).signature()));
    events.remove(2 * Verifier.BATCH + 50);
    for (int threads : new int[] {1, 2, 3}) {
      VerificationReport report = new Verifier(id -> Chains.KEY.verifyingKey(), threads).verify(events);
      assertEquals(badSignature, report.failedPosition(), report.message());
      assertEquals("event " + badSignature + ": signature does not verify with key " + Chains.KEY.id(), report.problem());
    }
    events.set(badSignature - 1, e);
    assertEquals(2 * Verifier.BATCH + 51, Chains.verifier().verify(events).failedPosition());
  }

  private static Event with(Event e, long seq, java.time.Instant time, String actor,
      String type, ObjectNode payload, String prevHash, String hash, String signature) {
    return new Event(seq, time, e.scope(), actor, type, payload, prevHash, hash, signature,
        e.signer());
  }

  private static String flip(String hex) {
    char c = hex.charAt(7);
    return hex.substring(0, 7) + (c == '0' ? '1' : '0') + hex.substring(8);
  }

  private static String flipBase64(String base64) {
    char c = base64.charAt(10);
    return base64.substring(0, 10) + (c == 'A' ? 'B' : 'A') + base64.substring(11);
  }
}
