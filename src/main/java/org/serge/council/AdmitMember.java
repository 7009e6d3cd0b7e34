package org.serge.council;

import java.time.Instant;
import java.util.List;
import org.serge.InvalidInputException;

/** A member of a workplace or neighbourhood council admits a registered person to it. */
public record AdmitMember(String council, String member) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    Council c = polity.council(council);
    if (c.isFederation()) {
      throw new InvalidInputException(null, 0, "council", council + " is a federation: its members are councils");
    }
    Electorate.require(polity, council, actor, Times.text(now), "admit members");
    polity.member(member);
    if (polity.isMember(council, member)) {
      throw new InvalidInputException(null, 0, "member", member + " is already a member of " + council);
    }
    return List.of(new MemberJoined(council, member));
  }
}
