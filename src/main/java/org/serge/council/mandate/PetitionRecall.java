package org.serge.council.mandate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.serge.InvalidInputException;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Articles;
import org.serge.council.Fact;
import org.serge.council.Mandate;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.Times;

/**
 * A member of a council starts a petition to recall one of its delegates, with grounds, and signs
 * it. Other members sign it ({@link SignRecall}); when the signatures reach the constitution's
 * {@code recall.petition} share of those who act in the council (perhaps at once), a recall vote
 * opens. One petition on a mandate at a time, and none while a recall vote on it is open.
 */
public record PetitionRecall(String mandate, String grounds) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    Mandate m = Mandates.mandate(polity, mandate);
    Recalls.requireSigner(polity, m, actor, now);
    Recalls.requireInForce(m, Times.text(now));
    Recalls.openPetition(polity, mandate).ifPresent(r -> {
      throw new Refused(Articles.RECALLS, "petition " + r.id() + " to recall " + m.member() + " is " + r.status()
          + (r.status().equals("gathering") ? ": sign it" : ""));
    });
    Recalls.openVote(polity, mandate).ifPresent(v -> {
      throw new Refused(Articles.RECALLS, "a vote to recall " + m.member() + " is open: " + v.id());
    });
    if (grounds == null || grounds.isBlank()) {
      throw new InvalidInputException(null, 0, "grounds", "a recall petition states its grounds");
    }
    String petition = RecallPetition.id(polity.seq() + 1);
    List<Fact> facts = new ArrayList<>();
    facts.add(new RecallPetitioned(m.council(), petition, mandate, grounds.strip()));
    if (Recalls.reached(polity, m.council(), 1, now)) {
      facts.addAll(Recalls.putToVote(polity, actor, now, m, petition, polity.seq() + 2));
    }
    return facts;
  }
}
