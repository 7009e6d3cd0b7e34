package org.serge.record;

/**
 * Derives state from the log, one event at a time: how councils, members and mandates
 * build their query tables, and how verify rebuilds them to compare.
 *
 * <p>Implementations should be pure (the result depends only on the arguments) so that a
 * replay from nothing always yields the same state. They may return {@code state} itself
 * when it is mutable, or a new value when it is immutable.
 *
 * @param <S> the derived state
 */
@FunctionalInterface
public interface Projection<S> {
  /** The state after {@code event}; neither argument is null (state may be by contract). */
  S apply(S state, Event event);
}
