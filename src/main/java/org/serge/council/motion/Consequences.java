package org.serge.council.motion;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.serge.InvalidInputException;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.constitution.ConstitutionConsequence;
import org.serge.council.constitution.OverrideConsequence;
import org.serge.council.constitution.RatificationConsequence;
import org.serge.council.deliberation.AmendmentConsequence;
import org.serge.council.deliberation.AppealConsequence;
import org.serge.council.deliberation.ModeratorConsequence;
import org.serge.council.deliberation.ProposalConsequence;
import org.serge.council.mandate.DelegateConsequence;
import org.serge.council.mandate.RecallConsequence;
import org.serge.council.planning.PlanConsequence;

/** The consequence of adoption for each subject type a motion can have; one visible list. */
public final class Consequences {
  private Consequences() {}

  /** A plain resolution: its adoption is the decision itself. */
  public static final Consequence RESOLUTION = new Consequence() {
    public void checkOpening(Polity polity, String councilId, String subjectId) {
      if (subjectId != null) {
        throw new InvalidInputException(null, 0, "subject", "a resolution has no subject id");
      }
    }

    public List<Fact> adopted(Polity polity, Motion motion, Instant now, long nextSeq) {
      return List.of();
    }
  };

  private static final Map<String, Consequence> BY_SUBJECT = Map.ofEntries(Map.entry("resolution", RESOLUTION),
      Map.entry("proposal", new ProposalConsequence()),
      Map.entry("amendment", new AmendmentConsequence()),
      Map.entry("appeal", new AppealConsequence()),
      Map.entry("moderator", new ModeratorConsequence()),
      Map.entry(DelegateConsequence.SUBJECT, new DelegateConsequence()),
      Map.entry(RecallConsequence.SUBJECT, new RecallConsequence()),
      Map.entry(ConstitutionConsequence.SUBJECT, new ConstitutionConsequence()),
      Map.entry(RatificationConsequence.SUBJECT, new RatificationConsequence()),
      Map.entry(OverrideConsequence.SUBJECT, new OverrideConsequence()),
      Map.entry(PlanConsequence.SUBJECT, new PlanConsequence()));

  /** The consequence for a subject type; bad input naming it when there is none. */
  public static Consequence of(String subjectType) {
    Consequence c = BY_SUBJECT.get(subjectType);
    if (c == null) {
      throw new InvalidInputException(null, 0, "subjectType", "no motion can have subject '" + subjectType
          + "' (one of " + new java.util.TreeSet<>(BY_SUBJECT.keySet()) + ")");
    }
    return c;
  }
}
