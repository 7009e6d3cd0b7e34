package org.serge.council;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A person became known to the record, with the name they go by. */
public record MemberRegistered(String member, String name) implements Fact {
  public static final String TYPE = "member.registered";

  public static MemberRegistered read(Payload p) {
    return new MemberRegistered(p.text("member"), p.text("name"));
  }

  public String type() {
    return TYPE;
  }

  public String scope() {
    return "instance";
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("member", member);
    p.put("name", name);
    return p;
  }

  public void applyTo(Polity polity, Stamp stamp) {
    polity.members.put(new Member(member, name, stamp.timeText(), stamp.seq()));
  }
}
