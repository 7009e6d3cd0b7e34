package org.serge.council.deliberation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;

/** An amendment went to the vote: recorded with the opening of its motion (subject {@code amendment}). */
public record AmendmentPutToVote(String council, String amendment, String motion) implements DeliberationFact {
  public static final String TYPE = "amendment.put-to-vote";

  public static AmendmentPutToVote read(Payload p) {
    return new AmendmentPutToVote(p.text("council"), p.text("amendment"), p.text("motion"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("amendment", amendment);
    p.put("motion", motion);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    Amendment a = Deliberation.amendment(polity, amendment);
    require(stamp, "council", council, a.council());
    require(stamp, "motion", polity.motion(motion).subjectId(), amendment);
    polity.amendments.put(a.withStatus("voting", motion, null, null));
  }
}
