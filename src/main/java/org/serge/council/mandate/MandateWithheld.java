package org.serge.council.mandate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;
import org.serge.council.deliberation.DeliberationFact;

/**
 * A council elected a delegate (by open vote, or by secret ballot: {@code decision} is then the
 * election's id) whom the constitution no longer let take the mandate when the vote closed (they left the council, or took another mandate meanwhile): no mandate is granted, and
 * the record says by which rule ({@code rule}) and why. The decision stands as taken.
 */
public record MandateWithheld(String council, String member, String decision, String rule, String reason)
    implements DeliberationFact {
  public static final String TYPE = "mandate.withheld";

  public static MandateWithheld read(Payload p) {
    return new MandateWithheld(p.text("council"), p.text("member"), p.text("decision"), p.text("rule"),
        p.text("reason"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("member", member);
    p.put("decision", decision);
    p.put("rule", rule);
    p.put("reason", reason);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    var election = polity.elections.find(decision);
    if (election.isPresent()) { // chosen by a secret-ballot election of delegates: one of its winners
      String elected = election.get().elected();
      if (elected == null || !elected.contains("\"" + member + "\"")) {
        throw bad(stamp, "member", member + " was not elected in " + decision);
      }
      return;
    }
    require(stamp, "member", member, polity.decision(decision).decision().subjectId());
  }
}
