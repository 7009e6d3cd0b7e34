package org.serge.council;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.constitution.Constitution;
import org.serge.record.CanonicalJson;

/** A top-level federation was founded under its constitution. */
public record FederationFounded(String federation, String name, Constitution constitution) implements Fact {
  public static final String TYPE = "federation.founded";

  public static FederationFounded read(Payload p) {
    return new FederationFounded(p.text("federation"), p.text("name"), Constitution.fromJson(p.object("constitution")));
  }

  public String type() {
    return TYPE;
  }

  public String scope() {
    return Council.scope(federation);
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("federation", federation);
    p.put("name", name);
    p.set("constitution", constitution.toJson());
    return p;
  }

  public void applyTo(Polity polity, Stamp stamp) {
    polity.councils.put(new Council(federation, name, CouncilKind.FEDERATION, null,
        CanonicalJson.write(constitution.toJson()), stamp.timeText(), stamp.seq()));
  }
}
