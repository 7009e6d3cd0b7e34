package org.serge.council;

import java.time.Instant;
import java.util.List;

/** Makes a person known to the record; the instance does it when someone signs up or is invited. */
public record RegisterMember(String member, String name) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    Names.check("member", member);
    Names.unused(polity.members, "member", member);
    return List.of(new MemberRegistered(member, Names.checkName("name", name)));
  }
}
