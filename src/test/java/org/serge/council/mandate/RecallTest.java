package org.serge.council.mandate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.serge.council.mandate.FederationScene.electorate;
import static org.serge.council.mandate.FederationScene.mandateOf;
import static org.serge.council.motion.Choice.NO;
import static org.serge.council.motion.Choice.YES;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.serge.InvalidInputException;
import org.serge.council.Mandate;
import org.serge.council.deliberation.Decision;
import org.serge.council.deliberation.Scene;
import org.serge.council.motion.Motion;
import org.serge.council.motion.OpenMotion;

/** A council recalls its delegate: by a petition that opens a vote once enough members sign, or by a motion. */
class RecallTest {
  private final Scene scene = FederationScene.build();
  private String anaMandate;

  @AfterEach
  void replayGivesTheSameTables() {
    scene.assertReplayMatches();
  }

  private String delegate() {
    FederationScene.elect(scene, "rail", "ana");
    anaMandate = mandateOf(scene, "rail", "ana");
    return anaMandate;
  }

  private RecallPetition petition(String id) {
    return scene.read(p -> Recalls.petition(p, id));
  }

  @Test
  void signaturesReachingTheShareOpenAVoteWhoseAdoptionEndsTheMandate() {
    String mandate = delegate();
    String petition = scene.made("bob", new PetitionRecall(mandate, "Voted against our mandate on the plan."),
        "petition");
    assertEquals(List.of("gathering", 1L), List.of(petition(petition).status(), petition(petition).signatures()));
    scene.refused("articles.recalls", "bob", new SignRecall(petition));
    scene.refused("articles.recalls", "cai", new PetitionRecall(mandate, "Another petition."));
    scene.act("cai", new SignRecall(petition)); // 2 of 6: a third
    RecallPetition voting = petition(petition);
    assertEquals(List.of("voting", 2L), List.of(voting.status(), voting.signatures()));
    Motion motion = scene.read(p -> p.motion(voting.motion()));
    assertEquals(List.of("recall", "mandate", mandate, "member:cai"),
        List.of(motion.kind(), motion.subjectType(), motion.subjectId(), motion.openedBy()));
    scene.refused("articles.recalls", "dan", new SignRecall(petition));
    scene.refused("articles.recalls", "dan", new MoveRecall(mandate, "And again."));

    scene.vote(motion.id(), YES, "bob", "cai", "dan", "eve");
    scene.vote(motion.id(), NO, "ana", "fay");
    scene.close("bob", motion.id());
    Mandate ended = scene.read(p -> Mandates.mandate(p, mandate));
    assertEquals(List.of("recalled", Long.valueOf(scene.record.size() - 1)), List.of(ended.endReason(), ended.endSeq()));
    RecallPetition decided = petition(petition);
    Decision d = scene.read(p -> p.decision(decided.decision())).decision();
    assertEquals(List.of("adopted", "adopted", "decisions.recall"), List.of(decided.status(), d.outcome(), d.rule()));
    assertEquals(List.of(), electorate(scene, "north"));
    scene.refused("articles.recalls", "bob", new PetitionRecall(mandate, "Once more."));
  }

  @Test
  void onlyMembersOfTheDelegatesCouncilPetitionOrSign() {
    String mandate = delegate();
    scene.refused("recall.petition", "gus", new PetitionRecall(mandate, "Not our delegate, but still."));
    assertThrows(InvalidInputException.class, () -> scene.act("cai", new PetitionRecall(mandate, " ")));
    String petition = scene.made("bob", new PetitionRecall(mandate, "Absent from the assembly."), "petition");
    scene.refused("recall.petition", "gus", new SignRecall(petition));
    scene.refused("recall.petition", "zed", new SignRecall(petition));
    scene.refused("articles.instance", "bob", new org.serge.council.Action() {
      public List<org.serge.council.Fact> decide(org.serge.council.Polity p, org.serge.council.Actor a,
          java.time.Instant now) {
        return new SignRecall(petition).decide(p, org.serge.council.Actor.instance(), now);
      }
    });
    assertEquals(1L, petition(petition).signatures());
  }

  @Test
  void theCouncilMayMoveARecallWithoutAPetitionAndARejectedRecallLeavesTheMandate() {
    String mandate = delegate();
    String motion = scene.made("dan", new MoveRecall(mandate, "Let us vote on it."), "motion");
    scene.refused("articles.recalls", "eve", new OpenMotion("rail", "recall", "Recall ana", "", "mandate", mandate));
    scene.refused("articles.recalls", "eve", new PetitionRecall(mandate, "Sign here."));
    scene.vote(motion, NO, "ana", "bob", "cai", "eve");
    scene.vote(motion, YES, "dan");
    scene.advance(Duration.ofDays(5));
    scene.close(null, motion);
    assertNull(scene.read(p -> Mandates.mandate(p, mandate)).ended());
    assertEquals(List.of("ana"), electorate(scene, "north"));
    assertThrows(InvalidInputException.class, () -> scene.act("dan",
        new OpenMotion("rail", "ordinary", "Recall ana", "", "mandate", mandate)));
    assertThrows(InvalidInputException.class, () -> scene.act("gus",
        new OpenMotion("docks", "recall", "Recall ana", "", "mandate", mandate)));
  }

  @Test
  void aMotionMovedWhileAPetitionGathersTakesThePetitionToTheVoteAndALapseLetsANewOneStart() {
    String mandate = delegate();
    String petition = scene.made("bob", new PetitionRecall(mandate, "Absent."), "petition");
    String motion = scene.made("dan", new MoveRecall(mandate, "Vote now."), "motion");
    assertEquals(List.of("voting", motion), List.of(petition(petition).status(), petition(petition).motion()));
    scene.vote(motion, YES, "bob");
    scene.advance(Duration.ofDays(5));
    scene.close(null, motion);
    assertEquals("lapsed", petition(petition).status());
    String again = scene.made("bob", new PetitionRecall(mandate, "Absent still."), "petition");
    assertEquals("gathering", petition(again).status());
  }

  @Test
  void aFederationRecallsItsDelegateByThePetitionOfItsAssembly() {
    FederationScene.elect(scene, "rail", "ana");
    FederationScene.elect(scene, "docks", "gus");
    FederationScene.elect(scene, "north", "cai");
    String mandate = mandateOf(scene, "north", "cai");
    scene.refused("recall.petition", "bob", new PetitionRecall(mandate, "bob is no delegate to north."));
    String petition = scene.made("gus", new PetitionRecall(mandate, "Ignores the docks."), "petition");
    String motion = petition(petition).motion(); // 1 of 2 is a third: the vote opens at once
    assertEquals("voting", petition(petition).status());
    scene.vote(motion, YES, "ana", "gus");
    scene.close("gus", motion);
    assertEquals("recalled", scene.read(p -> Mandates.mandate(p, mandate)).endReason());
    assertEquals(List.of(), electorate(scene, "uk"));
  }

  @Test
  void aDelegateWhoResignsDuringTheVoteIsNotRecalledTwice() {
    String mandate = delegate();
    String motion = scene.made("dan", new MoveRecall(mandate, "Vote now."), "motion");
    scene.act("ana", new Resign(mandate));
    scene.vote(motion, YES, "bob", "cai", "dan", "eve", "fay");
    scene.advance(Duration.ofDays(5));
    scene.close(null, motion);
    assertEquals("resigned", scene.read(p -> Mandates.mandate(p, mandate)).endReason());
    scene.refused("articles.recalls", "bob", new PetitionRecall(mandate, "Too late."));
  }
}
