package org.serge.council.constitution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serge.council.mandate.FederationScene.electorate;
import static org.serge.council.motion.Choice.NO;
import static org.serge.council.motion.Choice.YES;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.serge.InvalidInputException;
import org.serge.council.Actor;
import org.serge.council.deliberation.Scene;
import org.serge.council.mandate.FederationScene;
import org.serge.council.motion.OpenMotion;
import org.serge.record.CanonicalJson;

/**
 * The constitution changes only by an amendment its top-level federation's assembly adopts and
 * two thirds of its member councils (north, south, post) ratify, each by its own decision.
 */
class AmendmentTest {
  private final Scene scene = FederationScene.build();

  @BeforeEach
  void assemblies() {
    FederationScene.assemblies(scene); // uk's assembly: bob (north), kim (south), max (post)
  }

  @AfterEach
  void replayGivesTheSameTables() {
    scene.assertReplayMatches();
  }

  /** The test constitution with two members enough for a minority report. */
  static Constitution amended(String minorityReportMembers) {
    return ConstitutionJson.read(Scene.json(FederationScene.CONSTITUTION.replace("\"members\":3",
        "\"members\":" + minorityReportMembers)), ConstitutionJson.Locator.NONE, "test");
  }

  /** uk's assembly adopts an amendment, all three voting yes; returns its id. */
  static String adopt(Scene scene, Constitution constitution) {
    String amendment = scene.made("bob", new AmendConstitution("uk", "Two members attach a report", constitution),
        "motion");
    scene.vote(amendment, YES, "bob", "kim", "max");
    scene.close("bob", amendment);
    return amendment;
  }

  /** A member council decides on ratifying, its whole electorate voting {@code choice}. */
  static void ratify(Scene scene, String council, String amendment, org.serge.council.motion.Choice choice) {
    List<String> voters = electorate(scene, council);
    String motion = scene.made(voters.getFirst(), new Ratify(council, amendment, ""), "motion");
    scene.vote(motion, choice, voters.toArray(String[]::new));
    scene.close(voters.getFirst(), motion);
  }

  private ConstitutionAmendment amendment(String id) {
    return scene.read(p -> Amendments.amendment(p, id));
  }

  private int reportMembers(String council) {
    return scene.read(p -> p.constitution(council).minorityReportMembers());
  }

  @Test
  void anAdoptedAmendmentTakesEffectWhenTwoThirdsOfTheMemberCouncilsRatifyIt() {
    Constitution next = amended("2");
    String id = adopt(scene, next);
    ConstitutionAmendment a = amendment(id);
    assertEquals(List.of("ratifying", "uk", CanonicalJson.write(next.toJson())),
        List.of(a.status(), a.federation(), a.constitution()));
    assertEquals(3, reportMembers("rail"), "not in force before ratification");
    ratify(scene, "north", id, YES); // north's assembly: ana and gus
    assertEquals(List.of("ratifying", 1L), List.of(amendment(id).status(), amendment(id).ratified()));
    ratify(scene, "post", id, YES);
    assertEquals(List.of("in-force", 2L), List.of(amendment(id).status(), amendment(id).ratified()));
    for (String council : List.of("uk", "north", "rail", "south", "farm", "post")) {
      assertEquals(2, reportMembers(council), council);
    }
    assertEquals(CanonicalJson.write(next.toJson()), scene.read(p -> p.council("uk").constitution()));
    scene.refused("articles.amendments", "jo", new Ratify("south", id, "late"));
    assertEquals(List.of("north", "post"), scene.read(p -> p.ratifications.rows().stream()
        .map(Ratification::council).toList()));
  }

  @Test
  void onlyMemberCouncilsRatifyAndEachOnce() {
    String id = adopt(scene, amended("2"));
    scene.refused("amendment.ratification", "ana", new Ratify("rail", id, "rail is in north, not in uk"));
    ratify(scene, "south", id, NO);
    scene.refused("articles.amendments", "jo", new Ratify("south", id, "we changed our minds"));
    String open = scene.made("max", new Ratify("post", id, ""), "motion");
    scene.refused("articles.amendments", "max", new Ratify("post", id, "twice"));
    assertThrows(InvalidInputException.class, () -> scene.act("max",
        new OpenMotion("post", "ordinary", "Ratify", "", "ratification", id)));
    scene.vote(open, YES, "max");
    scene.advance(Duration.ofDays(7));
    scene.close(null, open); // 1 of 2 voted: a quorum of 1/2, adopted by consensus minus one
    assertEquals(List.of(1L, 1L, "ratifying"),
        List.of(amendment(id).ratified(), amendment(id).declined(), amendment(id).status()));
  }

  @Test
  void anAmendmentFailsOnceTooManyCouncilsDeclineAndALapsedRatificationMayBeHeldAgain() {
    String id = adopt(scene, amended("2"));
    String lapsing = scene.made("ana", new Ratify("north", id, ""), "motion");
    scene.advance(Duration.ofDays(7));
    scene.close(null, lapsing);
    assertEquals(0L, amendment(id).ratified() + amendment(id).declined());
    ratify(scene, "north", id, NO);
    assertEquals("ratifying", amendment(id).status());
    ratify(scene, "south", id, NO);
    assertEquals(List.of("failed", 2L), List.of(amendment(id).status(), amendment(id).declined()));
    assertEquals(3, reportMembers("rail"));
    scene.refused("articles.amendments", "max", new Ratify("post", id, ""));
    adopt(scene, amended("4")); // a failed amendment holds up no other
  }

  @Test
  void oneAmendmentAtATimeAndARejectedOneChangesNothing() {
    String first = scene.made("bob", new AmendConstitution("uk", "Two", amended("2")), "motion");
    assertEquals("voting", amendment(first).status());
    scene.refused("articles.amendments", "kim", new AmendConstitution("uk", "Four", amended("4")));
    scene.vote(first, YES, "bob");
    scene.vote(first, NO, "kim", "max");
    scene.close("bob", first);
    assertEquals("rejected", amendment(first).status());
    scene.refused("articles.amendments", "ana", new Ratify("north", first, ""));
    String second = adopt(scene, amended("4"));
    assertEquals("ratifying", amendment(second).status());
  }

  @Test
  void onlyATopLevelFederationsAssemblyAmendsAndOnlyWithAWholeValidConstitution() {
    scene.refused("articles.members-act", "ana", new AmendConstitution("uk", "Two", amended("2")));
    scene.refused("articles.instance", "bob", new org.serge.council.Action() {
      public List<org.serge.council.Fact> decide(org.serge.council.Polity p, Actor a, java.time.Instant now) {
        return new AmendConstitution("uk", "By decree", amended("2")).decide(p, Actor.instance(), now);
      }
    });
    assertThrows(InvalidInputException.class, () -> scene.act("ana", new AmendConstitution("north", "Ours",
        amended("2"))));
    assertThrows(InvalidInputException.class, () -> scene.act("bob",
        new OpenMotion("uk", "ordinary", "Two", CanonicalJson.write(amended("2").toJson()), "constitution", "uk")));
    InvalidInputException bad = assertThrows(InvalidInputException.class, () -> scene.act("bob",
        new OpenMotion("uk", "constitutional", "Bad", FederationScene.CONSTITUTION.replace("\"1/3\"", "\"4/3\""),
            "constitution", "uk")));
    assertEquals("recall.petition", bad.field(), bad.getMessage());
    assertThrows(InvalidInputException.class, () -> scene.act("bob",
        new OpenMotion("uk", "constitutional", "Bad", "not json", "constitution", "uk")));
    assertEquals(Integer.valueOf(0), scene.read(p -> p.constitutionAmendments.size()));
  }

  @Test
  void withoutRatificationRequiredAnAdoptedAmendmentTakesEffectAtOnce() {
    Constitution noRatification = ConstitutionJson.read(Scene.json(FederationScene.CONSTITUTION
        .replace("\"ratification\":\"2/3\"", "\"ratification\":\"0\"")), ConstitutionJson.Locator.NONE, "test");
    String first = adopt(scene, noRatification);
    assertEquals("ratifying", amendment(first).status(), "adopted under the 2/3 rule, which still needs ratification");
    ratify(scene, "north", first, YES);
    ratify(scene, "south", first, YES);
    assertEquals("in-force", amendment(first).status());
    String second = adopt(scene, amended("2"));
    assertEquals("in-force", amendment(second).status());
    assertTrue(scene.read(p -> p.constitution("farm").minorityReportMembers()) == 2);
  }
}
