package org.serge.council.constitution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.serge.council.Actor;
import org.serge.council.Articles;
import org.serge.council.Council;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.deliberation.DecisionRecorded;
import org.serge.council.deliberation.Subjects;
import org.serge.council.motion.Consequence;
import org.serge.council.motion.Motion;

/**
 * A member council's motion to ratify an amendment of its federation's constitution (subject
 * {@code ratification}, subject id the amendment, kind {@code ratification}), under the council's
 * own rule for ratifications. Only the federation's member councils ratify, each once (a lapsed
 * vote may be held again). The ratification that reaches {@code amendment.ratification} puts the
 * amendment in force; the refusal that makes the share unreachable fails it.
 */
public final class RatificationConsequence implements Consequence {
  public static final String SUBJECT = "ratification";

  public void checkOpening(Polity polity, String councilId, String subjectId) {
    ConstitutionAmendment a = Amendments.amendment(polity, subjectId);
    Council council = polity.council(councilId);
    if (!a.federation().equals(council.parent())) {
      throw new Refused(Amendments.ratificationRule(polity, a.federation()), councilId + " is not a member council"
          + " of " + a.federation() + ": only they ratify its amendments");
    }
    if (!a.status().equals("ratifying")) {
      throw new Refused(Articles.AMENDMENTS, a.id() + " is " + a.status() + ": it awaits no ratification");
    }
    polity.ratifications.find(Ratification.id(a.id(), councilId)).ifPresent(r -> {
      throw new Refused(Articles.AMENDMENTS, councilId + " decided on " + a.id() + " already (" + r.decision()
          + ", " + r.outcome() + ")");
    });
    polity.motions.rows().stream().filter(m -> m.isOpen() && m.council().equals(councilId)
        && m.subjectType().equals(SUBJECT) && a.id().equals(m.subjectId())).findFirst().ifPresent(m -> {
          throw new Refused(Articles.AMENDMENTS, councilId + " is voting on ratifying " + a.id() + " already: "
              + m.id());
        });
  }

  @Override
  public void checkOpening(Polity polity, Actor actor, String councilId, String kind, String subjectId, Instant now) {
    Subjects.requireKind(kind, "ratification", "ratifying an amendment");
    checkOpening(polity, councilId, subjectId);
  }

  public List<Fact> adopted(Polity polity, Motion motion, Instant now, long nextSeq) {
    ConstitutionAmendment a = Amendments.amendment(polity, motion.subjectId());
    List<Fact> facts = new ArrayList<>(notAdopted(polity, motion, now, nextSeq));
    if (a.status().equals("ratifying") && Amendments.ratifiedBy(polity, a.federation(), a.ratified() + 1)) {
      facts.add(new AmendmentConcluded(AmendmentConcluded.AMENDED, a.federation(), a.id()));
    }
    return facts;
  }

  @Override
  public List<Fact> notAdopted(Polity polity, Motion motion, Instant now, long nextSeq) {
    ConstitutionAmendment a = Amendments.amendment(polity, motion.subjectId());
    DecisionRecorded decision = DecisionRecorded.of(polity, motion, nextSeq, null);
    List<Fact> facts = new ArrayList<>();
    facts.add(decision);
    if (!a.status().equals("ratifying") || motion.status().equals("lapsed")) {
      return facts; // concluded meanwhile, or no decision taken: nothing to count
    }
    facts.add(new RatificationDecided(motion.council(), a.id(), decision.decision()));
    if (motion.status().equals("rejected") && Amendments.failedBy(polity, a.federation(), a.declined() + 1)) {
      facts.add(new AmendmentConcluded(AmendmentConcluded.FAILED, a.federation(), a.id()));
    }
    return facts;
  }
}
