package org.serge.council.deliberation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;

/** The council elected a member moderator by its decision (a motion with subject {@code moderator}). */
public record ModeratorElected(String council, String member, String decision) implements DeliberationFact {
  public static final String TYPE = "moderator.elected";

  public static ModeratorElected read(Payload p) {
    return new ModeratorElected(p.text("council"), p.text("member"), p.text("decision"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("member", member);
    p.put("decision", decision);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    Decision d = Deliberation.recorded(polity, decision);
    require(stamp, "council", council, d.council());
    require(stamp, "member", member, d.subjectId());
    require(stamp, "decision", d.outcome(), "adopted");
    polity.moderators.put(new Moderator(Moderator.id(council, member, stamp.seq()), council, member, decision,
        stamp.timeText(), stamp.seq()));
  }
}
