package org.serge.council;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A member left a council; the membership ends, its history stays. */
public record MemberLeft(String council, String member) implements Fact {
  public static final String TYPE = "member.left";

  public static MemberLeft read(Payload p) {
    return new MemberLeft(p.text("council"), p.text("member"));
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
    p.put("member", member);
    return p;
  }

  public void applyTo(Polity polity, Stamp stamp) {
    Membership m = polity.membership(council, member)
        .orElseThrow(() -> new Payload(payload(), "event " + stamp.seq() + " (" + TYPE + ")")
            .bad("member", member + " is not a member of " + council));
    polity.putMembership(m.ended(stamp.timeText(), stamp.seq()));
  }
}
