package org.serge.council.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.serge.InvalidInputException;
import org.serge.council.AdmitMember;
import org.serge.council.Refused;
import org.serge.council.RegisterMember;
import org.serge.council.Actor;

/** Each rule of secret votes allowed in one case and refused in another, naming the rule; every log replays. */
class ElectionRulesTest {
  private final ElectionScene scene = new ElectionScene();

  @AfterEach
  void replayGivesTheSameTables() {
    scene.assertReplayGivesTheSameTables();
  }

  private String election() {
    return scene.open("ana", "rail", "scottish", 1, List.of("ana", "bob", "cai"));
  }

  private static void refusedBy(String rule, Runnable action) {
    Refused refused = assertThrows(Refused.class, action::run);
    assertEquals(rule, refused.rule().id(), refused.getMessage());
  }

  @Test
  void eachEntitledMemberCastsOneBallotOnly() {
    String e = election();
    scene.cast("bob", e, List.of("cai", "ana"));
    refusedBy("articles.secret-ballot", () -> scene.cast("bob", e, List.of("ana")));
    assertEquals(1L, (long) scene.read(p -> p.elections.find(e).orElseThrow().voted()));
    assertEquals(1, (int) scene.read(p -> p.ballotBox.ballots(e).size()), "the refused ballot was not sealed");
  }

  @Test
  void onlyThoseEntitledWhenItOpenedVote() {
    String e = election();
    refusedBy("articles.members-act", () -> scene.cast("zed", e, List.of("ana")));
    scene.act("ana", new AdmitMember("rail", "zed"));
    refusedBy("articles.members-act", () -> scene.cast("zed", e, List.of("ana")));
    refusedBy("articles.instance", () -> scene.act("instance", new CastBallot(e, List.of("ana"), "0123456789abcdef0",
        Receipts.hash("x"))));
    refusedBy("articles.members-act", () -> scene.open("zed", "uk", "irv", 1, List.of("ana", "bob")));
  }

  @Test
  void aBallotMarksCandidatesOfTheElectionOnce() {
    String e = election();
    assertThrows(InvalidInputException.class, () -> scene.cast("bob", e, List.of("ana", "ana")));
    assertThrows(InvalidInputException.class, () -> scene.cast("bob", e, List.of("zed")));
    String plurality = scene.open("ana", "rail", "plurality", 1, List.of("ana", "bob"));
    assertThrows(InvalidInputException.class, () -> scene.cast("bob", plurality, List.of("ana", "bob")));
    assertThrows(InvalidInputException.class, () -> scene.act("bob", new CastBallot(e, List.of("ana"), "short",
        Receipts.hash("x"))));
  }

  @Test
  void anElectionClosesWhenItsPeriodEndsOrAllHaveVotedNeverBefore() {
    String e = election();
    for (String m : ElectionScene.RAIL.subList(0, 5)) {
      scene.cast(m, e, List.of("bob"));
    }
    refusedBy("articles.counting", () -> scene.close("ana", e));
    scene.cast("fay", e, List.of("cai"));
    scene.close("cai", e);
    assertEquals("counted", scene.read(p -> p.elections.find(e).orElseThrow().status()));
    refusedBy("articles.counting", () -> scene.close("ana", e));
    refusedBy("articles.secret-ballot", () -> scene.cast("ana", e, List.of("bob")));

    String later = election();
    scene.cast("bob", later, List.of("ana"));
    scene.cast("cai", later, List.of("ana"));
    scene.cast("dan", later, List.of("cai"));
    scene.clock.advance(Duration.ofDays(7));
    refusedBy("articles.secret-ballot", () -> scene.cast("eve", later, List.of("cai")));
    refusedBy("articles.members-act", () -> scene.close("zed", later));
    scene.close("instance", later);
    assertEquals("[\"ana\"]", scene.read(p -> p.elections.find(later).orElseThrow().elected()));
  }

  @Test
  void withoutAQuorumAnElectionLapsesAndItsBallotsAreDestroyedUnread() {
    String e = election();
    scene.cast("bob", e, List.of("ana"));
    scene.cast("cai", e, List.of("bob"));
    scene.clock.advance(Duration.ofDays(8));
    scene.close("instance", e);
    Election lapsed = scene.read(p -> p.elections.find(e).orElseThrow());
    assertEquals("lapsed", lapsed.status());
    assertEquals(2, lapsed.voted());
    assertEquals(null, lapsed.elected());
    assertEquals(0, (int) scene.read(p -> p.ballotBox.ballots(e).size()), "the box is emptied");
    assertEquals(List.of(), scene.read(p -> Elections.published(p, e)), "nothing published");
    assertEquals("ballots.lapsed", scene.events().getLast().type());
    assertTrue(Receipts.check(scene.record.read(p -> p), e, scene.secrets.get(e + "/bob")).isEmpty());
  }

  @Test
  void candidatesAreEnoughAndActInTheCouncilWhereThePurposeNeedsIt() {
    refusedBy("articles.candidates", () -> scene.open("ana", "rail", "scottish", 3, List.of("ana", "bob")));
    refusedBy("articles.candidates", () -> scene.act("ana", new OpenElection("rail", "Chair", 1, "irv", "officers",
        List.of(new OpenElection.Nominee("ana", "Ana"), new OpenElection.Nominee("zed", "Zed")))));
    refusedBy("articles.candidates", () -> scene.act("ana", new OpenElection("rail", "Chair", 1, "irv", "general",
        List.of(new OpenElection.Nominee("ana", "Ana"), new OpenElection.Nominee("ana", "Ana again")))));
    scene.act("ana", new OpenElection("rail", "Chair", 1, "irv", "officers",
        List.of(new OpenElection.Nominee("ana", "Ana"), new OpenElection.Nominee("bob", "Bob"))));
    scene.act("ana", new OpenElection("rail", "Auditor", 1, "irv", "general",
        List.of(new OpenElection.Nominee("outsider", "An outside auditor"), new OpenElection.Nominee("bob", "Bob"))));
    assertThrows(InvalidInputException.class, () -> scene.act("ana", new OpenElection("rail", "Chair", 1, "borda",
        "general", List.of(new OpenElection.Nominee("ana", "Ana")))));
    assertThrows(InvalidInputException.class, () -> scene.act("ana", new OpenElection("rail", "Chair", 1, "irv",
        "delegates-to-mars", List.of(new OpenElection.Nominee("ana", "Ana")))));
  }

  /** Nine voters: plurality elects A, instant runoff B, approval C: each method is really applied. */
  @Test
  void eachMethodCountsTheSameVotersItsOwnWay() {
    List<String> voters = List.of("v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9");
    scene.council("works", voters);
    List<List<String>> rankings = List.of(List.of("a"), List.of("a"), List.of("a"), List.of("a"),
        List.of("b", "c"), List.of("b", "c"), List.of("b", "c"), List.of("c", "b"), List.of("c", "b"));
    List<List<String>> approvals = List.of(List.of("a"), List.of("a"), List.of("a"), List.of("a"),
        List.of("b", "c"), List.of("b", "c"), List.of("b", "c"), List.of("c"), List.of("c"));
    assertEquals(List.of("a"), run(voters, "plurality", 1, rankings.stream().map(r -> r.subList(0, 1)).toList()));
    assertEquals(List.of("b"), run(voters, "irv", 1, rankings));
    assertEquals(List.of("b"), run(voters, "schulze", 1, rankings));
    assertEquals(List.of("b"), run(voters, "meek", 1, rankings));
    assertEquals(List.of("c"), run(voters, "approval", 1, approvals));
    assertEquals(List.of("c", "a"), run(voters, "approval", 2, approvals));
    List<String> stv = run(voters, "scottish", 2, rankings);
    assertEquals(List.of("a", "b"), stv.stream().sorted().toList(), "quota 4: a, then b on c's transfers");
  }

  /** A blank ballot counts for the turnout and for no one, under every method. */
  @Test
  void blankBallotsCountForTheTurnoutOnly() {
    List<String> voters = List.of("w1", "w2", "w3", "w4");
    scene.council("blank", voters);
    List<List<String>> ballots = List.of(List.of(), List.of(), List.of("b"), List.of("b", "a"));
    for (String method : Methods.ELECTION) {
      List<List<String>> cast = method.equals("plurality")
          ? ballots.stream().map(b -> b.subList(0, Math.min(1, b.size()))).toList() : ballots;
      assertEquals(List.of("b"), runIn("blank", voters, method, 1, cast), method);
    }
  }

  private List<String> run(List<String> voters, String method, long seats, List<List<String>> ballots) {
    return runIn("works", voters, method, seats, ballots);
  }

  private List<String> runIn(String council, List<String> voters, String method, long seats,
      List<List<String>> ballots) {
    String e = scene.open(voters.get(0), council, method, seats, List.of("a", "b", "c"));
    for (int i = 0; i < voters.size(); i++) {
      scene.cast(voters.get(i), e, ballots.get(i));
    }
    scene.close("instance", e);
    Election counted = scene.read(p -> p.elections.find(e).orElseThrow());
    assertEquals("counted", counted.status());
    assertTrue(counted.sheet().contains("\"rule\":\"" + method + "\""), counted.sheet());
    return scene.read(p -> Elections.candidates(p, e).stream().filter(c -> c.elected() != null)
        .sorted(java.util.Comparator.comparingLong(Candidate::elected)).map(Candidate::candidate).toList());
  }

  @Test
  void registeringAfterwardsChangesNothing() {
    String e = election();
    scene.act("instance", new RegisterMember("yan", "YAN"));
    scene.act("ana", new AdmitMember("rail", "yan"));
    assertEquals(6L, (long) scene.read(p -> p.elections.find(e).orElseThrow().entitled()));
    assertEquals(6, (int) scene.read(p -> Elections.electors(p, e).size()));
    assertTrue((boolean) scene.read(p -> p.electors.find(Elector.id(e, "yan")).isEmpty()));
    assertEquals(Actor.member("ana").toString(), scene.read(p -> p.elections.find(e).orElseThrow().openedBy()));
  }
}
