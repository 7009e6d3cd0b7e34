package org.serge.council.deliberation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;

/** Its author withdrew a pending amendment; it stays, marked withdrawn. */
public record AmendmentWithdrawn(String council, String amendment) implements DeliberationFact {
  public static final String TYPE = "amendment.withdrawn";

  public static AmendmentWithdrawn read(Payload p) {
    return new AmendmentWithdrawn(p.text("council"), p.text("amendment"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("amendment", amendment);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    Amendment a = Deliberation.amendment(polity, amendment);
    require(stamp, "council", council, a.council());
    require(stamp, "amendment", a.status(), "pending");
    polity.amendments.put(a.withStatus("withdrawn", null, null, null));
  }
}
