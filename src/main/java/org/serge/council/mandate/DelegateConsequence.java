package org.serge.council.mandate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.serge.InvalidInputException;
import org.serge.council.Actor;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.deliberation.DecisionRecorded;
import org.serge.council.deliberation.Subjects;
import org.serge.council.motion.Consequence;
import org.serge.council.motion.Motion;

/**
 * A motion to elect a delegate (subject {@code delegate}, subject id the member, kind
 * {@code election}) in a council or member federation. The candidate must be eligible
 * ({@link Mandates#checkEligible}) when it opens, and again when it closes: adoption grants the
 * mandate for the constitution's term, or, if the candidate is no longer eligible, records
 * {@code mandate.withheld} naming the rule. Any outcome is recorded as a decision.
 */
public final class DelegateConsequence implements Consequence {
  public static final String SUBJECT = "delegate";

  public void checkOpening(Polity polity, String councilId, String subjectId) {
    Mandates.federationOf(polity, councilId);
    polity.member(subjectId);
  }

  @Override
  public void checkOpening(Polity polity, Actor actor, String councilId, String kind, String subjectId, Instant now) {
    Subjects.requireKind(kind, "election", "a delegate");
    Mandates.checkEligible(polity, councilId, subjectId, now);
  }

  public List<Fact> adopted(Polity polity, Motion motion, Instant now, long nextSeq) {
    DecisionRecorded decision = DecisionRecorded.of(polity, motion, nextSeq, null);
    List<Fact> facts = new ArrayList<>();
    facts.add(decision);
    try {
      facts.addAll(Mandates.grant(polity, motion.council(), List.of(motion.subjectId()), now, nextSeq + 1,
          decision.decision()));
    } catch (Refused | InvalidInputException e) {
      String rule = e instanceof Refused r ? r.rule().id() : "articles.mandates";
      String reason = e instanceof Refused r ? r.reason() : e.getMessage();
      facts.add(new MandateWithheld(motion.council(), motion.subjectId(), decision.decision(), rule, reason));
    }
    return facts;
  }

  @Override
  public List<Fact> notAdopted(Polity polity, Motion motion, Instant now, long nextSeq) {
    return List.of(DecisionRecorded.of(polity, motion, nextSeq, null));
  }
}
