package org.serge.council;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.record.CanonicalJson;

/**
 * A council was created inside a federation, with the rules it sets for itself
 * ({@code rules}: overrides of the overridable rules, maybe empty) and its founding member,
 * who becomes its first member (a federation's founder joins no one: its members are councils).
 */
public record CouncilCreated(String council, String name, CouncilKind kind, String parent, ObjectNode rules,
    String founder) implements Fact {
  public static final String TYPE = "council.created";

  public static CouncilCreated read(Payload p) {
    CouncilKind kind;
    try {
      kind = CouncilKind.parse(p.text("kind"));
    } catch (RuntimeException e) {
      throw p.bad("kind", "'" + p.text("kind") + "' is not a council kind");
    }
    return new CouncilCreated(p.text("council"), p.text("name"), kind, p.text("parent"), p.object("rules").node(),
        p.text("founder"));
  }

  public String type() {
    return TYPE;
  }

  public String scope() {
    return Council.scope(council);
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("name", name);
    p.put("kind", kind.text());
    p.put("parent", parent);
    p.set("rules", rules.deepCopy());
    p.put("founder", founder);
    return p;
  }

  public void applyTo(Polity polity, Stamp stamp) {
    polity.council(parent);
    polity.member(founder);
    polity.councils.put(new Council(council, name, kind, parent, CanonicalJson.write(rules), stamp.timeText(),
        stamp.seq()));
    if (kind != CouncilKind.FEDERATION) {
      polity.putMembership(new Membership(Membership.id(council, founder, stamp.seq()), council, founder,
          stamp.timeText(), null, stamp.seq(), null));
    }
  }
}
