package org.serge.record;

import java.util.Iterator;

/**
 * Folds events into derived state with a {@link Projection}. Streaming: events are not
 * kept. Stateless and thread-safe (as far as the projection is).
 */
public final class Replay {
  private Replay() {}

  /** The state after applying every event of {@code events}, in order, to {@code initial}. */
  public static <S> S fold(Iterable<Event> events, S initial, Projection<S> projection) {
    return fold(events.iterator(), initial, projection);
  }

  /** The state after applying every remaining event of {@code events} to {@code initial}. */
  public static <S> S fold(Iterator<Event> events, S initial, Projection<S> projection) {
    S state = initial;
    while (events.hasNext()) {
      state = projection.apply(state, events.next());
    }
    return state;
  }
}
