package org.serge.council.election;

import org.serge.council.CouncilFact;
import org.serge.council.Polity;
import org.serge.council.Stamp;

/**
 * A fact of a secret vote: a {@link CouncilFact} (it happens in a council and refuses, naming the
 * event and field, a payload that does not fit the state: a count that is not the recount).
 */
interface ElectionFact extends CouncilFact {
  /** The vote this fact is about, in the council it names, with the status it must have. */
  default SecretVote vote(Polity polity, Stamp stamp, String id, String status) {
    SecretVote vote = SecretVote.of(polity, id);
    require(stamp, "council", council(), vote.council());
    require(stamp, "status of " + id, vote.status(), status);
    return vote;
  }
}
