package org.serge.council;

import java.time.Instant;
import java.util.List;

/**
 * Something an actor asks to do: found a federation, admit a member, cast a vote. The CLI
 * and the HTTP API build the same actions and submit them to a {@link PublicRecord}; no
 * other path changes the state.
 *
 * <p>{@link #decide} checks the action against the constitution and the current state and
 * returns the facts to record, or throws {@link Refused} naming the rule. It must not change
 * the polity (the record applies the facts afterwards) and must be deterministic given its
 * arguments. Bad arguments (an unknown council) are {@link org.serge.InvalidInputException}.
 */
public interface Action {
  /**
   * @param polity the current state, read-only here
   * @param actor who asks
   * @param now the time the events will carry
   * @return the facts to record, in order; never empty
   */
  List<Fact> decide(Polity polity, Actor actor, Instant now);
}
