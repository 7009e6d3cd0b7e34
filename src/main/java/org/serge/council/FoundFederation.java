package org.serge.council;

import java.time.Instant;
import java.util.List;
import org.serge.council.constitution.Constitution;

/**
 * Founds a top-level federation under a constitution: the founding act that every later
 * decision rests on, done by the instance ({@code serge init}) before there is anyone to
 * decide. Changing the constitution afterwards is a decision under its own rules.
 */
public record FoundFederation(String federation, String name, Constitution constitution) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    if (!actor.isInstance()) {
      throw new Refused(Articles.INSTANCE, "a top-level federation is founded by the instance from its constitution"
          + " (serge init); councils then join it under its rules");
    }
    Names.check("federation", federation);
    Names.unused(polity.councils, "council", federation);
    return List.of(new FederationFounded(federation, Names.checkName("name", name), constitution));
  }
}
