package org.serge.council.mandate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Mandate;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;
import org.serge.council.deliberation.DeliberationFact;

/**
 * A council gave a member a mandate to its federation's assembly, from now until {@code termEnd}
 * ({@code mandates.term} later). {@code grantedBy} is the decision or election that chose them,
 * or null.
 */
public record MandateGranted(
    String council, String federation, String member, String mandate, String termEnd, String grantedBy)
    implements DeliberationFact {
  public static final String TYPE = "mandate.granted";

  public static MandateGranted read(Payload p) {
    return new MandateGranted(p.text("council"), p.text("federation"), p.text("member"), p.text("mandate"),
        p.text("termEnd"), p.optionalText("grantedBy"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("federation", federation);
    p.put("member", member);
    p.put("mandate", mandate);
    p.put("termEnd", termEnd);
    p.put("grantedBy", grantedBy);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    require(stamp, "federation", federation, Mandates.federationOf(polity, council));
    polity.member(member);
    if (!Mandates.belongs(polity, council, member)) {
      throw bad(stamp, "member", member + " is not a member of " + council);
    }
    require(stamp, "mandate", mandate, Mandate.id(federation, council, member, stamp.seq()));
    if (termEnd.compareTo(stamp.timeText()) <= 0) {
      throw bad(stamp, "termEnd", termEnd + " is not after the grant");
    }
    polity.mandates.put(new Mandate(mandate, member, council, federation, stamp.timeText(), termEnd, null, null,
        stamp.seq(), null));
  }
}
