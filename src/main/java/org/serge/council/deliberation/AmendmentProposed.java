package org.serge.council.deliberation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;

/** A member proposed an amendment to a proposal: a new title and text, written on {@code baseVersion}. */
public record AmendmentProposed(
    String council, String amendment, String proposal, long baseVersion, String title, String text, String reason)
    implements DeliberationFact {
  public static final String TYPE = "amendment.proposed";

  public static AmendmentProposed read(Payload p) {
    return new AmendmentProposed(p.text("council"), p.text("amendment"), p.text("proposal"),
        p.integer("baseVersion"), p.text("title"), p.text("text"), p.text("reason"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("amendment", amendment);
    p.put("proposal", proposal);
    p.put("baseVersion", baseVersion);
    p.put("title", title);
    p.put("text", text);
    p.put("reason", reason);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    requireId(stamp, "amendment", amendment, "a-");
    Proposal p = Deliberation.proposal(polity, proposal);
    require(stamp, "council", council, p.council());
    require(stamp, "baseVersion", baseVersion, p.version());
    polity.amendments.put(new Amendment(amendment, council, proposal, baseVersion, member(stamp), title, text, reason,
        "pending", null, null, null, null, stamp.timeText(), stamp.seq()));
  }
}
