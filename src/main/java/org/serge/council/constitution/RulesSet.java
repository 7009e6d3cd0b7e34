package org.serge.council.constitution;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Council;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;
import org.serge.council.deliberation.DeliberationFact;
import org.serge.record.CanonicalJson;

/**
 * After the adopting {@code decision.recorded} of a council's motion on its own rules (subject
 * {@code override}): {@code rules} are the rules it now sets for itself, all of them (its earlier
 * overrides with the decision's changes), over those it inherits.
 */
public record RulesSet(String council, ObjectNode rules, String decision) implements DeliberationFact {
  public static final String TYPE = "council.rules-set";

  public static RulesSet read(Payload p) {
    return new RulesSet(p.text("council"), p.object("rules").node(), p.text("decision"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.set("rules", rules.deepCopy());
    p.put("decision", decision);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    Council c = polity.council(council);
    require(stamp, "decision", polity.decision(decision).decision().subjectId(), council);
    if (c.parent() == null) {
      throw bad(stamp, "council", council + " is a top-level federation: its constitution is amended, not overridden");
    }
    String text = CanonicalJson.write(rules);
    Overrides.apply(polity.constitution(c.parent()), text, "event " + stamp.seq() + " (" + TYPE + ")");
    polity.councils.put(new Council(c.id(), c.name(), c.kind(), c.parent(), text, c.created(), c.seq()));
    polity.constitutionsChanged();
  }
}
