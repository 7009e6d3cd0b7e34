package org.serge.council;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.serge.record.Event;
import org.serge.record.Ledger;
import org.serge.record.SigningKey;

/**
 * The one way events are made: decide the action against the polity, seal each fact as an
 * event after the head (signed by the actor's own key or the instance's), and apply it.
 * Every {@link PublicRecord} calls this under its lock and persists what it returns together
 * with the rows the polity's tables mark as changed.
 *
 * <p>A {@link SealedBallot} among the facts goes into the polity's ballot box, not the log.
 *
 * <p>On an exception from {@code decide} the polity is untouched. If applying a fact fails
 * (a bug: decided facts must apply), the polity may be partly changed and must be rebuilt.
 */
public final class Appender {
  private Appender() {}

  /**
   * @param now the clock's time; events carry it, or the head's time if the clock is behind
   * @param actorKey the actor's own key, or null to sign with {@code instanceKey}
   */
  public static List<Event> append(
      Polity polity, Actor actor, Action action, Instant now, SigningKey instanceKey, SigningKey actorKey) {
    Event head = polity.head();
    Instant time = head != null && now.isBefore(head.time()) ? head.time() : now;
    SigningKey key = instanceKey;
    if (actorKey != null) {
      checkOwnKey(polity, actor, actorKey);
      key = actorKey;
    }
    List<Fact> facts = action.decide(polity, actor, time);
    if (facts.isEmpty()) {
      throw new IllegalStateException(action + " decided no facts");
    }
    List<Event> events = new ArrayList<>(facts.size());
    for (Fact fact : facts) {
      if (fact instanceof SealedBallot sealed) {
        polity.ballotBox.put(sealed);
        continue;
      }
      Event event = Ledger.append(polity.head(), time, fact.scope(), actor.toString(), fact.type(), fact.payload(), key);
      polity.apply(event);
      events.add(event);
    }
    return events;
  }

  private static void checkOwnKey(Polity polity, Actor actor, SigningKey actorKey) {
    String keyId = actorKey.verifyingKey().id();
    RegisteredKey registered = polity.keys.find(keyId).orElse(null);
    if (actor.isInstance() || registered == null || !actor.memberId().equals(registered.member())) {
      throw new Refused(Articles.OWN_KEY, "key " + keyId + " is not registered to " + actor);
    }
  }
}
