package org.serge.store;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import org.serge.InvalidInputException;
import org.serge.council.Polity;
import org.serge.council.RecordOpened;
import org.serge.council.RegisteredKey;
import org.serge.record.Event;
import org.serge.record.VerificationReport;
import org.serge.record.Verifier;
import org.serge.record.VerifyingKey;

/**
 * Checks a whole log from nothing, streaming: every seq, hash, chain link, time and
 * signature ({@link Verifier}), that each event is signed by a key registered before it (the
 * instance's, or the actor's own), and that it replays into a {@link Polity}. Used by
 * {@code verify} on a store and by {@code import} on a file. The first event that fails is
 * reported, whichever check finds it.
 */
final class LogCheck {
  private LogCheck() {}

  /**
   * What the check found.
   *
   * @param events how many events were read
   * @param failedSeq the seq of the first event that fails (as read), or 0
   * @param position its 1-based position in the log, or 0
   * @param problem why, a sentence starting "event N: ", or null when all check out
   * @param polity the replayed state when all check out, else null
   */
  record Result(long events, long failedSeq, long position, String problem, Polity polity) {
    boolean ok() {
      return problem == null;
    }
  }

  /**
   * Checks the events in order. {@code events} may throw an {@link InvalidInputException} from
   * {@code next()} for an event it cannot read, naming it; that ends the check there.
   */
  static Result check(Iterator<Event> events, int parallelism) {
    Replaying replaying = new Replaying(events);
    VerificationReport report = new Verifier(replaying.keys::get, parallelism).verify(replaying);
    if (!report.ok() && (replaying.failedPosition == 0 || report.failedPosition() <= replaying.failedPosition)) {
      return new Result(report.eventsChecked(), report.failedSeq(), report.failedPosition(), report.problem(), null);
    }
    if (replaying.failedPosition != 0) {
      return new Result(replaying.position, replaying.failedSeq, replaying.failedPosition, replaying.problem, null);
    }
    return new Result(replaying.position, 0, 0, null, replaying.polity);
  }

  /** Hands events to the verifier, replaying each and checking its signer as it goes. */
  private static final class Replaying implements Iterator<Event> {
    private final Iterator<Event> source;
    private Event pending;
    final Polity polity = new Polity();
    final Map<String, VerifyingKey> keys = new ConcurrentHashMap<>();
    long position;
    long failedPosition;
    long failedSeq;
    String problem;

    Replaying(Iterator<Event> source) {
      this.source = source;
    }

    @Override
    public boolean hasNext() {
      if (pending == null && problem == null) {
        try {
          if (source.hasNext()) {
            pending = source.next();
          }
        } catch (InvalidInputException e) {
          fail(position + 1, 0, e.getMessage()); // an event that cannot be read ends the check there
        }
      }
      return pending != null;
    }

    @Override
    public Event next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Event event = pending;
      pending = null;
      position++;
      replay(event);
      return event;
    }

    private void replay(Event event) {
      String where = "event " + event.seq() + ": ";
      boolean opening = position == 1 && event.type().equals(RecordOpened.TYPE);
      String signer = opening ? null : signerProblem(event);
      if (signer != null) {
        fail(position, event.seq(), where + signer);
        return;
      }
      try {
        polity.apply(event);
      } catch (RuntimeException e) {
        fail(position, event.seq(), where + "does not replay: " + e.getMessage());
        return;
      }
      for (RegisteredKey key : polity.keys.takeChanged()) {
        keys.put(key.id(), VerifyingKey.fromText(key.publicKey()));
      }
      if (opening && !keys.containsKey(event.signer())) {
        fail(position, event.seq(), where + "the record is not opened by the key it registers");
      }
    }

    /** Why the event's signer may not sign it, or null: keys are registered before use, to their member. */
    private String signerProblem(Event event) {
      RegisteredKey key = polity.keys.find(event.signer()).orElse(null);
      if (key == null) {
        return "signer " + event.signer() + " is not a key registered before this event";
      }
      if (key.member() != null && !event.actor().equals("member:" + key.member())) {
        return "signer " + event.signer() + " is " + key.member() + "'s key, but the actor is " + event.actor();
      }
      return null;
    }

    private void fail(long at, long seq, String why) {
      if (problem == null) {
        failedPosition = at;
        failedSeq = seq;
        problem = why;
      }
    }
  }
}
