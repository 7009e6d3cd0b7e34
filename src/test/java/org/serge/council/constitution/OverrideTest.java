package org.serge.council.constitution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.serge.council.mandate.FederationScene.electorate;
import static org.serge.council.motion.Choice.NO;
import static org.serge.council.motion.Choice.YES;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.serge.InvalidInputException;
import org.serge.council.deliberation.Scene;
import org.serge.council.mandate.FederationScene;
import org.serge.council.motion.Choice;

/** A council sets for itself, by its own constitutional decision, only the rules its federation lets it. */
class OverrideTest {
  private final Scene scene = FederationScene.build();

  @AfterEach
  void replayGivesTheSameTables() {
    scene.assertReplayMatches();
  }

  /** The council's electorate all vote {@code choice} on its own rules {@code rules}; returns the motion. */
  private String decide(String council, String rules, Choice choice) {
    List<String> voters = electorate(scene, council);
    String motion = scene.made(voters.getFirst(), new SetOwnRules(council, "Our own rules", Scene.json(rules)),
        "motion");
    scene.vote(motion, choice, voters.toArray(String[]::new));
    scene.close(voters.getFirst(), motion);
    return motion;
  }

  private Fraction petition(String council) {
    return scene.read(p -> p.constitution(council).recallPetition());
  }

  @Test
  void aCouncilSetsAnOverridableRuleForItselfByDecisionAndMayGoBack() {
    String motion = decide("rail", "{\"recall\":{\"petition\":\"1/2\"}}", YES);
    assertEquals(List.of("constitutional", "decisions.constitutional"), scene.read(p -> List.of(p.motion(motion).kind(),
        p.decisions.rows().stream().filter(d -> d.motion().equals(motion)).findFirst().orElseThrow().rule())));
    assertEquals(List.of(Fraction.HALF, new Fraction(1, 3), new Fraction(1, 3)),
        List.of(petition("rail"), petition("docks"), petition("north")));
    assertEquals("{\"recall\":{\"petition\":\"1/2\"}}", scene.read(p -> p.council("rail").constitution()));
    decide("rail", "{\"moderation\":{\"moderators\":\"delegates\"}}", YES);
    assertEquals(List.of(Fraction.HALF, Constitution.Moderators.DELEGATES),
        scene.read(p -> List.of(p.constitution("rail").recallPetition(), p.constitution("rail").moderators())));
    decide("rail", "{\"recall\":{\"petition\":null}}", YES);
    assertEquals(new Fraction(1, 3), petition("rail"));
    assertEquals("{\"moderation\":{\"moderators\":\"delegates\"}}", scene.read(p -> p.council("rail").constitution()));
  }

  @Test
  void aRuleTheFederationKeepsCannotBeSetAndARejectedChangeChangesNothing() {
    scene.refused("overridable", "ana", new SetOwnRules("rail", "Longer terms",
        Scene.json("{\"mandates\":{\"term\":\"P5Y\"}}")));
    scene.refused("overridable", "ana", new SetOwnRules("rail", "Easy amendments",
        Scene.json("{\"amendment\":{\"ratification\":\"0\"}}")));
    scene.refused("overridable", "ana", new SetOwnRules("rail", "Our own list",
        Scene.json("{\"overridable\":[\"mandates.term\"]}")));
    assertThrows(InvalidInputException.class, () -> scene.act("ana", new SetOwnRules("rail", "Bad share",
        Scene.json("{\"recall\":{\"petition\":\"3/2\"}}"))));
    decide("rail", "{\"recall\":{\"petition\":\"1/2\"}}", NO);
    assertEquals(new Fraction(1, 3), petition("rail"));
    assertEquals("{}", scene.read(p -> p.council("rail").constitution()));
  }

  @Test
  void aFederationsOverrideBindsTheCouncilsInItAndATopLevelFederationAmendsInstead() {
    FederationScene.assemblies(scene);
    decide("north", "{\"decisions\":{\"ordinary\":{\"quorum\":\"1/2\",\"threshold\":\"unanimity\",\"period\":\"P7D\"}}}",
        YES);
    for (String council : List.of("north", "rail", "docks")) {
      assertEquals("unanimity", scene.read(p -> p.constitution(council).decision("ordinary").threshold().text()));
    }
    assertEquals("majority", scene.read(p -> p.constitution("farm").decision("ordinary").threshold().text()));
    assertThrows(InvalidInputException.class, () -> scene.act("bob", new SetOwnRules("uk", "Ours",
        Scene.json("{\"recall\":{\"petition\":\"1/2\"}}"))));
  }

  @Test
  void anOverrideTheFederationNoLongerAllowsLapsesWhenAnAmendmentTakesEffect() {
    decide("rail", "{\"recall\":{\"petition\":\"1/2\"}}", YES);
    FederationScene.assemblies(scene);
    Constitution fixed = ConstitutionJson.read(Scene.json(FederationScene.CONSTITUTION
        .replace("\"recall.petition\",", "")), ConstitutionJson.Locator.NONE, "test");
    String amendment = AmendmentTest.adopt(scene, fixed);
    AmendmentTest.ratify(scene, "north", amendment, YES);
    assertEquals(Fraction.HALF, petition("rail"));
    AmendmentTest.ratify(scene, "south", amendment, YES);
    assertEquals(new Fraction(1, 3), petition("rail"));
    scene.refused("overridable", "ana", new SetOwnRules("rail", "Again", Scene.json("{\"recall\":{\"petition\":\"1/2\"}}")));
  }
}
