package org.serge.council.mandate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.serge.council.mandate.FederationScene.electorate;
import static org.serge.council.mandate.FederationScene.mandateOf;
import static org.serge.council.motion.Choice.NO;
import static org.serge.council.motion.Choice.YES;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.serge.InvalidInputException;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.AdmitMember;
import org.serge.council.CouncilKind;
import org.serge.council.CreateCouncil;
import org.serge.council.LeaveCouncil;
import org.serge.council.Mandate;
import org.serge.council.Refused;
import org.serge.council.Times;
import org.serge.council.deliberation.Decision;
import org.serge.council.deliberation.Scene;
import org.serge.council.motion.OpenMotion;
import org.serge.record.Event;

/** Delegates elected by their councils, for a term, without accumulation or endless re-election; resignation. */
class MandateTest {
  private final Scene scene = FederationScene.build();

  @AfterEach
  void replayGivesTheSameTables() {
    scene.assertReplayMatches();
  }

  private Mandate mandate(String id) {
    return scene.read(p -> Mandates.mandate(p, id));
  }

  @Test
  void aCouncilElectsItsDelegateForOneTermAndTheAssemblyIsItsDelegates() {
    assertEquals(List.of(), electorate(scene, "north"));
    Instant start = scene.clock.instant();
    String motion = FederationScene.elect(scene, "rail", "ana");
    String id = mandateOf(scene, "rail", "ana");
    Mandate m = mandate(id);
    assertEquals(List.of("ana", "rail", "north", Times.text(start), "2027-11-25T10:00:00.000Z"),
        List.of(m.member(), m.council(), m.federation(), m.start(), m.termEnd()));
    Decision d = scene.read(p -> p.decisions.rows().stream().filter(x -> x.motion().equals(motion)).findFirst()
        .orElseThrow());
    assertEquals(List.of("adopted", "decisions.election", "delegate", "ana"),
        List.of(d.outcome(), d.rule(), d.subjectType(), d.subjectId()));
    assertEquals(List.of("ana"), electorate(scene, "north"));
    scene.act("ana", OpenMotion.resolution("north", "ordinary", "A northern rail plan", ""));
    scene.refused("articles.members-act", "bob", OpenMotion.resolution("north", "ordinary", "Me too", ""));

    scene.advance(Duration.ofDays(366)); // mandates.term: the mandate runs out with its term
    assertEquals(List.of(), electorate(scene, "north"));
    Refused expired = scene.refused("mandates.term", "ana", OpenMotion.resolution("north", "ordinary", "Again", ""));
    assertEquals(true, expired.reason().contains("ended with its term"), expired.reason());
  }

  @Test
  void aRejectedElectionGrantsNothing() {
    String motion = scene.made("ana", new ElectDelegate("rail", "bob", ""), "motion");
    scene.vote(motion, NO, FederationScene.RAIL.toArray(String[]::new));
    scene.close("ana", motion);
    assertEquals(Integer.valueOf(0), scene.read(p -> p.mandates.size()));
    assertEquals("rejected", scene.read(p -> p.motion(motion)).status());
  }

  @Test
  void onlyAMemberOfTheCouncilIsElectedAndNeverByATopLevelFederation() {
    scene.refused("articles.members-act", "ana", new ElectDelegate("rail", "gus", ""));
    scene.refused("articles.members-act", "ana", new ElectDelegate("rail", "zed", ""));
    assertThrows(InvalidInputException.class, () -> scene.act("ana", new ElectDelegate("rail", "nobody", "")));
    assertThrows(InvalidInputException.class, () -> scene.act("ana",
        new OpenMotion("rail", "ordinary", "Elect bob", "", "delegate", "bob")));
    FederationScene.assemblies(scene);
    assertThrows(InvalidInputException.class, () -> scene.act("bob", new ElectDelegate("uk", "max", "")));
    assertThrows(InvalidInputException.class, () -> scene.act("ana", new ElectDelegate("rail", "ana", "")),
        "ana is rail's delegate already");
    scene.refused("articles.instance", "ana", new Action() { // the instance moves nothing
      public List<org.serge.council.Fact> decide(org.serge.council.Polity p, Actor a, Instant now) {
        return new ElectDelegate("rail", "bob", "").decide(p, Actor.instance(), now);
      }
    });
  }

  @Test
  void noOneHoldsMoreMandatesAtOnceThanTheConstitutionAllows() {
    scene.act("jo", new AdmitMember("farm", "ana"));
    FederationScene.elect(scene, "rail", "ana");
    scene.refused("mandates.simultaneous", "jo", new ElectDelegate("farm", "ana", ""));
    FederationScene.elect(scene, "farm", "kim"); // allowed: kim holds none
    scene.act("ana", new Resign(mandateOf(scene, "rail", "ana")));
    FederationScene.elect(scene, "farm", "ana"); // allowed once she holds none
    assertEquals(List.of("north", "south"), scene.read(p -> p.mandates.rows().stream()
        .filter(m -> m.member().equals("ana")).map(Mandate::federation).toList()));
  }

  @Test
  void aCandidateWhoTookAnotherMandateDuringTheVoteIsElectedButGetsNoMandate() {
    scene.act("jo", new AdmitMember("farm", "ana"));
    String farmVote = scene.made("jo", new ElectDelegate("farm", "ana", ""), "motion");
    FederationScene.elect(scene, "rail", "ana");
    scene.vote(farmVote, YES, "jo", "kim", "lee", "ana");
    List<Event> closing = scene.act("jo", new org.serge.council.motion.CloseMotion(farmVote));
    Event withheld = closing.getLast();
    assertEquals(List.of(MandateWithheld.TYPE, "mandates.simultaneous"),
        List.of(withheld.type(), withheld.payload().get("rule").asText()));
    assertEquals(List.of(), scene.read(p -> p.mandatesAt("south", Times.text(scene.clock.instant()))));
  }

  @Test
  void noOneHoldsTheSameMandateForMoreConsecutiveTermsThanTheConstitutionAllows() {
    FederationScene.elect(scene, "rail", "ana");
    scene.advance(Duration.ofDays(366));
    FederationScene.elect(scene, "rail", "ana"); // a second consecutive term is allowed
    scene.advance(Duration.ofDays(366));
    Refused third = scene.refused("mandates.consecutive-terms", "bob", new ElectDelegate("rail", "ana", ""));
    assertEquals(true, third.reason().contains("2 consecutive terms"), third.reason());
    FederationScene.elect(scene, "docks", "gus"); // others may serve meanwhile
    scene.advance(Duration.ofDays(366)); // ana sits out a whole term
    FederationScene.elect(scene, "rail", "ana");
    assertEquals(Long.valueOf(3), scene.read(p -> p.mandates.rows().stream().filter(m -> m.member().equals("ana")).count()));
  }

  @Test
  void aResignedTermStillCountsAsATermHeld() {
    FederationScene.elect(scene, "rail", "ana");
    scene.act("ana", new Resign(mandateOf(scene, "rail", "ana")));
    FederationScene.elect(scene, "rail", "ana");
    scene.act("ana", new Resign(mandateOf(scene, "rail", "ana")));
    scene.refused("mandates.consecutive-terms", "bob", new ElectDelegate("rail", "ana", ""));
  }

  @Test
  void onlyTheHolderResignsAMandateInForce() {
    FederationScene.elect(scene, "rail", "ana");
    String id = mandateOf(scene, "rail", "ana");
    scene.refused("articles.mandates", "bob", new Resign(id));
    assertThrows(Refused.class, () -> scene.instance(new Resign(id)));
    scene.act("ana", new Resign(id));
    Mandate m = mandate(id);
    assertEquals(List.of("resigned", Times.text(scene.clock.instant())), List.of(m.endReason(), m.ended()));
    scene.refused("articles.mandates", "ana", new Resign(id));
    assertEquals(List.of(), electorate(scene, "north"));
  }

  @Test
  void mandatesGrantsEveryWinnerOfAnElectionOrRefusesNamingTheRule() {
    Action secretBallotResult = (p, actor, now) -> Mandates.grant(p, "rail", List.of("bob", "cai"), now, p.seq() + 1,
        "e-1");
    List<Event> events = scene.instance(secretBallotResult);
    assertEquals(List.of("bob", "cai"), events.stream().map(e -> e.payload().get("member").asText()).toList());
    assertEquals("e-1", events.getFirst().payload().get("grantedBy").asText());
    assertEquals(List.of("bob", "cai"), electorate(scene, "north"));
    scene.act("jo", new AdmitMember("farm", "bob"));
    Refused refused = assertThrows(Refused.class, () -> scene.instance((p, actor, now) ->
        Mandates.grant(p, "farm", List.of("jo", "bob"), now, p.seq() + 1)));
    assertEquals("mandates.simultaneous", refused.rule().id());
    assertThrows(InvalidInputException.class, () -> scene.instance((p, actor, now) ->
        Mandates.grant(p, "rail", List.of("dan", "dan"), now, p.seq() + 1)));
    assertNull(scene.read(p -> Mandates.mandate(p, mandateOf(scene, "rail", "bob")).ended()));
  }

  @Test
  void aForgedGrantInAnImportedLogIsRefusedNamingTheEvent() {
    FederationScene.elect(scene, "rail", "ana");
    org.serge.council.Polity replayed = org.serge.council.Replayer.replay(scene.record.events(1));
    long seq = replayed.seq() + 1;
    MandateGranted forged = new MandateGranted("rail", "north", "zed", Mandate.id("north", "rail", "zed", seq),
        "2030-01-01T00:00:00.000Z", null);
    Event event = org.serge.record.Ledger.append(replayed.head(), scene.clock.instant(), forged.scope(), "instance",
        forged.type(), forged.payload(), Scene.key(1));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> replayed.apply(event));
    assertEquals(List.of("event " + seq + " (mandate.granted)", "payload.member"), List.of(e.source(), e.field()));
  }

  @Test
  void delegatesGoUpFourLevelsOfFederationsEachAssemblyElectingFromWithinIt() {
    scene.act("ana", new CreateCouncil("leeds", "Leeds federation", CouncilKind.FEDERATION, "north", null));
    scene.act("zed", new CreateCouncil("mill", "Mill", CouncilKind.WORKPLACE, "leeds", null));
    scene.act("zed", new AdmitMember("mill", "ned"));
    FederationScene.elect(scene, "mill", "zed");             // mill → leeds
    assertEquals(List.of("zed"), electorate(scene, "leeds"));
    scene.refused("articles.members-act", "zed", new ElectDelegate("leeds", "ana", "")); // ana is not in leeds
    scene.refused("mandates.simultaneous", "zed", new ElectDelegate("leeds", "zed", ""));
    FederationScene.elect(scene, "leeds", "ned");            // leeds → north: ned belongs to leeds through mill
    FederationScene.elect(scene, "rail", "ana");             // rail → north
    assertEquals(List.of("ned", "ana"), electorate(scene, "north"));
    FederationScene.elect(scene, "north", "bob");            // north → uk
    assertEquals(List.of("bob"), electorate(scene, "uk"));
    scene.act("bob", new LeaveCouncil("rail")); // bob no longer belongs to north: his mandate to uk ends
    assertEquals(List.of(), electorate(scene, "uk"));
    scene.refused("articles.members-act", "ana", new ElectDelegate("north", "bob", ""));
  }

  @Test
  void leavingTheCouncilOneRepresentsResignsTheMandatesThatRestOnIt() {
    scene.act("gus", new AdmitMember("docks", "cai"));
    FederationScene.elect(scene, "rail", "ana");
    FederationScene.elect(scene, "docks", "gus");
    FederationScene.elect(scene, "north", "cai"); // cai belongs to north through rail and docks
    scene.act("cai", new LeaveCouncil("rail"));
    assertEquals(List.of("cai"), electorate(scene, "uk"), "cai still belongs to north through docks");
    List<Event> leaving = scene.act("ana", new LeaveCouncil("rail"));
    assertEquals(List.of(MandateEnded.RESIGNED, "member.left"), leaving.stream().map(Event::type).toList());
    assertEquals("resigned", mandate(leaving.getFirst().payload().get("mandate").asText()).endReason());
    assertEquals(List.of("gus"), electorate(scene, "north"));
  }
}
