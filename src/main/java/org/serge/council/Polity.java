package org.serge.council;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.serge.InvalidInputException;
import org.serge.council.constitution.Constitution;
import org.serge.council.constitution.ConstitutionAmendment;
import org.serge.council.constitution.Overrides;
import org.serge.council.constitution.Ratification;
import org.serge.council.deliberation.Amendment;
import org.serge.council.deliberation.Appeal;
import org.serge.council.deliberation.Comment;
import org.serge.council.deliberation.Decision;
import org.serge.council.deliberation.Deliberation;
import org.serge.council.deliberation.Hiding;
import org.serge.council.deliberation.MinorityReport;
import org.serge.council.deliberation.Moderator;
import org.serge.council.deliberation.Proposal;
import org.serge.council.deliberation.ProposalVersion;
import org.serge.council.deliberation.PublishedDecision;
import org.serge.council.deliberation.ReportSignature;
import org.serge.council.mandate.RecallPetition;
import org.serge.council.mandate.RecallSignature;
import org.serge.council.election.BudgetProject;
import org.serge.council.election.BudgetRound;
import org.serge.council.election.Candidate;
import org.serge.council.election.Election;
import org.serge.council.election.Elector;
import org.serge.council.election.PublishedBallot;
import org.serge.council.motion.Motion;
import org.serge.council.planning.PlanningRound;
import org.serge.council.planning.RoundIteration;
import org.serge.council.planning.RoundPlan;
import org.serge.council.planning.RoundProposal;
import org.serge.council.motion.Vote;
import org.serge.record.Event;

/**
 * The state of the federation as the record makes it: councils, members, memberships,
 * keys, motions and votes, each a query {@link Table}. Derived only by applying events in
 * order ({@link #apply}); a replay from nothing gives the same tables, which is what
 * {@code verify} compares with the stored ones.
 *
 * <p>Not thread-safe: a {@link PublicRecord} reads and changes it under its lock.
 */
public final class Polity {
  public final Table<Council> councils = new Table<>("councils", Council.COLUMNS);
  public final Table<Member> members = new Table<>("members", Member.COLUMNS);
  public final Table<Membership> memberships = new Table<>("memberships", Membership.COLUMNS);
  public final Table<RegisteredKey> keys = new Table<>("keys", RegisteredKey.COLUMNS);
  public final Table<Mandate> mandates = new Table<>("mandates", Mandate.COLUMNS);
  public final Table<Motion> motions = new Table<>("motions", Motion.COLUMNS);
  public final Table<Vote> votes = new Table<>("votes", Vote.COLUMNS);

  /** Sealed secret ballots of open elections: not a query table, not rebuilt by replay. */
  public final BallotBox ballotBox = new BallotBox();

  // Derived indexes, rebuilt by the facts that change what they index; not tables.
  private final Map<String, List<String>> membershipsByCouncil = new HashMap<>();
  private final Map<String, List<String>> membershipsByMember = new HashMap<>();
  private final Map<String, List<String>> votesByMotion = new HashMap<>();
  private final Map<String, Constitution> constitutions = new HashMap<>();
  private Event head;

  // ---- deliberation (org.serge.council.deliberation): proposals, debate, decisions, moderation
  public final Table<Proposal> proposals = new Table<>("proposals", Proposal.COLUMNS);
  public final Table<ProposalVersion> proposalVersions = new Table<>("proposal_versions", ProposalVersion.COLUMNS);
  public final Table<Amendment> amendments = new Table<>("amendments", Amendment.COLUMNS);
  public final Table<Comment> comments = new Table<>("comments", Comment.COLUMNS);
  public final Table<Decision> decisions = new Table<>("decisions", Decision.COLUMNS);
  public final Table<MinorityReport> minorityReports = new Table<>("minority_reports", MinorityReport.COLUMNS);
  public final Table<ReportSignature> reportSignatures = new Table<>("report_signatures", ReportSignature.COLUMNS);
  public final Table<Hiding> hidings = new Table<>("hidings", Hiding.COLUMNS);
  public final Table<Appeal> appeals = new Table<>("appeals", Appeal.COLUMNS);
  public final Table<Moderator> moderators = new Table<>("moderators", Moderator.COLUMNS);

  // ---- recall (org.serge.council.mandate) and amendments (org.serge.council.constitution)
  public final Table<RecallPetition> recallPetitions = new Table<>("recall_petitions", RecallPetition.COLUMNS);
  public final Table<RecallSignature> recallSignatures = new Table<>("recall_signatures", RecallSignature.COLUMNS);
  public final Table<ConstitutionAmendment> constitutionAmendments =
      new Table<>("constitution_amendments", ConstitutionAmendment.COLUMNS);
  public final Table<Ratification> ratifications = new Table<>("ratifications", Ratification.COLUMNS);

  // ---- elections and budgets (org.serge.council.election): secret ballots, published and counted at close
  public final Table<Election> elections = new Table<>("elections", Election.COLUMNS);
  public final Table<Candidate> electionCandidates = new Table<>("election_candidates", Candidate.COLUMNS);
  public final Table<BudgetRound> budgetRounds = new Table<>("budget_rounds", BudgetRound.COLUMNS);
  public final Table<BudgetProject> budgetProjects = new Table<>("budget_projects", BudgetProject.COLUMNS);
  public final Table<Elector> electors = new Table<>("electors", Elector.COLUMNS);
  public final Table<PublishedBallot> publishedBallots = new Table<>("published_ballots", PublishedBallot.COLUMNS);

  // ---- planning rounds (org.serge.council.planning): proposals, iterations recomputed on replay, plans
  public final Table<PlanningRound> rounds = new Table<>("rounds", PlanningRound.COLUMNS);
  public final Table<RoundProposal> roundProposals = new Table<>("round_proposals", RoundProposal.COLUMNS);
  public final Table<RoundIteration> roundIterations = new Table<>("round_iterations", RoundIteration.COLUMNS);
  public final Table<RoundPlan> plans = new Table<>("plans", RoundPlan.COLUMNS);

  /** Every query table, in the order the store creates and verify compares them. */
  public List<Table<?>> tables() {
    return List.of(councils, members, memberships, keys, mandates, motions, votes,
        proposals, proposalVersions, amendments, comments, decisions, minorityReports, reportSignatures, hidings,
        appeals, moderators,
        recallPetitions, recallSignatures, constitutionAmendments, ratifications,
        elections, electionCandidates, budgetRounds, budgetProjects, electors, publishedBallots,
        rounds, roundProposals, roundIterations, plans);
  }

  /**
   * Whether anything changed since the store last took the changes: after a failed
   * submission, a polity with changes was partly changed and must be rebuilt.
   */
  public boolean hasUntakenChanges() {
    return ballotBox.hasChanges() || tables().stream().anyMatch(Table::hasChanges);
  }

  /** The last event applied, or null before the first. */
  public Event head() {
    return head;
  }

  /** The seq of the last event applied; 0 before the first. */
  public long seq() {
    return head == null ? 0 : head.seq();
  }

  /**
   * Applies the next event of the log.
   *
   * @throws InvalidInputException when the event does not follow the head, is of an unknown
   *     type, or its payload does not make sense in this state (names the event and field)
   */
  public void apply(Event event) {
    if (event.seq() != seq() + 1) {
      throw new IllegalStateException("event " + event.seq() + " does not follow " + seq());
    }
    Fact fact = Facts.read(event);
    fact.applyTo(this, Stamp.of(event));
    head = event;
  }

  // ---- councils and their constitutions

  /** The council with this id; bad input naming the id when there is none. */
  public Council council(String id) {
    return councils.find(id).orElseThrow(() -> new InvalidInputException(null, 0, "council", "no council '" + id + "'"));
  }

  /** The federations above a council, nearest first (empty for a top-level federation). */
  public List<Council> federationsAbove(String councilId) {
    List<Council> chain = new ArrayList<>();
    String parent = council(councilId).parent();
    while (parent != null) {
      Council federation = council(parent);
      chain.add(federation);
      parent = federation.parent();
    }
    return chain;
  }

  /** The rules a council acts under: its top federation's constitution with the allowed overrides on the way down. */
  public Constitution constitution(String councilId) {
    Constitution cached = constitutions.get(councilId);
    if (cached != null) {
      return cached;
    }
    Council council = council(councilId);
    Constitution result = council.parent() == null
        ? Overrides.parseCanonical(council.constitution(), "council " + councilId)
        : Overrides.apply(constitution(council.parent()), council.constitution(), "council " + councilId);
    constitutions.put(councilId, result);
    return result;
  }

  /** Forgets cached constitutions after one changed (an amendment, an override). */
  public void constitutionsChanged() {
    constitutions.clear();
  }

  // ---- members and memberships

  public Member member(String id) {
    return members.find(id).orElseThrow(() -> new InvalidInputException(null, 0, "member", "no member '" + id + "'"));
  }

  /** The member's current membership of the council, if any. */
  public Optional<Membership> membership(String councilId, String memberId) {
    for (String id : membershipsByMember.getOrDefault(memberId, List.of())) {
      Membership m = memberships.find(id).orElseThrow();
      if (m.council().equals(councilId) && m.current()) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  public boolean isMember(String councilId, String memberId) {
    return membership(councilId, memberId).isPresent();
  }

  /** The members of a council at record time {@code time}, in order of joining. */
  public List<String> membersAt(String councilId, String time) {
    List<String> result = new ArrayList<>();
    for (String id : membershipsByCouncil.getOrDefault(councilId, List.of())) {
      Membership m = memberships.find(id).orElseThrow();
      if (m.heldAt(time)) {
        result.add(m.member());
      }
    }
    return result;
  }

  /** Every membership of a member, current and past. */
  public List<Membership> membershipsOf(String memberId) {
    return membershipsByMember.getOrDefault(memberId, List.of()).stream()
        .map(id -> memberships.find(id).orElseThrow()).toList();
  }

  /** Records a new or changed membership, keeping the indexes. */
  public void putMembership(Membership membership) {
    if (!memberships.contains(membership.id())) {
      membershipsByCouncil.computeIfAbsent(membership.council(), k -> new ArrayList<>()).add(membership.id());
      membershipsByMember.computeIfAbsent(membership.member(), k -> new ArrayList<>()).add(membership.id());
    }
    memberships.put(membership);
  }

  /** The councils directly in a federation. */
  public List<Council> memberCouncils(String federationId) {
    return councils.rows().stream().filter(c -> federationId.equals(c.parent())).toList();
  }

  // ---- mandates

  /** The mandates in force at record time {@code time} in a federation's assembly. */
  public List<Mandate> mandatesAt(String federationId, String time) {
    return mandates.rows().stream().filter(m -> m.federation().equals(federationId) && m.heldAt(time)).toList();
  }

  /** The mandates a member holds at record time {@code time}, in any assembly. */
  public List<Mandate> mandatesOf(String memberId, String time) {
    return mandates.rows().stream().filter(m -> m.member().equals(memberId) && m.heldAt(time)).toList();
  }

  // ---- votes

  /** Records a vote, replacing the voter's earlier vote on the same motion. */
  public void putVote(Vote vote) {
    if (!votes.contains(vote.id())) {
      votesByMotion.computeIfAbsent(vote.motion(), k -> new ArrayList<>()).add(vote.id());
    }
    votes.put(vote);
  }

  /** The votes standing on a motion, one per voter, in order of first vote. */
  public List<Vote> votesOn(String motionId) {
    return votesByMotion.getOrDefault(motionId, List.of()).stream().map(id -> votes.find(id).orElseThrow()).toList();
  }

  public Motion motion(String id) {
    return motions.find(id).orElseThrow(() -> new InvalidInputException(null, 0, "motion", "no motion '" + id + "'"));
  }

  // ---- deliberation: a decision is only ever shown with its minority reports

  /** The decision with this id, with every minority report on it; bad input naming the id when there is none. */
  public PublishedDecision decision(String id) {
    return Deliberation.decision(this, id);
  }

  /** The decisions of a council, oldest first, each with its minority reports. */
  public List<PublishedDecision> decisionsOf(String councilId) {
    return Deliberation.decisions(this, councilId);
  }
}
