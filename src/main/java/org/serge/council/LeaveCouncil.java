package org.serge.council;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.serge.council.mandate.Mandates;

/**
 * A member leaves a council (only they can end their own membership). A delegate who leaves
 * the council they represent resigns its mandate by leaving ({@link Mandates#resignedByLeaving}).
 */
public record LeaveCouncil(String council) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    String member = Electorate.require(polity, council, actor, Times.text(now), "leave");
    List<Fact> facts = new ArrayList<>(Mandates.resignedByLeaving(polity, council, member, now));
    facts.add(new MemberLeft(council, member));
    return facts;
  }
}
