package org.serge.council;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A person became a member of a workplace or neighbourhood council, admitted by the actor. */
public record MemberJoined(String council, String member) implements Fact {
  public static final String TYPE = "member.joined";

  public static MemberJoined read(Payload p) {
    return new MemberJoined(p.text("council"), p.text("member"));
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
    polity.council(council);
    polity.member(member);
    polity.putMembership(new Membership(Membership.id(council, member, stamp.seq()), council, member,
        stamp.timeText(), null, stamp.seq(), null));
  }
}
