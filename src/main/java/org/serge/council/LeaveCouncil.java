package org.serge.council;

import java.time.Instant;
import java.util.List;

/** A member leaves a council (only they can end their own membership). */
public record LeaveCouncil(String council) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    String member = Electorate.require(polity, council, actor, Times.text(now), "leave");
    return List.of(new MemberLeft(council, member));
  }
}
