package org.serge.council.constitution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.serge.InvalidInputException;
import org.serge.council.Actor;
import org.serge.council.Council;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.deliberation.DecisionRecorded;
import org.serge.council.deliberation.Subjects;
import org.serge.council.motion.Consequence;
import org.serge.council.motion.Motion;
import org.serge.council.motion.MotionOpened;
import org.serge.record.CanonicalJson;

/**
 * A council's motion to set rules for itself (subject {@code override}, subject id the council,
 * kind {@code constitutional}, decided under its own rule for constitutional decisions). Its text
 * is a partial constitution in JSON ({@code {"recall":{"petition":"1/3"}}}; a rule set to null
 * goes back to the inherited one). Only rules its federation lists in {@code overridable} may be
 * set: refused otherwise, naming {@code overridable}. Adoption records the council's rules with
 * the changes ({@code council.rules-set}); any outcome is a decision.
 */
public final class OverrideConsequence implements Consequence {
  public static final String SUBJECT = "override";

  public void checkOpening(Polity polity, String councilId, String subjectId) {
    Subjects.requireCouncil(councilId, subjectId, "the rules of " + subjectId);
    if (polity.council(councilId).parent() == null) {
      throw new InvalidInputException(null, 0, "council", councilId + " is a top-level federation: its constitution"
          + " is changed by amendment (subject constitution), not overridden");
    }
  }

  @Override
  public void checkOpening(Polity polity, Actor actor, String councilId, String kind, String subjectId, Instant now) {
    Subjects.requireKind(kind, "constitutional", "a council's own rules");
    checkOpening(polity, councilId, subjectId);
  }

  /** Checks the rules the motion carries: only overridable rules, and valid ones. */
  @Override
  public List<Fact> opened(Polity polity, MotionOpened motion, Instant now, long nextSeq) {
    JsonNode change = Amendments.tree(motion.text(), "rules");
    Council council = polity.council(motion.council());
    Constitution inherited = polity.constitution(council.parent());
    Overrides.checkAllowed(inherited, change);
    Overrides.apply(inherited, CanonicalJson.write(combined(polity, motion.council(), change)), "the motion's text");
    return List.of();
  }

  public List<Fact> adopted(Polity polity, Motion motion, Instant now, long nextSeq) {
    DecisionRecorded decision = DecisionRecorded.of(polity, motion, nextSeq, null);
    ObjectNode rules = combined(polity, motion.council(), Amendments.tree(motion.text(), "rules"));
    return List.of(decision, new RulesSet(motion.council(), rules, decision.decision()));
  }

  @Override
  public List<Fact> notAdopted(Polity polity, Motion motion, Instant now, long nextSeq) {
    return List.of(DecisionRecorded.of(polity, motion, nextSeq, null));
  }

  private static ObjectNode combined(Polity polity, String councilId, JsonNode change) {
    return Overrides.combine(Amendments.tree(polity.council(councilId).constitution(), "rules"), change);
  }
}
