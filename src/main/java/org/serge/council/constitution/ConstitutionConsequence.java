package org.serge.council.constitution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.serge.InvalidInputException;
import org.serge.council.Actor;
import org.serge.council.Articles;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.deliberation.DecisionRecorded;
import org.serge.council.deliberation.Subjects;
import org.serge.council.motion.Consequence;
import org.serge.council.motion.Motion;
import org.serge.council.motion.MotionOpened;

/**
 * A motion to amend a top-level federation's constitution (subject {@code constitution}, subject
 * id the federation, kind {@code constitutional}), put to its assembly; its text is the whole new
 * constitution as JSON ({@link ConstitutionJson}). One amendment at a time. Adoption leaves it
 * awaiting ratification by the member councils ({@link RatificationConsequence}), or in force at
 * once when {@code amendment.ratification} is reached without any; any outcome is a decision.
 */
public final class ConstitutionConsequence implements Consequence {
  public static final String SUBJECT = "constitution";

  public void checkOpening(Polity polity, String councilId, String subjectId) {
    Subjects.requireCouncil(councilId, subjectId, "the constitution of " + subjectId);
    if (polity.council(councilId).parent() != null) {
      throw new InvalidInputException(null, 0, "council", councilId + " is not a top-level federation: its"
          + " constitution is its federation's, and it sets rules for itself by an override");
    }
    Amendments.pending(polity, councilId).ifPresent(a -> {
      throw new Refused(Articles.AMENDMENTS, "amendment " + a.id() + " of " + councilId + "'s constitution is "
          + a.status() + ": one amendment at a time");
    });
  }

  @Override
  public void checkOpening(Polity polity, Actor actor, String councilId, String kind, String subjectId, Instant now) {
    Subjects.requireKind(kind, "constitutional", "an amendment of the constitution");
    checkOpening(polity, councilId, subjectId);
  }

  /** Checks the new constitution the motion carries, and records the amendment under vote. */
  @Override
  public List<Fact> opened(Polity polity, MotionOpened motion, Instant now, long nextSeq) {
    Amendments.parse(motion.text());
    return List.of(new ConstitutionProposed(motion.council(), motion.motion()));
  }

  public List<Fact> adopted(Polity polity, Motion motion, Instant now, long nextSeq) {
    List<Fact> facts = new ArrayList<>(notAdopted(polity, motion, now, nextSeq));
    if (Amendments.ratifiedBy(polity, motion.council(), 0)) {
      facts.add(new AmendmentConcluded(AmendmentConcluded.AMENDED, motion.council(), motion.id()));
    }
    return facts;
  }

  @Override
  public List<Fact> notAdopted(Polity polity, Motion motion, Instant now, long nextSeq) {
    DecisionRecorded decision = DecisionRecorded.of(polity, motion, nextSeq, null);
    return List.of(decision, new ConstitutionDecided(motion.council(), motion.id(), decision.decision()));
  }
}
