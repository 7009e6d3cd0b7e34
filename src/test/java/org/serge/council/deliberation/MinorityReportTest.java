package org.serge.council.deliberation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.serge.council.deliberation.ProposalLifeTest.ids;
import static org.serge.council.motion.Choice.NO;
import static org.serge.council.motion.Choice.YES;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.serge.council.Actor;
import org.serge.council.LeaveCouncil;
import org.serge.council.Refused;

/** Who may attach a minority report to a decision, and that a decision is never shown without its reports. */
class MinorityReportTest {
  private final Scene scene = new Scene();

  @AfterEach
  void replayGivesTheSameTables() {
    scene.assertReplayMatches();
  }

  /** A decided proposal: ana, bob and cai vote yes (no to reject); dan and eve the other way; fay abstains. */
  private String decision(boolean adopt) {
    String p = scene.made("ana", new Propose("rail", "ordinary", "Canteen", "A canteen at the depot."), "proposal");
    String motion = scene.made("ana", new PutProposalToVote(p), "motion");
    scene.vote(motion, adopt ? YES : NO, "ana", "bob", "cai");
    scene.vote(motion, adopt ? NO : YES, "dan", "eve");
    scene.vote(motion, org.serge.council.motion.Choice.ABSTAIN, "fay");
    return scene.close("ana", motion);
  }

  private String status(String report) {
    return scene.read(q -> Deliberation.report(q, report)).status();
  }

  @Test
  void onTheLosingSideOfAnAdoptionAreThoseWhoVotedNo() {
    String d = decision(true);
    String loser = scene.made("dan", new WriteMinorityReport(d, "Against", "Too expensive."), "report");
    assertEquals("attached", status(loser));
    String winner = scene.made("bob", new WriteMinorityReport(d, "Second thoughts", "Too small."), "report");
    assertEquals("gathering", status(winner));
  }

  @Test
  void onTheLosingSideOfARejectionAreThoseWhoVotedYes() {
    String d = decision(false);
    assertEquals("rejected", scene.read(q -> q.decision(d)).decision().outcome());
    String loser = scene.made("dan", new WriteMinorityReport(d, "We needed it", "People eat at their desks."),
        "report");
    String winner = scene.made("ana", new WriteMinorityReport(d, "Not like this", "A better plan next time."),
        "report");
    assertEquals("gathering", status(winner));
    assertEquals("attached", status(loser));
    assertEquals("losing-side", scene.read(q -> Deliberation.report(q, loser)).route());
    String abstainer = scene.made("fay", new WriteMinorityReport(d, "A smaller canteen", "Half the size."), "report");
    assertEquals("gathering", status(abstainer));
  }

  @Test
  void aLoserWhoLeftTheCouncilStillAttachesTheirsButOthersMustActInItToGatherSignatures() {
    String d = decision(true);
    scene.act("dan", new LeaveCouncil("rail"));
    scene.act("bob", new LeaveCouncil("rail"));
    String dissent = scene.made("dan", new WriteMinorityReport(d, "Against", "I left over this."), "report");
    assertEquals("attached", status(dissent));
    Refused outsider = scene.refused("minority-reports.members", "zed", new WriteMinorityReport(d, "x", "y"));
    assertEquals("minority-reports.members", outsider.rule().id());
    scene.refused("minority-reports.members", "bob", new WriteMinorityReport(d, "Left", "I voted yes, then left."));
    Refused instance = assertThrows(Refused.class, () -> scene.record.submit(Actor.instance(),
        new WriteMinorityReport(d, "x", "y")));
    assertEquals("articles.instance", instance.rule().id());
  }

  @Test
  void aReportGatheringSignaturesIsAttachedWhenTheConstitutionsNumberOfMembersSigned() {
    String d = decision(true);
    String report = scene.made("fay", new WriteMinorityReport(d, "Review", "Review the canteen in a year."), "report");
    scene.refused("minority-reports.members", "zed", new SignMinorityReport(report));
    scene.refused("minority-reports.members", "gus", new SignMinorityReport(report));
    scene.refused("articles.minority-reports", "fay", new SignMinorityReport(report));
    scene.act("ana", new SignMinorityReport(report));
    scene.refused("articles.minority-reports", "ana", new SignMinorityReport(report));
    assertEquals("gathering", status(report));
    assertEquals(List.of(report), ids(scene.read(q -> q.decision(d)).gathering()));
    scene.act("bob", new SignMinorityReport(report));
    assertEquals("attached", status(report));
    scene.act("cai", new SignMinorityReport(report)); // support after attachment is still recorded
    assertEquals(4L, scene.read(q -> Deliberation.report(q, report)).signatures());
    assertEquals(List.of(report), ids(scene.read(q -> q.decision(d)).attached()));
  }

  @Test
  void eachMemberWritesOneReportOnADecision() {
    String d = decision(true);
    scene.made("dan", new WriteMinorityReport(d, "Against", "Too expensive."), "report");
    scene.refused("articles.minority-reports", "dan", new WriteMinorityReport(d, "Again", "Still too expensive."));
    scene.made("eve", new WriteMinorityReport(d, "Against too", "Wrong place."), "report");
    assertEquals(2, scene.read(q -> q.decision(d)).attached().size());
  }

  @Test
  void everyQueryThatShowsADecisionShowsItsReportsHiddenOnesWithTheirReason() {
    ModerationTest.elect(scene, "cai");
    String d = decision(true);
    String plain = scene.made("dan", new WriteMinorityReport(d, "Against", "Too expensive."), "report");
    String rude = scene.made("eve", new WriteMinorityReport(d, "Idiots", "You are all idiots."), "report");
    scene.made("cai", new HideContent(rude, "insults members"), "hiding");
    for (PublishedDecision shown : scene.read(q -> List.of(q.decision(d), q.decisionsOf("rail").getLast(),
        Deliberation.decisionsOn(q, q.decision(d).decision().proposal()).getLast()))) {
      assertEquals(d, shown.decision().id());
      assertEquals(List.of(plain, rude), ids(shown.attached()));
      Shown<MinorityReport> hidden = shown.attached().get(1);
      assertEquals(List.of("insults members", "cai", "You are all idiots."),
          List.of(hidden.reason(), hidden.hiddenBy(), hidden.content().text()));
    }
  }
}
