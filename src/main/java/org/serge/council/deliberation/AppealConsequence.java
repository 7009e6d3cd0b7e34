package org.serge.council.deliberation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.serge.council.Actor;
import org.serge.council.Articles;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.motion.Consequence;
import org.serge.council.motion.Motion;
import org.serge.council.motion.MotionOpened;

/**
 * A motion on an appeal (subject {@code appeal}, subject id the hiding, kind {@code appeal}):
 * the author of hidden content puts it to their council, which decides under its rule for
 * appeals, without the vote of the moderator who hid it. Adoption restores the content;
 * rejection keeps it hidden, for good; a lapse leaves it hidden and the appeal may be made again.
 */
public final class AppealConsequence implements Consequence {
  public void checkOpening(Polity polity, String councilId, String subjectId) {
    Hiding h = Deliberation.hiding(polity, subjectId);
    Subjects.requireCouncil(councilId, h.council(), h.id());
    switch (h.status()) {
      case "hidden" -> { }
      case "appealed" -> throw new Refused(Articles.APPEALS, "an appeal against " + h.id() + " is open: " + h.appeal());
      case "upheld" -> throw new Refused(Articles.APPEALS, "the council rejected the appeal against " + h.id()
          + " (" + h.decision() + "): that is final");
      default -> throw new Refused(Articles.APPEALS, h.content() + " was restored already (" + h.decision() + ")");
    }
  }

  @Override
  public void checkOpening(Polity polity, Actor actor, String councilId, String kind, String subjectId, Instant now) {
    Hiding h = Deliberation.hiding(polity, subjectId);
    Subjects.requireKind(kind, "appeal", h.id());
    String author = Deliberation.content(polity, h.content()).author();
    if (!actor.memberId().equals(author)) {
      throw new Refused(Articles.AUTHORS, actor.memberId() + " cannot appeal against " + h.id() + ": only "
          + author + ", who wrote " + h.content() + ", can");
    }
    checkOpening(polity, councilId, subjectId);
  }

  @Override
  public List<Fact> opened(Polity polity, MotionOpened motion, Instant now, long nextSeq) {
    Hiding h = Deliberation.hiding(polity, motion.subjectId());
    return List.of(new ContentAppealed(h.council(), h.id(), h.content(), motion.motion()));
  }

  /** No one judges their own cause: the moderator who hid the content does not vote on the appeal. */
  @Override
  public Set<String> recused(Polity polity, Motion motion) {
    return Set.of(Deliberation.hiding(polity, motion.subjectId()).moderator());
  }

  public List<Fact> adopted(Polity polity, Motion motion, Instant now, long nextSeq) {
    Hiding h = Deliberation.hiding(polity, motion.subjectId());
    DecisionRecorded decision = DecisionRecorded.of(polity, motion, nextSeq, null);
    return List.of(decision, new ContentRestored(h.council(), h.id(), h.content(), decision.decision()));
  }

  @Override
  public List<Fact> notAdopted(Polity polity, Motion motion, Instant now, long nextSeq) {
    return List.of(DecisionRecorded.of(polity, motion, nextSeq, null));
  }
}
