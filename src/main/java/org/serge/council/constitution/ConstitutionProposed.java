package org.serge.council.constitution;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;
import org.serge.council.deliberation.DeliberationFact;
import org.serge.council.motion.Motion;
import org.serge.record.CanonicalJson;

/**
 * After {@code motion.opened} (kind {@code constitutional}, subject {@code constitution}) in a
 * top-level federation's assembly: the amendment the motion's text carries (the whole new
 * constitution) is under vote. Its id is the motion's.
 */
public record ConstitutionProposed(String council, String amendment) implements DeliberationFact {
  public static final String TYPE = "constitution.proposed";

  public static ConstitutionProposed read(Payload p) {
    return new ConstitutionProposed(p.text("council"), p.text("amendment"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("amendment", amendment);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    Motion m = polity.motion(amendment);
    require(stamp, "council", council, m.council());
    require(stamp, "amendment", m.subjectType() + " " + m.subjectId(), ConstitutionConsequence.SUBJECT + " " + council);
    Constitution constitution = Amendments.parse(m.text());
    polity.constitutionAmendments.put(new ConstitutionAmendment(amendment, council,
        CanonicalJson.write(constitution.toJson()), "voting", null, 0, 0, stamp.timeText(), null, stamp.seq()));
  }
}
