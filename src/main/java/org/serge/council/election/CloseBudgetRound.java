package org.serge.council.election;

import java.time.Instant;
import java.util.List;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Fact;
import org.serge.council.Polity;

/**
 * Closes a budget round once its period has ended or everyone entitled has voted: without the
 * quorum of {@code plan} decisions it lapses; otherwise every sealed ballot is published in
 * one shuffled batch and the projects are selected by the round's rule. Who may close it: as
 * {@link CloseElection}.
 *
 * @param seed the shuffle's seed, drawn at random by the adapter
 */
public record CloseBudgetRound(String round, long seed) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    BudgetRound r = SecretVote.round(polity, round);
    Fact first = Closing.close(polity, actor, now, r, seed);
    if (!(first instanceof BallotsPublished published)) {
      return List.of(first);
    }
    Counts.BudgetCount count = Counts.budget(polity, r, Closing.texts(published));
    return List.of(published, new BudgetCounted(r.council(), round, count.selected(), count.spent(), count.figures()));
  }
}
