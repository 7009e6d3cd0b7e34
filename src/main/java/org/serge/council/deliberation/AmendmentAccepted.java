package org.serge.council.deliberation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;

/** The proposal's author accepted an amendment: its words become the proposal's next version. */
public record AmendmentAccepted(String council, String amendment, String proposal, long version)
    implements DeliberationFact {
  public static final String TYPE = "amendment.accepted";

  public static AmendmentAccepted read(Payload p) {
    return new AmendmentAccepted(p.text("council"), p.text("amendment"), p.text("proposal"), p.integer("version"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("amendment", amendment);
    p.put("proposal", proposal);
    p.put("version", version);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    Amendment a = Deliberation.amendment(polity, amendment);
    require(stamp, "actor", member(stamp), Deliberation.proposal(polity, proposal).author());
    ProposalAmended.makeVersion(this, polity, stamp, a, proposal, version, null);
  }
}
