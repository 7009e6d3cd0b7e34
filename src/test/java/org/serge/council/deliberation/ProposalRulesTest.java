package org.serge.council.deliberation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serge.council.motion.Choice.NO;
import static org.serge.council.motion.Choice.YES;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.serge.InvalidInputException;
import org.serge.council.Actor;
import org.serge.council.Refused;
import org.serge.council.motion.OpenMotion;

/** Each rule on proposals and amendments: one case it allows, one it refuses, naming the rule. */
class ProposalRulesTest {
  private final Scene scene = new Scene();

  @AfterEach
  void replayGivesTheSameTables() {
    scene.assertReplayMatches("mandates");
  }

  private String propose(String author) {
    return scene.made(author, new Propose("rail", "ordinary", "Canteen", "A canteen at the depot."), "proposal");
  }

  private String amend(String member, String proposal) {
    return scene.made(member, new ProposeAmendment(proposal, "Canteen and creche", "A canteen and a creche.", ""),
        "amendment");
  }

  @Test
  void onlyThoseWhoActInTheCouncilProposeAmendAndComment() {
    String p = propose("ana");
    scene.refused("articles.members-act", "zed", new Propose("rail", "ordinary", "Take over", "Mine now."));
    scene.refused("articles.members-act", "gus", new ProposeAmendment(p, "Docks canteen", "Ours.", ""));
    scene.refused("articles.members-act", "zed", new AddComment(p, "Outsiders have views too."));
    Refused instance = assertThrows(Refused.class, () -> scene.record.submit(Actor.instance(),
        new Propose("rail", "ordinary", "Instance", "No.")));
    assertEquals("articles.instance", instance.rule().id());
    amend("bob", p);
    scene.made("cai", new AddComment(p, "Yes please."), "comment");
  }

  @Test
  void inAFederationTheDelegatesActInItsAssembly() {
    scene.grantMandateOutsideTheLog("bob", "rail");
    scene.refused("articles.members-act", "ana", new Propose("uk", "plan", "National rail plan", "More trains."));
    String p = scene.made("bob", new Propose("uk", "plan", "National rail plan", "More trains."), "proposal");
    assertEquals("uk", scene.read(q -> Deliberation.proposal(q, p)).council());
  }

  @Test
  void aProposalAsksForAKindWithoutAProcedureOfItsOwn() {
    scene.refused("articles.proposal-kinds", "ana", new Propose("rail", "recall", "Recall bob", "He lied."));
    scene.refused("articles.proposal-kinds", "ana", new Propose("rail", "constitutional", "Rewrite", "All."));
    assertThrows(InvalidInputException.class, () -> scene.act("ana", new Propose("rail", "budget", "x", "y")));
    String p = scene.made("ana", new Propose("rail", "plan", "Depot plan", "Two new depots."), "proposal");
    assertEquals("plan", scene.read(q -> Deliberation.proposal(q, p)).kind());
  }

  @Test
  void onlyTheAuthorRevisesAcceptsPutsToTheVoteAndWithdraws() {
    String p = propose("ana");
    String a = amend("bob", p);
    scene.refused("articles.authors", "bob", new ReviseProposal(p, "Canteen", "Mine.", ""));
    scene.refused("articles.authors", "bob", new AcceptAmendment(a));
    scene.refused("articles.authors", "ana", new WithdrawAmendment(a));
    scene.refused("articles.authors", "cai", new WithdrawProposal(p));
    scene.act("ana", new ReviseProposal(p, "Canteen", "A bigger canteen at the depot.", ""));
    scene.act("ana", new AcceptAmendment(a));
    scene.refused("articles.authors", "bob", new PutProposalToVote(p));
    scene.made("ana", new PutProposalToVote(p), "motion");

    String q = propose("cai");
    String b = amend("dan", q);
    scene.act("dan", new WithdrawAmendment(b));
    scene.act("cai", new WithdrawProposal(q));
    assertEquals("withdrawn", scene.read(x -> Deliberation.proposal(x, q)).status());
    assertEquals("withdrawn", scene.read(x -> Deliberation.amendment(x, b)).status());
  }

  @Test
  void proposalsChangeOnlyWhileOpenForDebate() {
    String p = propose("ana");
    String a = amend("bob", p);
    scene.act("bob", new WithdrawAmendment(a));
    scene.refused("articles.debate", "ana", new AcceptAmendment(a));
    scene.refused("articles.debate", "cai", new PutAmendmentToVote(a));
    String motion = scene.made("ana", new PutProposalToVote(p), "motion");
    assertEquals("voting", scene.read(q -> Deliberation.proposal(q, p)).status());
    scene.refused("articles.debate", "ana", new ReviseProposal(p, "Canteen", "Changed under the vote.", ""));
    scene.refused("articles.debate", "bob", new ProposeAmendment(p, "Late", "Too late.", ""));
    scene.refused("articles.debate", "ana", new WithdrawProposal(p));
    scene.refused("articles.debate", "ana", new PutProposalToVote(p));
    scene.vote(motion, YES, Scene.RAIL.toArray(String[]::new));
    scene.close("ana", motion);
    scene.refused("articles.debate", "bob", new ProposeAmendment(p, "After", "After the decision.", ""));
  }

  @Test
  void amendmentsAreDecidedFirstOneVoteAtATimeOnAKnownText() {
    String p = propose("ana");
    String a = amend("bob", p);
    String b = amend("cai", p);
    scene.refused("articles.amendments-first", "ana", new PutProposalToVote(p));
    String voteOnA = scene.made("bob", new PutAmendmentToVote(a), "motion");
    scene.refused("articles.amendments-first", "cai", new PutAmendmentToVote(b));
    scene.refused("articles.amendments-first", "ana", new AcceptAmendment(b));
    scene.refused("articles.amendments-first", "ana", new ReviseProposal(p, "Canteen", "Moved under the vote.", ""));
    scene.refused("articles.amendments-first", "ana", new WithdrawProposal(p));
    scene.vote(voteOnA, NO, Scene.RAIL.toArray(String[]::new));
    scene.close("ana", voteOnA);
    scene.refused("articles.amendments-first", "ana", new PutProposalToVote(p));
    scene.act("ana", new AcceptAmendment(b));
    String motion = scene.made("ana", new PutProposalToVote(p), "motion");
    assertEquals(2L, scene.read(q -> Deliberation.proposal(q, p)).version());
    assertEquals("Canteen and creche", scene.read(q -> q.motion(motion)).title());
  }

  @Test
  void aProposalIsDecidedUnderTheRuleOfItsOwnKind() {
    String p = scene.made("ana", new Propose("rail", "plan", "Depot plan", "Two new depots."), "proposal");
    InvalidInputException wrongKind = assertThrows(InvalidInputException.class, () -> scene.act("ana",
        new OpenMotion("rail", "ordinary", "Depot plan", "", "proposal", p)));
    assertTrue(wrongKind.getMessage().contains("decided as a plan decision"), wrongKind.getMessage());
    // Opening the motion directly does what PutProposalToVote does.
    String motion = scene.made("ana", new OpenMotion("rail", "plan", "Depot plan", "Two new depots.", "proposal", p),
        "motion");
    assertEquals("voting", scene.read(q -> Deliberation.proposal(q, p)).status());
    scene.vote(motion, YES, "ana", "bob", "cai", "dan");
    scene.vote(motion, NO, "eve", "fay");
    String decision = scene.close("ana", motion);
    Decision d = scene.read(q -> q.decision(decision)).decision();
    assertEquals("decisions.plan", d.rule());
    assertEquals("adopted", d.outcome()); // 4 of 6 is 2/3

    String q2 = scene.made("ana", new Propose("rail", "plan", "Third depot", "One more depot."), "proposal");
    String second = scene.made("ana", new PutProposalToVote(q2), "motion");
    scene.vote(second, YES, "ana", "bob", "cai");
    scene.vote(second, NO, "dan", "eve");
    scene.advance(Duration.ofDays(14));
    String rejected = scene.close(null, second);
    assertEquals("rejected", scene.read(q -> q.decision(rejected)).decision().outcome()); // 3 of 5 is short of 2/3
    assertEquals("rejected", scene.read(q -> Deliberation.proposal(q, q2)).status());
  }

  @Test
  void aMotionWithoutQuorumLapsesAndTheOutcomeIsRecorded() {
    String p = propose("ana");
    String motion = scene.made("ana", new PutProposalToVote(p), "motion");
    scene.vote(motion, YES, "ana", "bob");
    scene.advance(Duration.ofDays(7));
    String decision = scene.close(null, motion);
    Decision d = scene.read(q -> q.decision(decision)).decision();
    assertEquals("lapsed", d.outcome());
    assertEquals(6L, d.entitled());
    assertEquals("lapsed", scene.read(q -> Deliberation.proposal(q, p)).status());
    scene.refused("articles.minority-reports", "dan", new WriteMinorityReport(decision, "No quorum", "Sad."));
  }
}
