package org.serge.council;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.serge.council.constitution.Overrides;

/**
 * Creates a council inside a federation, with the rules it sets for itself. The actor is
 * its founder and, for a workplace or neighbourhood council, its first member.
 */
public record CreateCouncil(String council, String name, CouncilKind kind, String parent, ObjectNode rules)
    implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    if (actor.isInstance()) {
      throw new Refused(Articles.INSTANCE, "councils are created by their founding members, not by the instance");
    }
    String founder = actor.memberId();
    polity.member(founder);
    Names.check("council", council);
    Names.unused(polity.councils, "council", council);
    Council federation = polity.council(parent);
    if (!federation.isFederation()) {
      throw new org.serge.InvalidInputException(null, 0, "parent", parent + " is a " + federation.kind().text()
          + " council, not a federation");
    }
    ObjectNode own = rules == null ? Payload.object() : rules;
    Overrides.checkAllowed(polity.constitution(parent), own);
    return List.of(new CouncilCreated(council, Names.checkName("name", name), kind, parent, own, founder));
  }
}
