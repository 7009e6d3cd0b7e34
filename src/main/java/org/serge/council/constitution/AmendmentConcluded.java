package org.serge.council.constitution;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Council;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;
import org.serge.council.deliberation.DeliberationFact;

/**
 * An amendment awaiting ratification concluded: {@code constitution.amended} — enough member
 * councils ratified it and it is the federation's constitution from now on, for every council in
 * it; or {@code constitution.failed} — so many declined that the share can no longer be reached.
 */
public record AmendmentConcluded(String type, String council, String amendment) implements DeliberationFact {
  public static final String AMENDED = "constitution.amended";
  public static final String FAILED = "constitution.failed";

  public static AmendmentConcluded readAmended(Payload p) {
    return new AmendmentConcluded(AMENDED, p.text("council"), p.text("amendment"));
  }

  public static AmendmentConcluded readFailed(Payload p) {
    return new AmendmentConcluded(FAILED, p.text("council"), p.text("amendment"));
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("amendment", amendment);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    ConstitutionAmendment a = Amendments.amendment(polity, amendment);
    require(stamp, "council", council, a.federation());
    require(stamp, "amendment", a.status(), "ratifying");
    boolean amended = type.equals(AMENDED);
    long councils = polity.memberCouncils(council).size();
    Fraction share = polity.constitution(council).ratification();
    if (amended != share.reachedBy(a.ratified(), councils)
        || !amended && share.reachedBy(councils - a.declined(), councils)) {
      throw bad(stamp, "amendment", amendment + " has " + a.ratified() + " ratifications and " + a.declined()
          + " refusals of " + councils + " councils: it is not " + (amended ? "ratified" : "failed"));
    }
    polity.constitutionAmendments.put(a.concluded(amended ? "in-force" : "failed", stamp.timeText()));
    if (amended) {
      Council f = polity.council(council);
      polity.councils.put(new Council(f.id(), f.name(), f.kind(), f.parent(), a.constitution(), f.created(), f.seq()));
      polity.constitutionsChanged();
    }
  }
}
