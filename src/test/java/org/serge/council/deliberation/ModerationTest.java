package org.serge.council.deliberation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serge.council.motion.Choice.NO;
import static org.serge.council.motion.Choice.YES;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.serge.InvalidInputException;
import org.serge.council.LeaveCouncil;
import org.serge.council.motion.OpenMotion;

/** Who moderates, hiding with a reason, and appeals decided by the council. */
class ModerationTest {
  private final Scene scene = new Scene();

  @AfterEach
  void replayGivesTheSameTables() {
    scene.assertReplayMatches("mandates");
  }

  /** Rail elects {@code member} moderator, everyone voting yes. */
  static void elect(Scene scene, String member) {
    String motion = scene.made("ana", new ElectModerator("rail", member, "Fair and calm."), "motion");
    scene.vote(motion, YES, Scene.RAIL.toArray(String[]::new));
    scene.close("ana", motion);
  }

  private String proposal() {
    return scene.made("ana", new Propose("rail", "ordinary", "Canteen", "A canteen at the depot."), "proposal");
  }

  private String hiddenComment(String author) {
    String comment = scene.made(author, new AddComment(proposal(), "Management are crooks, all of them."), "comment");
    return scene.made("cai", new HideContent(comment, "a personal attack"), "hiding");
  }

  @Test
  void electedModeratorsAreChosenByADecisionOfTheCouncil() {
    String comment = scene.made("bob", new AddComment(proposal(), "Spam spam spam."), "comment");
    scene.refused("moderation.moderators", "cai", new HideContent(comment, "spam"));
    scene.refused("articles.members-act", "ana", new ElectModerator("rail", "zed", ""));
    assertThrows(InvalidInputException.class, () -> scene.act("ana",
        new OpenMotion("rail", "ordinary", "Elect cai", "", "moderator", "cai")));

    String refusedElection = scene.made("ana", new ElectModerator("rail", "dan", ""), "motion");
    scene.vote(refusedElection, NO, Scene.RAIL.toArray(String[]::new));
    String rejected = scene.close("ana", refusedElection);
    assertEquals("rejected", scene.read(q -> q.decision(rejected)).decision().outcome());
    assertEquals(Integer.valueOf(0), scene.read(q -> q.moderators.size()));

    elect(scene, "cai");
    Moderator moderator = scene.read(q -> q.moderators.rows().iterator().next());
    assertEquals(List.of("rail", "cai", "adopted"), List.of(moderator.council(), moderator.member(),
        scene.read(q -> q.decision(moderator.decision())).decision().outcome()));
    scene.made("cai", new HideContent(comment, "spam"), "hiding");

    scene.act("cai", new LeaveCouncil("rail"));
    String other = scene.made("bob", new AddComment(proposal(), "More spam."), "comment");
    scene.refused("moderation.moderators", "cai", new HideContent(other, "spam"));
  }

  @Test
  void whereTheDelegatesModerateNoOneIsElectedAndOnlyDelegatesHide() {
    String p = scene.made("gus", new Propose("docks", "ordinary", "Cranes", "New cranes."), "proposal");
    String comment = scene.made("gus", new AddComment(p, "Buy them from the bosses' cousins."), "comment");
    scene.refused("moderation.moderators", "hal", new ElectModerator("docks", "hal", ""));
    scene.refused("moderation.moderators", "hal", new HideContent(comment, "libel"));
    scene.grantMandateOutsideTheLog("hal", "docks");
    String hiding = scene.made("hal", new HideContent(comment, "libel"), "hiding");
    assertEquals("hal", scene.read(q -> Deliberation.hiding(q, hiding)).moderator());
  }

  @Test
  void aReasonIsRequiredAndStaysWithTheContentWhichStaysReadable() {
    elect(scene, "cai");
    String p = proposal();
    String comment = scene.made("bob", new AddComment(p, "Management are crooks, all of them."), "comment");
    String reply = scene.made("dan", new AddComment(comment, "Careful."), "comment");
    scene.refused("articles.hiding-reasons", "cai", new HideContent(comment, "   "));
    scene.refused("articles.hiding-reasons", "cai", new HideContent(comment, null));
    String hiding = scene.made("cai", new HideContent(comment, "a personal attack"), "hiding");
    assertThrows(InvalidInputException.class, () -> scene.act("cai", new HideContent(comment, "again")));

    Shown<Content> shown = scene.read(q -> Deliberation.show(q, comment));
    assertTrue(shown.isHidden());
    assertEquals(List.of("a personal attack", "cai", "Management are crooks, all of them.", hiding),
        List.of(shown.reason(), shown.hiddenBy(), ((Comment) shown.content()).text(), shown.content().hiding()));
    List<Shown<Comment>> thread = scene.read(q -> Deliberation.thread(q, p));
    assertEquals(List.of(comment, reply), ProposalLifeTest.ids(thread));
    assertEquals(hiding, thread.get(0).hiding().id());
    assertNull(thread.get(1).hiding());
    scene.made("eve", new AddComment(comment, "A reply to hidden words is still debate."), "comment");
  }

  @Test
  void aModeratorDoesNotHideTheirOwnContent() {
    elect(scene, "cai");
    String p = proposal();
    String own = scene.made("cai", new AddComment(p, "I was rude."), "comment");
    scene.refused("articles.own-cause", "cai", new HideContent(own, "rude"));
    String others = scene.made("bob", new AddComment(p, "I was ruder."), "comment");
    scene.made("cai", new HideContent(others, "rude"), "hiding");
  }

  @Test
  void proposalsAmendmentsCommentsAndMinorityReportsCanAllBeHiddenAndStillBeRead() {
    elect(scene, "cai");
    String p = proposal();
    String a = scene.made("bob", new ProposeAmendment(p, "Canteen for managers", "Only managers eat.", ""),
        "amendment");
    String c = scene.made("bob", new AddComment(p, "Nonsense."), "comment");
    scene.act("ana", new AcceptAmendment(a));
    String motion = scene.made("ana", new PutProposalToVote(p), "motion");
    scene.vote(motion, YES, "ana", "bob", "cai", "dan");
    scene.vote(motion, NO, "eve", "fay");
    String d = scene.close("ana", motion);
    String r = scene.made("eve", new WriteMinorityReport(d, "Against", "Managers should eat with us."), "report");
    for (String content : List.of(p, a, c, r)) {
      scene.made("cai", new HideContent(content, "testing " + content), "hiding");
    }
    for (String content : List.of(p, a, c, r)) {
      Shown<Content> shown = scene.read(q -> Deliberation.show(q, content));
      assertEquals("testing " + content, shown.reason());
      assertEquals(content, shown.content().id());
    }
    assertEquals("Only managers eat.", scene.read(q -> Deliberation.amendment(q, a)).text());
    assertEquals("Managers should eat with us.", scene.read(q -> Deliberation.report(q, r)).text());
    assertEquals(List.of("proposal", "amendment", "comment", "minority-report"),
        scene.read(q -> q.hidings.rows().stream().map(Hiding::contentType).toList()));
  }

  @Test
  void anAdoptedAppealRestoresTheContentAndTheHidingStaysOnRecord() {
    elect(scene, "cai");
    String hiding = hiddenComment("bob");
    String comment = scene.read(q -> Deliberation.hiding(q, hiding)).content();
    scene.refused("articles.authors", "dan", new AppealHiding(hiding, "Bob was right."));
    String appeal = scene.made("bob", new AppealHiding(hiding, "It is a fact, not an attack."), "motion");
    assertEquals("appeal", scene.read(q -> q.motion(appeal)).kind());
    scene.refused("articles.appeals", "bob", new AppealHiding(hiding, "Again."));
    scene.refused("articles.own-cause", "cai", new org.serge.council.motion.CastVote(appeal, NO));
    scene.vote(appeal, YES, "ana", "bob", "dan", "eve", "fay");
    String decision = scene.close("bob", appeal); // all five entitled voted: the moderator is not counted
    Decision d = scene.read(q -> q.decision(decision)).decision();
    assertEquals(List.of("adopted", "decisions.appeal", "appeal", hiding),
        List.of(d.outcome(), d.rule(), d.subjectType(), d.subjectId()));
    assertEquals(5L, d.entitled());

    assertNull(scene.read(q -> Deliberation.comment(q, comment)).hiding());
    Hiding ended = scene.read(q -> Deliberation.hiding(q, hiding));
    assertEquals(List.of("restored", decision, "a personal attack"),
        List.of(ended.status(), ended.decision(), ended.reason()));
    assertEquals(List.of(ended), scene.read(q -> Deliberation.hidings(q, comment)));
    assertEquals("adopted", scene.read(q -> q.appeals.find(appeal).orElseThrow().status()));
    scene.refused("articles.appeals", "cai", new HideContent(comment, "still an attack"));
  }

  @Test
  void aRejectedAppealKeepsTheContentHiddenForGoodWithTheDecisionAndItsDissent() {
    elect(scene, "cai");
    String hiding = hiddenComment("bob");
    String appeal = scene.made("bob", new AppealHiding(hiding, "It is a fact."), "motion");
    scene.vote(appeal, YES, "bob", "dan");
    scene.vote(appeal, NO, "ana", "eve", "fay");
    String decision = scene.close("ana", appeal);
    Hiding upheld = scene.read(q -> Deliberation.hiding(q, hiding));
    assertEquals(List.of("upheld", decision), List.of(upheld.status(), upheld.decision()));
    assertEquals(hiding, scene.read(q -> Deliberation.content(q, upheld.content())).hiding());
    assertEquals("rejected", scene.read(q -> q.appeals.find(appeal).orElseThrow().status()));
    scene.refused("articles.appeals", "bob", new AppealHiding(hiding, "Once more."));
    String dissent = scene.made("dan", new WriteMinorityReport(decision, "Censorship", "Facts are not attacks."),
        "report");
    assertEquals(List.of(dissent), ProposalLifeTest.ids(scene.read(q -> q.decision(decision)).attached()));
  }

  @Test
  void aLapsedAppealLeavesTheContentHiddenAndMayBeMadeAgain() {
    elect(scene, "cai");
    String hiding = hiddenComment("bob");
    String first = scene.made("bob", new AppealHiding(hiding, "It is a fact."), "motion");
    scene.vote(first, YES, "bob");
    scene.advance(Duration.ofDays(3));
    String lapsed = scene.close(null, first);
    assertEquals("lapsed", scene.read(q -> q.decision(lapsed)).decision().outcome());
    assertEquals("hidden", scene.read(q -> Deliberation.hiding(q, hiding)).status());
    String second = scene.made("bob", new AppealHiding(hiding, "Please vote this time."), "motion");
    assertEquals(second, scene.read(q -> Deliberation.hiding(q, hiding)).appeal());
  }

  @Test
  void aModeratorCannotDecideAnAppealAgainstThemselvesAlone() {
    // Docks has two members; hal, its delegate, moderates. Were hal to vote no, the appeal would tie and fail.
    scene.grantMandateOutsideTheLog("hal", "docks");
    String p = scene.made("gus", new Propose("docks", "ordinary", "Cranes", "New cranes."), "proposal");
    String comment = scene.made("gus", new AddComment(p, "Hal buys from his cousin."), "comment");
    String hiding = scene.made("hal", new HideContent(comment, "libel"), "hiding");
    String appeal = scene.made("gus", new AppealHiding(hiding, "It is true."), "motion");
    scene.refused("articles.own-cause", "hal", new org.serge.council.motion.CastVote(appeal, NO));
    scene.vote(appeal, YES, "gus");
    String decision = scene.close("hal", appeal);
    Decision d = scene.read(q -> q.decision(decision)).decision();
    assertEquals(List.of("adopted", 1L, 0L, 1L), List.of(d.outcome(), d.yes(), d.no(), d.entitled()));
    assertNull(scene.read(q -> Deliberation.comment(q, comment)).hiding());
  }
}
