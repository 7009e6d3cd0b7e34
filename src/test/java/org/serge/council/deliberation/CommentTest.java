package org.serge.council.deliberation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.serge.council.deliberation.ProposalLifeTest.ids;
import static org.serge.council.motion.Choice.YES;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.serge.InvalidInputException;

/** The debate: threads on proposals, amendments and decisions, by those who act in the council. */
class CommentTest {
  private final Scene scene = new Scene();

  @AfterEach
  void replayGivesTheSameTables() {
    scene.assertReplayMatches("mandates");
  }

  private String proposal() {
    return scene.made("ana", new Propose("rail", "ordinary", "Canteen", "A canteen at the depot."), "proposal");
  }

  @Test
  void repliesNestToAnyDepthAndStayOnTheirSubject() {
    String p = proposal();
    String first = scene.made("bob", new AddComment(p, "Where?"), "comment");
    String second = scene.made("cai", new AddComment(p, "When?"), "comment");
    String reply = scene.made("ana", new AddComment(first, "By the sheds."), "comment");
    String deeper = scene.made("bob", new AddComment(reply, "The sheds flood."), "comment");
    String deepest = scene.made("dan", new AddComment(deeper, "Not since the drains."), "comment");
    String late = scene.made("eve", new AddComment(first, "Or the old ticket hall."), "comment");
    assertEquals(List.of(first, reply, deeper, deepest, late, second), ids(scene.read(q -> Deliberation.thread(q, p))));
    Comment c = scene.read(q -> Deliberation.comment(q, deepest));
    assertEquals(List.of(p, deeper, "dan", "rail"), List.of(c.subject(), c.parent(), c.author(), c.council()));
  }

  @Test
  void amendmentsAndDecisionsHaveTheirOwnDebate() {
    String p = proposal();
    String a = scene.made("bob", new ProposeAmendment(p, "Canteen and creche", "Both.", ""), "amendment");
    String onAmendment = scene.made("cai", new AddComment(a, "A creche costs more."), "comment");
    scene.act("ana", new AcceptAmendment(a));
    String motion = scene.made("ana", new PutProposalToVote(p), "motion");
    scene.vote(motion, YES, Scene.RAIL.toArray(String[]::new));
    String d = scene.close("ana", motion);
    String onDecision = scene.made("dan", new AddComment(d, "When does building start?"), "comment");
    scene.made("bob", new AddComment(p, "Debate goes on after the decision."), "comment");
    assertEquals(List.of(onAmendment), ids(scene.read(q -> Deliberation.thread(q, a))));
    assertEquals(List.of(onDecision), ids(scene.read(q -> Deliberation.thread(q, d))));
    assertEquals("rail", scene.read(q -> Deliberation.comment(q, onDecision)).council());
  }

  @Test
  void onlyThoseWhoActInTheCouncilCommentThereThoughAllMayRead() {
    String p = proposal();
    scene.refused("articles.members-act", "gus", new AddComment(p, "From the docks: good idea."));
    scene.refused("articles.members-act", "zed", new AddComment(p, "From nowhere."));
    String c = scene.made("fay", new AddComment(p, "From rail."), "comment");
    assertEquals(List.of(c), ids(scene.read(q -> Deliberation.thread(q, p)))); // reading needs no membership

    scene.grantMandateOutsideTheLog("gus", "docks");
    String federal = scene.made("gus", new Propose("uk", "ordinary", "Joint canteen", "Rail and docks share."),
        "proposal");
    scene.made("gus", new AddComment(federal, "As the docks' delegate: yes."), "comment");
    scene.refused("articles.members-act", "ana", new AddComment(federal, "Not a delegate."));
  }

  @Test
  void aCommentNeedsWordsAndASubjectThatIsDebated() {
    String p = proposal();
    assertThrows(InvalidInputException.class, () -> scene.act("bob", new AddComment(p, "  ")));
    assertThrows(InvalidInputException.class, () -> scene.act("bob", new AddComment("p-999", "Where?")));
    assertThrows(InvalidInputException.class, () -> scene.act("bob", new AddComment("c-999", "Where?")));
    assertThrows(InvalidInputException.class, () -> scene.act("bob", new AddComment("m-3", "On a motion?")));
    assertThrows(InvalidInputException.class, () -> scene.act("bob", new AddComment(null, "On nothing?")));
  }
}
