package org.serge.council.deliberation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;

/** The author revised their proposal while it was open for debate: a new version; the old ones stay. */
public record ProposalRevised(String council, String proposal, long version, String title, String text, String note)
    implements DeliberationFact {
  public static final String TYPE = "proposal.revised";

  public static ProposalRevised read(Payload p) {
    return new ProposalRevised(p.text("council"), p.text("proposal"), p.integer("version"), p.text("title"),
        p.text("text"), p.text("note"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("proposal", proposal);
    p.put("version", version);
    p.put("title", title);
    p.put("text", text);
    p.put("note", note);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    Proposal p = Deliberation.proposal(polity, proposal);
    require(stamp, "council", council, p.council());
    require(stamp, "version", version, p.version() + 1);
    String author = member(stamp);
    require(stamp, "actor", author, p.author());
    polity.proposals.put(p.revised(version, title));
    polity.proposalVersions.put(new ProposalVersion(ProposalVersion.id(proposal, version), proposal, version, title,
        text, author, "revised", null, null, note, stamp.timeText(), stamp.seq()));
  }
}
