package org.serge.council.election;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;

/**
 * Its actor cast a secret ballot in an election or budget round: who voted is public, as in a
 * polling station's register; what they voted is not here (it is sealed apart, with nothing
 * linking it to this event).
 */
public record BallotCast(String council, String election) implements ElectionFact {
  public static final String TYPE = "ballot.cast";

  public static BallotCast read(Payload p) {
    return new BallotCast(p.text("council"), p.text("election"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("election", election);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    SecretVote vote = vote(polity, stamp, election, "open");
    if (stamp.actor().isInstance()) {
      throw bad(stamp, "actor", "the instance does not vote");
    }
    String voter = stamp.actor().memberId();
    Elector elector = polity.electors.find(Elector.id(election, voter))
        .orElseThrow(() -> bad(stamp, "actor", voter + " is not entitled to vote in " + election));
    if (elector.hasVoted()) {
      throw bad(stamp, "actor", voter + " has already voted in " + election);
    }
    if (stamp.timeText().compareTo(vote.closes()) >= 0) {
      throw bad(stamp, "election", election + " closed at " + vote.closes());
    }
    polity.electors.put(new Elector(elector.id(), election, voter, stamp.timeText(), stamp.seq()));
    SecretVote.put(polity, vote.withVoted(vote.voted() + 1));
  }
}
