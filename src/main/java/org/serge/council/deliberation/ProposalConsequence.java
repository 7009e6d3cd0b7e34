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
 * A motion on a proposal (subject {@code proposal}): its author puts it to the vote, under its
 * own kind, once every amendment to it is decided; its current version is what is voted on.
 * Whatever the outcome, a decision is recorded, and the proposal takes the outcome.
 */
public final class ProposalConsequence implements Consequence {
  public void checkOpening(Polity polity, String councilId, String subjectId) {
    Proposal p = Deliberation.proposal(polity, subjectId);
    Subjects.requireCouncil(councilId, p.council(), p.id());
    Subjects.requireOpen(p, "put " + p.id() + " to the vote");
    Subjects.requireNoAmendmentVote(polity, p, "put " + p.id() + " to the vote");
    List<String> undecided = Subjects.undecidedAmendments(polity, p.id());
    if (!undecided.isEmpty()) {
      throw new Refused(Articles.AMENDMENTS_FIRST, p.id() + " has undecided amendments " + undecided
          + ": its author accepts them, or they are put to the vote, or their authors withdraw them");
    }
  }

  @Override
  public void checkOpening(Polity polity, Actor actor, String councilId, String kind, String subjectId, Instant now) {
    Proposal p = Deliberation.proposal(polity, subjectId);
    Subjects.requireKind(kind, p.kind(), p.id());
    if (!actor.memberId().equals(p.author())) {
      throw new Refused(Articles.AUTHORS, actor.memberId() + " cannot put " + p.id() + " to the vote: its author, "
          + p.author() + ", does");
    }
    checkOpening(polity, councilId, subjectId);
  }

  @Override
  public List<Fact> opened(Polity polity, MotionOpened motion, Instant now, long nextSeq) {
    Proposal p = Deliberation.proposal(polity, motion.subjectId());
    return List.of(new ProposalPutToVote(p.council(), p.id(), motion.motion(), p.version()));
  }

  public List<Fact> adopted(Polity polity, Motion motion, Instant now, long nextSeq) {
    return List.of(DecisionRecorded.of(polity, motion, nextSeq, Deliberation.proposal(polity, motion.subjectId())
        .version()));
  }

  @Override
  public List<Fact> notAdopted(Polity polity, Motion motion, Instant now, long nextSeq) {
    return adopted(polity, motion, now, nextSeq);
  }
}
