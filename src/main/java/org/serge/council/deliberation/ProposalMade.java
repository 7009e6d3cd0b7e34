package org.serge.council.deliberation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;

/** A member made a proposal in a council: its first version, open for debate. The actor is its author. */
public record ProposalMade(String council, String proposal, String kind, String title, String text)
    implements DeliberationFact {
  public static final String TYPE = "proposal.made";

  public static ProposalMade read(Payload p) {
    return new ProposalMade(p.text("council"), p.text("proposal"), p.text("kind"), p.text("title"), p.text("text"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("proposal", proposal);
    p.put("kind", kind);
    p.put("title", title);
    p.put("text", text);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    requireId(stamp, "proposal", proposal, "p-");
    polity.council(council);
    String author = member(stamp);
    String time = stamp.timeText();
    polity.proposals.put(new Proposal(proposal, council, kind, author, title, 1, "open", null, null, null, time,
        stamp.seq()));
    polity.proposalVersions.put(new ProposalVersion(ProposalVersion.id(proposal, 1), proposal, 1, title, text, author,
        "proposed", null, null, "", time, stamp.seq()));
  }
}
