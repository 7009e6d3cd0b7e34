package org.serge.council.mandate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Articles;
import org.serge.council.Fact;
import org.serge.council.Mandate;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.Times;

/**
 * Signs a petition to recall a delegate, by name: any member who acts in the delegate's council
 * may, once, while it gathers signatures. The signature that brings it to {@code recall.petition}
 * opens the recall vote, moved by the signer.
 */
public record SignRecall(String petition) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    RecallPetition r = Recalls.petition(polity, petition);
    Mandate m = Mandates.mandate(polity, r.mandate());
    String signer = Recalls.requireSigner(polity, m, actor, now);
    if (!r.status().equals("gathering")) {
      throw new Refused(Articles.RECALLS, petition + " is " + r.status() + ": it gathers no more signatures");
    }
    Recalls.requireInForce(m, Times.text(now));
    if (polity.recallSignatures.contains(RecallSignature.id(petition, signer))) {
      throw new Refused(Articles.RECALLS, signer + " has signed " + petition + " already");
    }
    List<Fact> facts = new ArrayList<>();
    facts.add(new RecallSigned(r.council(), petition));
    if (Recalls.reached(polity, r.council(), r.signatures() + 1, now)) {
      facts.addAll(Recalls.putToVote(polity, actor, now, m, petition, polity.seq() + 2));
    }
    return facts;
  }
}
