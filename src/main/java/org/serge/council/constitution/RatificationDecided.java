package org.serge.council.constitution;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;
import org.serge.council.deliberation.Decision;
import org.serge.council.deliberation.DeliberationFact;

/**
 * After the {@code decision.recorded} of a member council's vote on ratifying an amendment of its
 * federation's constitution, adopted (ratified) or rejected (declined): the council's ratification,
 * counted on the amendment.
 */
public record RatificationDecided(String council, String amendment, String decision) implements DeliberationFact {
  public static final String TYPE = "ratification.decided";

  public static RatificationDecided read(Payload p) {
    return new RatificationDecided(p.text("council"), p.text("amendment"), p.text("decision"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("amendment", amendment);
    p.put("decision", decision);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    ConstitutionAmendment a = Amendments.amendment(polity, amendment);
    Decision d = polity.decision(decision).decision();
    require(stamp, "council", council, d.council());
    require(stamp, "amendment", d.subjectId(), amendment);
    require(stamp, "federation", polity.council(council).parent(), a.federation());
    require(stamp, "amendment", a.status(), "ratifying");
    if (!d.taken()) {
      throw bad(stamp, "decision", decision + " lapsed: nothing to count");
    }
    String id = Ratification.id(amendment, council);
    if (polity.ratifications.contains(id)) {
      throw bad(stamp, "council", council + " decided on " + amendment + " already");
    }
    boolean ratified = d.outcome().equals("adopted");
    polity.ratifications.put(new Ratification(id, amendment, council, d.outcome(), decision, stamp.timeText(),
        stamp.seq()));
    polity.constitutionAmendments.put(a.counted(ratified));
  }
}
