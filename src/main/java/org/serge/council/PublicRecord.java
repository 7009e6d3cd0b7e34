package org.serge.council;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.serge.record.Event;
import org.serge.record.SigningKey;

/**
 * The public record of one Serge instance: the event log and the state derived from it.
 * Every change goes through {@link #submit}: the action is checked under the constitution
 * against the current state and its facts are appended as signed events, with the query
 * tables, atomically; a refused action changes nothing. Implementations: {@link MemoryRecord}
 * here, and the H2 and PostgreSQL stores in {@code org.serge.store}.
 *
 * <p>Thread-safe: submissions are serialised (and, in a database, two processes never
 * extend the same head); reads see a consistent state.
 */
public interface PublicRecord extends AutoCloseable {
  /**
   * Checks and records an action, signed with the instance's key.
   *
   * @return the events appended, in order
   * @throws Refused when the constitution does not allow it
   * @throws org.serge.InvalidInputException when its arguments are bad
   */
  List<Event> submit(Actor actor, Action action);

  /**
   * Checks and records an action signed with the actor's own key, which must be registered
   * to them ({@link Articles#OWN_KEY}).
   */
  List<Event> submit(Actor actor, Action action, SigningKey actorKey);

  /** Runs a query on the current state, consistently (no submission runs meanwhile). */
  <R> R read(Function<Polity, R> query);

  /** The events from {@code fromSeq} on, in order; close the stream (a database cursor may back it). */
  Stream<Event> events(long fromSeq);

  /** The number of events. */
  long size();

  @Override
  void close();
}
