package org.serge.council.constitution;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;
import org.serge.council.deliberation.Decision;
import org.serge.council.deliberation.DeliberationFact;

/**
 * After the {@code decision.recorded} of the assembly's vote on an amendment: adopted, it awaits
 * ratification by the member councils ({@code ratifying}); otherwise it is {@code rejected} or
 * {@code lapsed}.
 */
public record ConstitutionDecided(String council, String amendment, String decision) implements DeliberationFact {
  public static final String TYPE = "constitution.decided";

  public static ConstitutionDecided read(Payload p) {
    return new ConstitutionDecided(p.text("council"), p.text("amendment"), p.text("decision"));
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
    require(stamp, "council", council, a.federation());
    require(stamp, "decision", d.motion(), amendment);
    require(stamp, "amendment", a.status(), "voting");
    polity.constitutionAmendments.put(a.decided(d.outcome(), decision));
  }
}
