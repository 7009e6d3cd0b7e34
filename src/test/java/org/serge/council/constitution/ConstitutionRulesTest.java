package org.serge.council.constitution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.serge.council.mandate.FederationScene.electorate;
import static org.serge.council.mandate.FederationScene.mandateOf;
import static org.serge.council.motion.Choice.NO;
import static org.serge.council.motion.Choice.YES;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.serge.council.AdmitMember;
import org.serge.council.Rule;
import org.serge.council.deliberation.AddComment;
import org.serge.council.deliberation.ElectModerator;
import org.serge.council.deliberation.HideContent;
import org.serge.council.deliberation.Propose;
import org.serge.council.deliberation.Scene;
import org.serge.council.deliberation.SignMinorityReport;
import org.serge.council.deliberation.WriteMinorityReport;
import org.serge.council.mandate.ElectDelegate;
import org.serge.council.mandate.FederationScene;
import org.serge.council.mandate.MoveRecall;
import org.serge.council.mandate.PetitionRecall;
import org.serge.council.mandate.Recalls;
import org.serge.council.mandate.Resign;
import org.serge.council.motion.Motion;
import org.serge.council.motion.OpenMotion;

/**
 * Every rule of the constitution, by its id, allowing in one case and refusing in another, in the
 * nested federations of {@link FederationScene}; the refusal names the rule. A decision rule does
 * not refuse an action: it decides a motion, so its "refusal" is a rejected or lapsed motion that
 * names it.
 */
class ConstitutionRulesTest {
  /** The rules tested here, checked against {@link Constitution#rules()}. */
  static final List<String> TESTED = new ArrayList<>();

  static {
    Constitution.KINDS.forEach(kind -> TESTED.add("decisions." + kind));
    TESTED.addAll(List.of("mandates.term", "mandates.consecutive-terms", "mandates.simultaneous", "recall.petition",
        "minority-reports.members", "moderation.moderators", "amendment.ratification", "overridable"));
  }

  static final List<String> KINDS = Constitution.KINDS;

  private final Scene scene = FederationScene.build();

  @AfterEach
  void replayGivesTheSameTables() {
    scene.assertReplayMatches();
  }

  @Test
  void everyRuleOfTheConstitutionIsTestedHere() {
    Constitution c = scene.read(p -> p.constitution("rail"));
    assertEquals(new TreeSet<>(c.rules().stream().map(Rule::id).toList()), new TreeSet<>(TESTED));
  }

  private Motion resolution(String kind, int yes, int no) {
    String motion = scene.made("ana", OpenMotion.resolution("rail", kind, "A " + kind + " question", ""), "motion");
    List<String> rail = FederationScene.RAIL;
    scene.vote(motion, YES, rail.subList(0, yes).toArray(String[]::new));
    scene.vote(motion, NO, rail.subList(yes, yes + no).toArray(String[]::new));
    if (yes + no < rail.size()) {
      scene.advance(Duration.ofDays(30));
    }
    scene.close(yes + no < rail.size() ? null : "ana", motion);
    return scene.read(p -> p.motion(motion));
  }

  @ParameterizedTest
  @FieldSource("KINDS")
  void decisionsOfEachKindAreTakenByTheirQuorumAndThreshold(String kind) {
    String rule = "decisions." + kind;
    // 5 of 6 yes passes majority, 2/3 and consensus-minus-1; 3 to 3 passes none; 1 vote of 6 is no quorum
    for (Object[] expected : new Object[][] {{5, 1, "adopted"}, {3, 3, "rejected"}, {1, 0, "lapsed"}}) {
      Motion m = resolution(kind, (int) expected[0], (int) expected[1]);
      assertEquals(expected[2], m.status(), kind + " " + expected[0] + " to " + expected[1]);
      // a resolution records no decision row: the rule is named by its motion.closed event
      assertEquals(rule, scene.record.events(m.closedSeq()).findFirst().orElseThrow().payload().get("rule").asText());
    }
  }

  @Test
  void mandatesTerm() {
    FederationScene.elect(scene, "rail", "ana");
    scene.act("ana", OpenMotion.resolution("north", "ordinary", "Within the term", ""));
    scene.advance(Duration.ofDays(366));
    scene.refused("mandates.term", "ana", OpenMotion.resolution("north", "ordinary", "After the term", ""));
  }

  @Test
  void mandatesConsecutiveTerms() {
    FederationScene.elect(scene, "rail", "ana");
    scene.advance(Duration.ofDays(366));
    FederationScene.elect(scene, "rail", "ana");
    scene.advance(Duration.ofDays(366));
    scene.refused("mandates.consecutive-terms", "bob", new ElectDelegate("rail", "ana", ""));
  }

  @Test
  void mandatesSimultaneous() {
    scene.act("gus", new AdmitMember("docks", "ana"));
    FederationScene.elect(scene, "rail", "ana");
    scene.refused("mandates.simultaneous", "gus", new ElectDelegate("docks", "ana", ""));
    scene.act("ana", new Resign(mandateOf(scene, "rail", "ana")));
    FederationScene.elect(scene, "docks", "ana");
  }

  @Test
  void recallPetition() {
    FederationScene.elect(scene, "rail", "ana");
    String mandate = mandateOf(scene, "rail", "ana");
    scene.refused("recall.petition", "gus", new PetitionRecall(mandate, "Not a member of rail."));
    String petition = scene.made("bob", new PetitionRecall(mandate, "Absent."), "petition");
    assertEquals("gathering", scene.read(p -> Recalls.petition(p, petition)).status());
    scene.act("cai", new org.serge.council.mandate.SignRecall(petition));
    assertEquals("voting", scene.read(p -> Recalls.petition(p, petition)).status());
  }

  @Test
  void minorityReportsMembers() {
    FederationScene.elect(scene, "rail", "ana");
    String recall = scene.made("bob", new MoveRecall(mandateOf(scene, "rail", "ana"), "Absent."), "motion");
    scene.vote(recall, YES, "ana", "bob", "cai", "dan");
    String decision = scene.close(null, sixDaysLater(recall));
    scene.refused("minority-reports.members", "gus", new WriteMinorityReport(decision, "Unfair", "gus is in docks."));
    String report = scene.made("eve", new WriteMinorityReport(decision, "Too hasty", "She deserved a hearing."),
        "report");
    scene.act("fay", new SignMinorityReport(report));
    assertEquals("gathering", scene.read(p -> p.minorityReports.find(report).orElseThrow().status()));
    scene.act("ana", new SignMinorityReport(report)); // third signature: attached
    assertEquals("attached", scene.read(p -> p.minorityReports.find(report).orElseThrow().status()));
  }

  private String sixDaysLater(String motion) {
    scene.advance(Duration.ofDays(6));
    return motion;
  }

  @Test
  void moderationModerators() {
    String proposal = scene.made("ana", new Propose("rail", "ordinary", "Canteen", "A canteen."), "proposal");
    String comment = scene.made("bob", new AddComment(proposal, "Spam."), "comment");
    scene.refused("moderation.moderators", "cai", new HideContent(comment, "spam"));
    String election = scene.made("ana", new ElectModerator("rail", "cai", ""), "motion");
    scene.vote(election, YES, electorate(scene, "rail").toArray(String[]::new));
    scene.close("ana", election);
    scene.act("cai", new HideContent(comment, "spam"));
  }

  @Test
  void amendmentRatification() {
    FederationScene.assemblies(scene);
    String id = AmendmentTest.adopt(scene, AmendmentTest.amended("2"));
    scene.refused("amendment.ratification", "ana", new Ratify("rail", id, ""));
    AmendmentTest.ratify(scene, "north", id, YES);
    AmendmentTest.ratify(scene, "south", id, YES);
    assertEquals("in-force", scene.read(p -> Amendments.amendment(p, id)).status());
  }

  @Test
  void overridable() {
    scene.refused("overridable", "ana", new SetOwnRules("rail", "Long terms", Scene.json("{\"mandates\":{\"term\":\"P9Y\"}}")));
    String motion = scene.made("ana", new SetOwnRules("rail", "Half", Scene.json("{\"recall\":{\"petition\":\"1/2\"}}")),
        "motion");
    scene.vote(motion, YES, FederationScene.RAIL.toArray(String[]::new));
    scene.close("ana", motion);
    assertEquals(Fraction.HALF, scene.read(p -> p.constitution("rail").recallPetition()));
  }
}
