package org.serge.council.mandate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.serge.InvalidInputException;
import org.serge.council.Actor;
import org.serge.council.Articles;
import org.serge.council.Electorate;
import org.serge.council.Fact;
import org.serge.council.Mandate;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.Times;
import org.serge.council.constitution.Fraction;
import org.serge.council.motion.Consequences;
import org.serge.council.motion.Motion;
import org.serge.council.motion.MotionOpened;
import org.serge.council.motion.OpenMotion;

/** Queries and checks of recalls, shared by the petition actions and the recall motion's consequence. */
public final class Recalls {
  private Recalls() {}

  /** The petition with this id; bad input naming it when there is none. */
  public static RecallPetition petition(Polity polity, String id) {
    return polity.recallPetitions.find(id).orElseThrow(() -> new InvalidInputException(null, 0, "petition",
        "no recall petition '" + id + "'"));
  }

  /** The petition on this mandate that gathers signatures or is under vote, if any. */
  public static Optional<RecallPetition> openPetition(Polity polity, String mandateId) {
    return polity.recallPetitions.rows().stream().filter(r -> r.mandate().equals(mandateId) && r.isOpen()).findFirst();
  }

  /** The open recall vote on this mandate, if any. */
  public static Optional<Motion> openVote(Polity polity, String mandateId) {
    return polity.motions.rows().stream().filter(m -> m.isOpen() && m.subjectType().equals(RecallConsequence.SUBJECT)
        && mandateId.equals(m.subjectId())).findFirst();
  }

  /** Refused unless the mandate is in force at {@code time} ({@link Articles#RECALLS}). */
  static void requireInForce(Mandate m, String time) {
    if (!m.heldAt(time)) {
      throw new Refused(Articles.RECALLS, m.id() + " is not in force: there is no one to recall");
    }
  }

  /**
   * The signer, refused unless they act in the council whose delegate it is (naming
   * {@code recall.petition}), or are the instance.
   */
  static String requireSigner(Polity polity, Mandate m, Actor actor, Instant now) {
    if (actor.isInstance()) {
      throw new Refused(Articles.INSTANCE, "the instance signs no petition");
    }
    String member = actor.memberId();
    if (!Electorate.includes(polity, m.council(), member, Times.text(now))) {
      throw new Refused(Mandates.rule(polity, m.council(), "recall.petition"), member + " does not act in "
          + m.council() + ": only its members petition to recall its delegates");
    }
    return member;
  }

  /** Whether {@code signatures} reach the council's {@code recall.petition} share of those who act in it now. */
  static boolean reached(Polity polity, String councilId, long signatures, Instant now) {
    Fraction share = polity.constitution(councilId).recallPetition();
    return share.reachedBy(signatures, Electorate.at(polity, councilId, Times.text(now)).size());
  }

  /**
   * The facts that open the recall vote a petition has earned, moved by the signer whose
   * signature reached the share: the motion, then the petition put to the vote.
   *
   * @param seq the seq of the motion's event
   */
  static List<Fact> putToVote(Polity polity, Actor actor, Instant now, Mandate m, String petition, long seq) {
    OpenMotion open = new OpenMotion(m.council(), "recall", "Recall " + m.member() + " as delegate of " + m.council()
        + " to " + m.federation(), "On petition " + petition + ".", RecallConsequence.SUBJECT, m.id());
    MotionOpened motion = open.fact(polity, actor, now, seq);
    List<Fact> facts = new ArrayList<>();
    facts.add(motion);
    facts.addAll(Consequences.of(RecallConsequence.SUBJECT).opened(polity, motion, now, seq + 1));
    if (facts.size() == 1) { // the petition is being started now, so the polity does not hold it yet
      facts.add(new RecallPutToVote(m.council(), petition, motion.motion()));
    }
    return facts;
  }
}
