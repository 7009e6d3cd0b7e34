package org.serge.council.planning;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;
import org.serge.planning.cycle.Frame;
import org.serge.record.CanonicalJson;

/**
 * A planning round opened in a federation by an adopted plan decision: its objectives and settings
 * ({@link RoundSpec}), its regions, and the public demand they give (the selected PB projects
 * included). Applying it checks the decision and recomputes the regions and the public demand.
 */
public record RoundOpened(String round, String council, String decision, RoundSpec spec, List<String> regions,
    ObjectNode publicDemand) implements RoundFact {
  public static final String TYPE = "round.opened";

  public RoundOpened {
    regions = List.copyOf(regions);
  }

  public static RoundOpened read(Payload p) {
    return new RoundOpened(p.text("round"), p.text("council"), p.text("decision"), RoundSpec.read(p.object("spec")),
        p.texts("regions"), p.object("publicDemand").node());
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("round", round);
    p.put("council", council);
    p.put("decision", decision);
    p.set("spec", spec.json());
    p.set("regions", Payload.texts(regions));
    p.set("publicDemand", publicDemand);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    require(stamp, "round", round, PlanningRound.PREFIX + stamp.seq());
    if (!polity.council(council).isFederation()) {
      throw bad(stamp, "council", council + " is not a federation");
    }
    try {
      OpenRound.requireDecision(polity, council, decision);
    } catch (org.serge.council.Refused e) {
      throw bad(stamp, "decision", e.reason());
    }
    require(stamp, "regions", regions, Rounds.regions(polity, council));
    Frame frame = Rounds.frame(spec, regions);
    requireSame(stamp, "publicDemand", publicDemand, Numbers.object(frame.products(),
        OpenRound.publicDemand(polity, council, spec, frame), false), "the stated demand and the selected projects");
    polity.rounds.put(new PlanningRound(round, council, spec.title(), spec.period(), decision,
        CanonicalJson.write(spec.json()), CanonicalJson.write(Payload.texts(regions)),
        CanonicalJson.write(publicDemand), "opening", null, 1, null, stamp.actor().toString(), stamp.timeText(),
        stamp.seq()));
  }
}
