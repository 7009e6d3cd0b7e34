package org.serge.council.election;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Fact;
import org.serge.council.Polity;

/**
 * Closes an election once its period has ended or everyone entitled has voted: without the
 * quorum of {@code election} decisions it lapses (ballots destroyed unread); otherwise every
 * sealed ballot is published in one shuffled batch, counted by the election's method, and the
 * purpose adds what the result does. Anyone who acts in the council (or was entitled) may
 * close it, and so may the instance.
 *
 * @param seed the shuffle's seed, drawn at random by the adapter (decide stays deterministic)
 */
public record CloseElection(String election, long seed) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    Election e = SecretVote.election(polity, election);
    Fact first = Closing.close(polity, actor, now, e, seed);
    if (!(first instanceof BallotsPublished published)) {
      return List.of(first);
    }
    Counts.ElectionCount count = Counts.election(polity, e, Closing.texts(published));
    List<Fact> facts = new ArrayList<>();
    facts.add(published);
    facts.add(new ElectionCounted(e.council(), election, count.elected(), count.sheet()));
    facts.addAll(Purposes.of(e.purpose()).counted(polity, e, count.elected(), now, polity.seq() + 3));
    return facts;
  }
}
