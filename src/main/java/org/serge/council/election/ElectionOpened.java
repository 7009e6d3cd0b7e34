package org.serge.council.election;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;

/**
 * An election opened in a council: its candidates, seats, method and purpose, until
 * {@code closes}; those entitled at this event (the council's {@link org.serge.council.Electorate})
 * are entered in its register, {@code entitled} of them.
 */
public record ElectionOpened(
    String election, String council, String title, long seats, String method, String purpose,
    List<OpenElection.Nominee> candidates, String closes, String rule, long entitled) implements ElectionFact {
  public static final String TYPE = "election.opened";

  public ElectionOpened {
    candidates = List.copyOf(candidates);
  }

  public static ElectionOpened read(Payload p) {
    List<OpenElection.Nominee> candidates = new ArrayList<>();
    ArrayNode list = p.array("candidates");
    for (int i = 0; i < list.size(); i++) {
      JsonNode c = list.get(i);
      if (!c.isObject()) {
        throw p.bad("candidates[" + i + "]", "is not an object");
      }
      Payload entry = new Payload((ObjectNode) c, p.where());
      candidates.add(new OpenElection.Nominee(entry.text("id"), entry.text("name")));
    }
    return new ElectionOpened(p.text("election"), p.text("council"), p.text("title"), p.integer("seats"),
        p.text("method"), p.text("purpose"), candidates, p.text("closes"), p.text("rule"), p.integer("entitled"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("election", election);
    p.put("council", council);
    p.put("title", title);
    p.put("seats", seats);
    p.put("method", method);
    p.put("purpose", purpose);
    ArrayNode list = p.putArray("candidates");
    candidates.forEach(c -> list.addObject().put("id", c.id()).put("name", c.name()));
    p.put("closes", closes);
    p.put("rule", rule);
    p.put("entitled", entitled);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    polity.council(council);
    require(stamp, "election", election, Election.PREFIX + stamp.seq());
    Methods.election(method);
    Purposes.of(purpose);
    if (seats < 1 || candidates.size() < seats) {
      throw bad(stamp, "seats", candidates.size() + " candidates cannot fill " + seats + " seats");
    }
    long registered = Elections.register(polity, election, council, stamp.timeText());
    require(stamp, "entitled", entitled, registered);
    polity.elections.put(new Election(election, council, title, seats, method, purpose, stamp.actor().toString(),
        stamp.timeText(), closes, "open", entitled, 0, rule, null, null, stamp.seq(), null));
    for (int i = 0; i < candidates.size(); i++) {
      OpenElection.Nominee c = candidates.get(i);
      polity.electionCandidates.put(new Candidate(Candidate.id(election, c.id()), election, c.id(), c.name(), i + 1,
          null));
    }
  }
}
