package org.serge.council;

import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.serge.InvalidInputException;
import org.serge.council.constitution.AmendmentConcluded;
import org.serge.council.constitution.ConstitutionDecided;
import org.serge.council.constitution.ConstitutionProposed;
import org.serge.council.constitution.RatificationDecided;
import org.serge.council.constitution.RulesSet;
import org.serge.council.deliberation.AmendmentAccepted;
import org.serge.council.deliberation.AmendmentProposed;
import org.serge.council.deliberation.AmendmentPutToVote;
import org.serge.council.deliberation.AmendmentWithdrawn;
import org.serge.council.deliberation.CommentAdded;
import org.serge.council.deliberation.ContentAppealed;
import org.serge.council.deliberation.ContentHidden;
import org.serge.council.deliberation.ContentRestored;
import org.serge.council.deliberation.DecisionRecorded;
import org.serge.council.deliberation.MinorityReportAttached;
import org.serge.council.deliberation.MinorityReportSigned;
import org.serge.council.deliberation.MinorityReportWritten;
import org.serge.council.deliberation.ModeratorElected;
import org.serge.council.deliberation.ProposalAmended;
import org.serge.council.deliberation.ProposalMade;
import org.serge.council.deliberation.ProposalPutToVote;
import org.serge.council.deliberation.ProposalRevised;
import org.serge.council.deliberation.ProposalWithdrawn;
import org.serge.council.mandate.MandateEnded;
import org.serge.council.mandate.MandateGranted;
import org.serge.council.mandate.MandateWithheld;
import org.serge.council.mandate.RecallDecided;
import org.serge.council.mandate.RecallPetitioned;
import org.serge.council.mandate.RecallPutToVote;
import org.serge.council.mandate.RecallSigned;
import org.serge.council.election.BallotCast;
import org.serge.council.election.BallotsLapsed;
import org.serge.council.election.BallotsPublished;
import org.serge.council.election.BudgetCounted;
import org.serge.council.election.BudgetOpened;
import org.serge.council.election.ElectionCounted;
import org.serge.council.election.ElectionOpened;
import org.serge.council.motion.MotionClosed;
import org.serge.council.motion.MotionOpened;
import org.serge.council.motion.VoteCast;
import org.serge.council.planning.PlanDecided;
import org.serge.council.planning.PlanDrafted;
import org.serge.council.planning.PlanPutToVote;
import org.serge.council.planning.RoundIterated;
import org.serge.council.planning.RoundOpened;
import org.serge.council.planning.RoundProposed;
import org.serge.record.Event;

/** Reads the typed fact of an event, by type: every event type the record knows, in one list. */
public final class Facts {
  private Facts() {}

  private static final Map<String, Function<Payload, Fact>> READERS = Map.ofEntries(
      Map.entry(RecordOpened.TYPE, RecordOpened::read),
      Map.entry(FederationFounded.TYPE, FederationFounded::read),
      Map.entry(CouncilCreated.TYPE, CouncilCreated::read),
      Map.entry(MemberRegistered.TYPE, MemberRegistered::read),
      Map.entry(MemberJoined.TYPE, MemberJoined::read),
      Map.entry(MemberLeft.TYPE, MemberLeft::read),
      Map.entry(KeyRegistered.TYPE, KeyRegistered::read),
      Map.entry(MotionOpened.TYPE, MotionOpened::read),
      Map.entry(VoteCast.TYPE, VoteCast::read),
      Map.entry(MotionClosed.TYPE, MotionClosed::read),
      Map.entry(ProposalMade.TYPE, ProposalMade::read),
      Map.entry(ProposalRevised.TYPE, ProposalRevised::read),
      Map.entry(ProposalWithdrawn.TYPE, ProposalWithdrawn::read),
      Map.entry(ProposalPutToVote.TYPE, ProposalPutToVote::read),
      Map.entry(AmendmentProposed.TYPE, AmendmentProposed::read),
      Map.entry(AmendmentAccepted.TYPE, AmendmentAccepted::read),
      Map.entry(AmendmentWithdrawn.TYPE, AmendmentWithdrawn::read),
      Map.entry(AmendmentPutToVote.TYPE, AmendmentPutToVote::read),
      Map.entry(ProposalAmended.TYPE, ProposalAmended::read),
      Map.entry(CommentAdded.TYPE, CommentAdded::read),
      Map.entry(DecisionRecorded.TYPE, DecisionRecorded::read),
      Map.entry(MinorityReportWritten.TYPE, MinorityReportWritten::read),
      Map.entry(MinorityReportSigned.TYPE, MinorityReportSigned::read),
      Map.entry(MinorityReportAttached.TYPE, MinorityReportAttached::read),
      Map.entry(ContentHidden.TYPE, ContentHidden::read),
      Map.entry(ContentAppealed.TYPE, ContentAppealed::read),
      Map.entry(ContentRestored.TYPE, ContentRestored::read),
      Map.entry(ModeratorElected.TYPE, ModeratorElected::read),
      Map.entry(MandateGranted.TYPE, MandateGranted::read),
      Map.entry(MandateEnded.RESIGNED, MandateEnded::readResigned),
      Map.entry(MandateEnded.RECALLED, MandateEnded::readRecalled),
      Map.entry(MandateWithheld.TYPE, MandateWithheld::read),
      Map.entry(RecallPetitioned.TYPE, RecallPetitioned::read),
      Map.entry(RecallSigned.TYPE, RecallSigned::read),
      Map.entry(RecallPutToVote.TYPE, RecallPutToVote::read),
      Map.entry(RecallDecided.TYPE, RecallDecided::read),
      Map.entry(ConstitutionProposed.TYPE, ConstitutionProposed::read),
      Map.entry(ConstitutionDecided.TYPE, ConstitutionDecided::read),
      Map.entry(RatificationDecided.TYPE, RatificationDecided::read),
      Map.entry(AmendmentConcluded.AMENDED, AmendmentConcluded::readAmended),
      Map.entry(AmendmentConcluded.FAILED, AmendmentConcluded::readFailed),
      Map.entry(RulesSet.TYPE, RulesSet::read),
      Map.entry(ElectionOpened.TYPE, ElectionOpened::read),
      Map.entry(BudgetOpened.TYPE, BudgetOpened::read),
      Map.entry(BallotCast.TYPE, BallotCast::read),
      Map.entry(BallotsPublished.TYPE, BallotsPublished::read),
      Map.entry(BallotsLapsed.TYPE, BallotsLapsed::read),
      Map.entry(ElectionCounted.TYPE, ElectionCounted::read),
      Map.entry(BudgetCounted.TYPE, BudgetCounted::read),
      Map.entry(RoundOpened.TYPE, RoundOpened::read),
      Map.entry(RoundProposed.TYPE, RoundProposed::read),
      Map.entry(RoundIterated.TYPE, RoundIterated::read),
      Map.entry(PlanDrafted.TYPE, PlanDrafted::read),
      Map.entry(PlanPutToVote.TYPE, PlanPutToVote::read),
      Map.entry(PlanDecided.APPROVED, PlanDecided::readApproved),
      Map.entry(PlanDecided.REJECTED, PlanDecided::readRejected));

  /**
   * The fact an event records.
   *
   * @throws InvalidInputException when the type is unknown, the payload malformed, or the
   *     event's scope is not the fact's
   */
  public static Fact read(Event event) {
    String where = "event " + event.seq() + " (" + event.type() + ")";
    Function<Payload, Fact> reader = READERS.get(event.type());
    if (reader == null) {
      throw new InvalidInputException(where, 0, "type", "unknown event type (known: " + new TreeSet<>(READERS.keySet()) + ")");
    }
    Fact fact = reader.apply(new Payload(event.payload(), where));
    if (!fact.scope().equals(event.scope())) {
      throw new InvalidInputException(where, 0, "scope", "'" + event.scope() + "' should be '" + fact.scope() + "'");
    }
    return fact;
  }
}
