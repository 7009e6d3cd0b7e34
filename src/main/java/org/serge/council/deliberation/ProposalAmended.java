package org.serge.council.deliberation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;

/**
 * The council adopted an amendment ({@code decision}): its words become the proposal's next
 * version. Recorded with the closing of the amendment's motion, after the decision.
 */
public record ProposalAmended(String council, String proposal, String amendment, long version, String decision)
    implements DeliberationFact {
  public static final String TYPE = "proposal.amended";

  public static ProposalAmended read(Payload p) {
    return new ProposalAmended(p.text("council"), p.text("proposal"), p.text("amendment"), p.integer("version"),
        p.text("decision"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("proposal", proposal);
    p.put("amendment", amendment);
    p.put("version", version);
    p.put("decision", decision);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    Amendment a = Deliberation.amendment(polity, amendment);
    require(stamp, "decision", Deliberation.recorded(polity, decision).outcome(), "adopted");
    makeVersion(this, polity, stamp, a, proposal, version, decision);
  }

  /** Makes the amendment's words the proposal's next version: accepted by the author, or adopted by decision. */
  static void makeVersion(DeliberationFact fact, Polity polity, Stamp stamp, Amendment a, String proposal,
      long version, String decision) {
    Proposal p = Deliberation.proposal(polity, proposal);
    fact.require(stamp, "council", fact.council(), p.council());
    fact.require(stamp, "proposal", a.proposal(), proposal);
    fact.require(stamp, "version", version, p.version() + 1);
    polity.amendments.put(a.withStatus(decision == null ? "accepted" : "adopted", null, null, version));
    polity.proposals.put(p.revised(version, a.title()));
    polity.proposalVersions.put(new ProposalVersion(ProposalVersion.id(proposal, version), proposal, version,
        a.title(), a.text(), a.author(), decision == null ? "accepted" : "adopted", a.id(), decision, "",
        stamp.timeText(), stamp.seq()));
  }
}
