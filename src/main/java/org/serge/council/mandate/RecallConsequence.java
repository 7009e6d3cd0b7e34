package org.serge.council.mandate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.serge.council.Actor;
import org.serge.council.Articles;
import org.serge.council.Fact;
import org.serge.council.Mandate;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.Times;
import org.serge.council.deliberation.DecisionRecorded;
import org.serge.council.deliberation.Subjects;
import org.serge.council.motion.Consequence;
import org.serge.council.motion.Motion;
import org.serge.council.motion.MotionOpened;

/**
 * A motion to recall a delegate (subject {@code mandate}, subject id the mandate, kind
 * {@code recall}), in the council that gave the mandate, while it is in force and no other recall
 * vote on it is open. A petition gathering signatures on the mandate goes to the vote with it.
 * Adoption ends the mandate ({@code mandate.recalled}); any outcome is recorded as a decision, and
 * the petition, if any, takes it.
 */
public final class RecallConsequence implements Consequence {
  public static final String SUBJECT = "mandate";

  public void checkOpening(Polity polity, String councilId, String subjectId) {
    Mandate m = Mandates.mandate(polity, subjectId);
    Subjects.requireCouncil(councilId, m.council(), m.id());
    Recalls.openVote(polity, m.id()).ifPresent(v -> {
      throw new Refused(Articles.RECALLS, "a vote to recall " + m.member() + " is open already: " + v.id());
    });
  }

  @Override
  public void checkOpening(Polity polity, Actor actor, String councilId, String kind, String subjectId, Instant now) {
    Subjects.requireKind(kind, "recall", "a recall");
    checkOpening(polity, councilId, subjectId);
    Recalls.requireInForce(Mandates.mandate(polity, subjectId), Times.text(now));
  }

  @Override
  public List<Fact> opened(Polity polity, MotionOpened motion, Instant now, long nextSeq) {
    return Recalls.openPetition(polity, motion.subjectId())
        .<List<Fact>>map(r -> List.of(new RecallPutToVote(r.council(), r.id(), motion.motion()))).orElse(List.of());
  }

  public List<Fact> adopted(Polity polity, Motion motion, Instant now, long nextSeq) {
    DecisionRecorded decision = DecisionRecorded.of(polity, motion, nextSeq, null);
    List<Fact> facts = new ArrayList<>();
    facts.add(decision);
    Mandate m = Mandates.mandate(polity, motion.subjectId());
    if (m.heldAt(Times.text(now))) { // it may have ended meanwhile, by resignation or at its term's end
      facts.add(MandateEnded.recalled(m, decision.decision()));
    }
    facts.addAll(petitionDecided(polity, motion, decision));
    return facts;
  }

  @Override
  public List<Fact> notAdopted(Polity polity, Motion motion, Instant now, long nextSeq) {
    DecisionRecorded decision = DecisionRecorded.of(polity, motion, nextSeq, null);
    List<Fact> facts = new ArrayList<>();
    facts.add(decision);
    facts.addAll(petitionDecided(polity, motion, decision));
    return facts;
  }

  private static List<Fact> petitionDecided(Polity polity, Motion motion, DecisionRecorded decision) {
    return polity.recallPetitions.rows().stream().filter(r -> motion.id().equals(r.motion()))
        .<Fact>map(r -> new RecallDecided(r.council(), r.id(), decision.decision())).toList();
  }
}
