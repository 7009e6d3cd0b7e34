package org.serge.council.planning;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.council.Payload;
import org.serge.council.Polity;
import org.serge.council.Stamp;
import org.serge.council.deliberation.Decision;

/**
 * After the {@code decision.recorded} of a motion on a plan: {@code plan.approved} (adopted) makes it the
 * round's plan in force, superseding the plan it amends; {@code plan.rejected} (rejected or lapsed) sends
 * the round back to its councils' proposals, with a fresh count of rounds.
 */
public record PlanDecided(boolean approved, String council, String plan, String decision) implements RoundFact {
  public static final String APPROVED = "plan.approved";
  public static final String REJECTED = "plan.rejected";

  public static PlanDecided readApproved(Payload p) {
    return new PlanDecided(true, p.text("council"), p.text("plan"), p.text("decision"));
  }

  public static PlanDecided readRejected(Payload p) {
    return new PlanDecided(false, p.text("council"), p.text("plan"), p.text("decision"));
  }

  public String type() {
    return approved ? APPROVED : REJECTED;
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("council", council);
    p.put("plan", plan);
    p.put("decision", decision);
    return p;
  }

  public void apply(Polity polity, Stamp stamp) {
    RoundPlan p = Rounds.plan(polity, plan);
    PlanningRound r = round(polity, stamp, p.round());
    require(stamp, "status of " + plan, p.status(), "voting");
    Decision d = polity.decision(decision).decision();
    require(stamp, "decision", d.motion(), p.motion());
    require(stamp, "outcome", d.outcome().equals("adopted"), approved);
    polity.plans.put(p.with(approved ? "approved" : "rejected", p.motion(), decision, stamp.seq()));
    if (approved) {
      if (r.plan() != null) {
        RoundPlan old = Rounds.plan(polity, r.plan());
        polity.plans.put(old.with("superseded", old.motion(), old.decision(), old.decidedSeq()));
      }
      polity.rounds.put(r.with("approved", r.iteration(), r.phaseStart(), plan));
    } else {
      polity.rounds.put(r.with(r.plan() == null ? "open" : "amending", r.iteration(), r.nextIteration(), r.plan()));
    }
  }
}
