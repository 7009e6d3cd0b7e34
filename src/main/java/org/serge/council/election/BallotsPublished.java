package org.serge.council.election;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;
import org.serge.record.CanonicalJson;

/**
 * Every ballot of a closed election or budget round, published in one batch, in a shuffled
 * order, each with its receipt hash and nothing else: no sealed-ballot id, time or seq. The
 * batch holds exactly as many ballots as {@code ballot.cast} events; the ballot box is emptied.
 */
public record BallotsPublished(String council, String election, List<Published> ballots) implements ElectionFact {
  public static final String TYPE = "ballots.published";

  /** One published ballot: its canonical JSON and the hash of its voter's receipt secret. */
  public record Published(String ballot, String receipt) {}

  public BallotsPublished {
    ballots = List.copyOf(ballots);
  }

  public static BallotsPublished read(Payload p) {
    List<Published> ballots = new ArrayList<>();
    ArrayNode list = p.array("ballots");
    for (int i = 0; i < list.size(); i++) {
      JsonNode node = list.get(i);
      if (!node.isObject() || !node.path("ballot").isObject() || !node.path("receipt").isTextual()) {
        throw p.bad("ballots[" + i + "]", "is not {\"ballot\":{…},\"receipt\":\"…\"}");
      }
      ballots.add(new Published(CanonicalJson.write(node.get("ballot")), node.get("receipt").textValue()));
    }
    return new BallotsPublished(p.text("council"), p.text("election"), ballots);
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("election", election);
    ArrayNode list = p.putArray("ballots");
    for (Published b : ballots) {
      ObjectNode entry = list.addObject();
      entry.set("ballot", Ballots.parse(b.ballot()));
      entry.put("receipt", b.receipt());
    }
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    SecretVote vote = vote(polity, stamp, election, "open");
    require(stamp, "ballots (how many)", (long) ballots.size(), vote.voted());
    for (int i = 0; i < ballots.size(); i++) {
      Published b = ballots.get(i);
      if (!b.receipt().matches("[0-9a-f]{64}")) {
        throw bad(stamp, "ballots[" + i + "].receipt", "is not a hex SHA-256");
      }
      if (!Ballots.canonical(polity, vote, Ballots.marks(b.ballot())).equals(b.ballot())) {
        throw bad(stamp, "ballots[" + i + "].ballot", "is not a ballot of " + election + " in its canonical form");
      }
      polity.publishedBallots.put(new PublishedBallot(PublishedBallot.id(election, i + 1), election, i + 1, b.ballot(),
          b.receipt()));
    }
    SecretVote.put(polity, switch (vote) {
      case Election e -> e.ended("published", null, null, stamp.seq());
      case BudgetRound r -> r.ended("published", null, null, null, stamp.seq());
    });
    polity.ballotBox.empty(election);
  }
}
