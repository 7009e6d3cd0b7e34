package org.serge.council.deliberation;

import java.time.Instant;
import java.util.List;
import org.serge.council.Actor;
import org.serge.council.Articles;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.motion.Consequence;
import org.serge.council.motion.Motion;
import org.serge.council.motion.MotionOpened;

/**
 * A motion on an amendment (subject {@code amendment}): anyone who acts in the council puts a
 * pending amendment to the vote, under its proposal's kind, one amendment vote at a time per
 * proposal. Adoption makes the amendment's words the proposal's next version; any outcome is
 * recorded as a decision and stays on the amendment.
 */
public final class AmendmentConsequence implements Consequence {
  public void checkOpening(Polity polity, String councilId, String subjectId) {
    Amendment a = Deliberation.amendment(polity, subjectId);
    Subjects.requireCouncil(councilId, a.council(), a.id());
    if (!a.isPending()) {
      throw new Refused(Articles.DEBATE, a.id() + " is " + a.status() + ", no longer pending");
    }
    Proposal p = Deliberation.proposal(polity, a.proposal());
    Subjects.requireOpen(p, "put " + a.id() + " to the vote");
    Subjects.requireNoAmendmentVote(polity, p, "put " + a.id() + " to the vote");
  }

  @Override
  public void checkOpening(Polity polity, Actor actor, String councilId, String kind, String subjectId, Instant now) {
    Amendment a = Deliberation.amendment(polity, subjectId);
    Subjects.requireKind(kind, Deliberation.proposal(polity, a.proposal()).kind(), a.id());
    checkOpening(polity, councilId, subjectId);
  }

  @Override
  public List<Fact> opened(Polity polity, MotionOpened motion, Instant now, long nextSeq) {
    Amendment a = Deliberation.amendment(polity, motion.subjectId());
    return List.of(new AmendmentPutToVote(a.council(), a.id(), motion.motion()));
  }

  public List<Fact> adopted(Polity polity, Motion motion, Instant now, long nextSeq) {
    Amendment a = Deliberation.amendment(polity, motion.subjectId());
    long version = Deliberation.proposal(polity, a.proposal()).version() + 1;
    DecisionRecorded decision = DecisionRecorded.of(polity, motion, nextSeq, version);
    return List.of(decision, new ProposalAmended(a.council(), a.proposal(), a.id(), version, decision.decision()));
  }

  @Override
  public List<Fact> notAdopted(Polity polity, Motion motion, Instant now, long nextSeq) {
    return List.of(DecisionRecorded.of(polity, motion, nextSeq, null));
  }
}
