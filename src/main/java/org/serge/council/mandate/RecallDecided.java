package org.serge.council.mandate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;
import org.serge.council.deliberation.Decision;
import org.serge.council.deliberation.DeliberationFact;

/**
 * After the {@code decision.recorded} of a recall vote that a petition led to: the petition takes
 * the outcome ({@code adopted}, {@code rejected} or {@code lapsed}).
 */
public record RecallDecided(String council, String petition, String decision) implements DeliberationFact {
  public static final String TYPE = "recall.decided";

  public static RecallDecided read(Payload p) {
    return new RecallDecided(p.text("council"), p.text("petition"), p.text("decision"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("petition", petition);
    p.put("decision", decision);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    RecallPetition r = Recalls.petition(polity, petition);
    Decision d = polity.decision(decision).decision();
    require(stamp, "council", council, r.council());
    require(stamp, "petition", r.status(), "voting");
    require(stamp, "decision", d.motion(), r.motion());
    polity.recallPetitions.put(r.withStatus(d.outcome(), r.motion(), decision));
  }
}
