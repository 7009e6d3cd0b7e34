package org.serge.council.motion;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Council;
import org.serge.council.Fact;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;

/** A member (or delegate) voted, by name, on an open motion. */
public record VoteCast(String council, String motion, Choice choice) implements Fact {
  public static final String TYPE = "vote.cast";

  public static VoteCast read(Payload p) {
    return new VoteCast(p.text("council"), p.text("motion"), Choice.parse(p.text("choice")));
  }

  public String type() {
    return TYPE;
  }

  public String scope() {
    return Council.scope(council);
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("motion", motion);
    p.put("choice", choice.text());
    return p;
  }

  public void applyTo(Polity polity, Stamp stamp) {
    String voter = stamp.actor().memberId();
    polity.putVote(new Vote(Vote.id(motion, voter), motion, voter, choice.text(), stamp.timeText(), stamp.seq()));
  }
}
