package org.serge.council.deliberation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;

/**
 * A proposal went to the vote: recorded with the motion's opening ({@code motion.opened},
 * subject {@code proposal}); {@code version} is the text voted on, which no longer changes.
 */
public record ProposalPutToVote(String council, String proposal, String motion, long version)
    implements DeliberationFact {
  public static final String TYPE = "proposal.put-to-vote";

  public static ProposalPutToVote read(Payload p) {
    return new ProposalPutToVote(p.text("council"), p.text("proposal"), p.text("motion"), p.integer("version"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("proposal", proposal);
    p.put("motion", motion);
    p.put("version", version);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    Proposal p = Deliberation.proposal(polity, proposal);
    require(stamp, "council", council, p.council());
    require(stamp, "version", version, p.version());
    require(stamp, "motion", polity.motion(motion).subjectId(), proposal);
    polity.proposals.put(p.withStatus("voting", motion, null));
  }
}
