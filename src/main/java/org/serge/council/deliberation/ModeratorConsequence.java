package org.serge.council.deliberation;

import java.time.Instant;
import java.util.List;
import org.serge.InvalidInputException;
import org.serge.council.Actor;
import org.serge.council.Articles;
import org.serge.council.Electorate;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.Times;
import org.serge.council.constitution.Constitution.Moderators;
import org.serge.council.motion.Consequence;
import org.serge.council.motion.Motion;

/**
 * A motion to elect a moderator (subject {@code moderator}, subject id the member, kind
 * {@code election}), where the constitution says moderators are {@code elected}. Adoption
 * makes the member a moderator of the council; any outcome is recorded as a decision.
 */
public final class ModeratorConsequence implements Consequence {
  public void checkOpening(Polity polity, String councilId, String subjectId) {
    if (polity.constitution(councilId).moderators() != Moderators.ELECTED) {
      throw new Refused(Moderation.rule(polity, councilId), "the moderators of " + councilId
          + " are its delegates: none is elected");
    }
    polity.member(subjectId);
    if (polity.moderators.rows().stream().anyMatch(m -> m.council().equals(councilId) && m.member().equals(subjectId))) {
      throw new InvalidInputException(null, 0, "subject", subjectId + " is a moderator of " + councilId + " already");
    }
  }

  @Override
  public void checkOpening(Polity polity, Actor actor, String councilId, String kind, String subjectId, Instant now) {
    Subjects.requireKind(kind, "election", "a moderator");
    checkOpening(polity, councilId, subjectId);
    if (!Electorate.includes(polity, councilId, subjectId, Times.text(now))) {
      throw new Refused(Articles.MEMBERS_ACT, subjectId + " does not act in " + councilId + ", so cannot moderate it");
    }
  }

  public List<Fact> adopted(Polity polity, Motion motion, Instant now, long nextSeq) {
    DecisionRecorded decision = DecisionRecorded.of(polity, motion, nextSeq, null);
    return List.of(decision, new ModeratorElected(motion.council(), motion.subjectId(), decision.decision()));
  }

  @Override
  public List<Fact> notAdopted(Polity polity, Motion motion, Instant now, long nextSeq) {
    return List.of(DecisionRecorded.of(polity, motion, nextSeq, null));
  }
}
