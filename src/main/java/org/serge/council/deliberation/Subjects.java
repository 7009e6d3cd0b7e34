package org.serge.council.deliberation;

import java.util.List;
import org.serge.InvalidInputException;
import org.serge.council.Articles;
import org.serge.council.Polity;
import org.serge.council.Refused;

/** Checks shared by the motions on deliberation's subjects (and on delegates, recalls and the constitution). */
public final class Subjects {
  private Subjects() {}

  /** Bad input unless the motion asks for the decision kind its subject requires. */
  public static void requireKind(String kind, String expected, String subject) {
    if (!expected.equals(kind)) {
      throw new InvalidInputException(null, 0, "kind", subject + " is decided as a " + expected
          + " decision, not as " + kind);
    }
  }

  /** Bad input unless the subject belongs to the council the motion is put to. */
  public static void requireCouncil(String councilId, String subjectCouncil, String subject) {
    if (!councilId.equals(subjectCouncil)) {
      throw new InvalidInputException(null, 0, "council", subject + " is in " + subjectCouncil + ", not " + councilId);
    }
  }

  /**
   * Refused while an amendment to the proposal is under vote: the proposal stays as it is
   * until that vote is decided ({@link Articles#AMENDMENTS_FIRST}).
   */
  static void requireNoAmendmentVote(Polity polity, Proposal proposal, String what) {
    Amendment voting = Deliberation.amendmentUnderVote(polity, proposal.id());
    if (voting != null) {
      throw new Refused(Articles.AMENDMENTS_FIRST, "cannot " + what + " while amendment " + voting.id() + " to "
          + proposal.id() + " is under vote (" + voting.motion() + ")");
    }
  }

  /** Refused unless the proposal is open for debate ({@link Articles#DEBATE}). */
  static void requireOpen(Proposal proposal, String what) {
    if (!proposal.isOpen()) {
      throw new Refused(Articles.DEBATE, "cannot " + what + ": " + proposal.id() + " is " + proposal.status()
          + ", no longer open for debate");
    }
  }

  /** The amendments to a proposal that are neither decided nor withdrawn. */
  static List<String> undecidedAmendments(Polity polity, String proposalId) {
    return polity.amendments.rows().stream()
        .filter(a -> a.proposal().equals(proposalId) && (a.isPending() || a.status().equals("voting")))
        .map(Amendment::id).toList();
  }
}
