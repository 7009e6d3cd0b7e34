package org.serge.council.mandate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;
import org.serge.council.deliberation.DeliberationFact;
import org.serge.council.motion.Motion;

/**
 * After {@code motion.opened} (kind {@code recall}, subject {@code mandate}): the petition on that
 * mandate goes to the vote, because its signatures reached {@code recall.petition} or because the
 * council moved the recall itself.
 */
public record RecallPutToVote(String council, String petition, String motion) implements DeliberationFact {
  public static final String TYPE = "recall.put-to-vote";

  public static RecallPutToVote read(Payload p) {
    return new RecallPutToVote(p.text("council"), p.text("petition"), p.text("motion"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("petition", petition);
    p.put("motion", motion);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    RecallPetition r = Recalls.petition(polity, petition);
    Motion m = polity.motion(motion);
    require(stamp, "council", council, r.council());
    require(stamp, "motion", m.subjectType() + " " + m.subjectId(), RecallConsequence.SUBJECT + " " + r.mandate());
    require(stamp, "petition", r.status(), "gathering");
    polity.recallPetitions.put(r.withStatus("voting", motion, null));
  }
}
