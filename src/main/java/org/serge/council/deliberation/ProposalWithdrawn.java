package org.serge.council.deliberation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;

/** The author withdrew their proposal before it went to the vote; it stays, with every version and amendment. */
public record ProposalWithdrawn(String council, String proposal) implements DeliberationFact {
  public static final String TYPE = "proposal.withdrawn";

  public static ProposalWithdrawn read(Payload p) {
    return new ProposalWithdrawn(p.text("council"), p.text("proposal"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("proposal", proposal);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    Proposal p = Deliberation.proposal(polity, proposal);
    require(stamp, "council", council, p.council());
    require(stamp, "proposal", p.status(), "open");
    polity.proposals.put(p.withStatus("withdrawn", null, null));
  }
}
