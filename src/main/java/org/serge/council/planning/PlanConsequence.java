package org.serge.council.planning;

import java.time.Instant;
import java.util.List;
import org.serge.council.Actor;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.deliberation.DecisionRecorded;
import org.serge.council.deliberation.Subjects;
import org.serge.council.motion.Consequence;
import org.serge.council.motion.Motion;
import org.serge.council.motion.MotionOpened;

/**
 * A motion on a drafted plan (subject {@code plan}, kind {@code plan}) in its federation's assembly:
 * opening it puts the plan to the vote; at the close a decision is recorded whatever the outcome (so
 * minority reports attach to it), and the plan is approved ({@code plan.approved}, replacing the plan it
 * amends) or rejected ({@code plan.rejected}: the round takes proposals again).
 */
public final class PlanConsequence implements Consequence {
  public static final String SUBJECT = "plan";

  public void checkOpening(Polity polity, String councilId, String subjectId) {
    RoundPlan plan = Rounds.plan(polity, subjectId);
    Subjects.requireCouncil(councilId, plan.federation(), plan.id());
    if (!plan.status().equals("drafted")) {
      throw new Refused(RoundArticles.STEPS, plan.id() + " is " + plan.status() + ", not drafted");
    }
  }

  @Override
  public void checkOpening(Polity polity, Actor actor, String councilId, String kind, String subjectId, Instant now) {
    Subjects.requireKind(kind, "plan", subjectId);
    checkOpening(polity, councilId, subjectId);
  }

  @Override
  public List<Fact> opened(Polity polity, MotionOpened motion, Instant now, long nextSeq) {
    return List.of(new PlanPutToVote(motion.council(), motion.subjectId(), motion.motion()));
  }

  public List<Fact> adopted(Polity polity, Motion motion, Instant now, long nextSeq) {
    DecisionRecorded decision = DecisionRecorded.of(polity, motion, nextSeq, null);
    return List.of(decision, new PlanDecided(true, motion.council(), motion.subjectId(), decision.decision()));
  }

  @Override
  public List<Fact> notAdopted(Polity polity, Motion motion, Instant now, long nextSeq) {
    DecisionRecorded decision = DecisionRecorded.of(polity, motion, nextSeq, null);
    return List.of(decision, new PlanDecided(false, motion.council(), motion.subjectId(), decision.decision()));
  }
}
