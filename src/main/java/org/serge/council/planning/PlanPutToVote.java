package org.serge.council.planning;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;
import org.serge.council.motion.Motion;

/** After {@code motion.opened} (subject {@code plan}): the drafted plan is before the assembly. */
public record PlanPutToVote(String council, String plan, String motion) implements RoundFact {
  public static final String TYPE = "plan.put-to-vote";

  public static PlanPutToVote read(Payload p) {
    return new PlanPutToVote(p.text("council"), p.text("plan"), p.text("motion"));
  }

  public String type() {
    return TYPE;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("plan", plan);
    p.put("motion", motion);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    RoundPlan p = Rounds.plan(polity, plan);
    require(stamp, "council", council, p.federation());
    require(stamp, "status of " + plan, p.status(), "drafted");
    Motion m = polity.motion(motion);
    require(stamp, "motion", m.subjectType() + ":" + m.subjectId(), PlanConsequence.SUBJECT + ":" + plan);
    polity.plans.put(p.with("voting", motion, null, null));
  }
}
