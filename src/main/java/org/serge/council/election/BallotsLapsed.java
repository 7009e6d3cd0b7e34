package org.serge.council.election;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;
import org.serge.council.constitution.DecisionRule;

/**
 * An election or budget round closed without the quorum of its kind: it lapsed, and its
 * sealed ballots were destroyed unread (a small turnout is a small crowd to hide in, and a
 * lapsed vote decides nothing). Only how many voted is recorded.
 */
public record BallotsLapsed(String council, String election, long voted, long entitled, String rule)
    implements ElectionFact {
  public static final String TYPE = "ballots.lapsed";

  public static BallotsLapsed read(Payload p) {
    return new BallotsLapsed(p.text("council"), p.text("election"), p.integer("voted"), p.integer("entitled"),
        p.text("rule"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("election", election);
    p.put("voted", voted);
    p.put("entitled", entitled);
    p.put("rule", rule);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    SecretVote vote = vote(polity, stamp, election, "open");
    require(stamp, "voted", voted, vote.voted());
    require(stamp, "entitled", entitled, vote.entitled());
    DecisionRule decision = polity.constitution(council).decision(vote.kind());
    require(stamp, "rule", rule, decision.id());
    if (Closing.quorate(decision, voted, entitled)) {
      throw bad(stamp, "voted", voted + " of " + entitled + " meet the quorum of " + rule + ": it cannot lapse");
    }
    SecretVote.put(polity, switch (vote) {
      case Election e -> e.ended("lapsed", null, null, stamp.seq());
      case BudgetRound r -> r.ended("lapsed", null, null, null, stamp.seq());
    });
    polity.ballotBox.empty(election);
  }
}
