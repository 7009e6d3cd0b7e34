package org.serge.council.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.serge.council.Mandate;
import org.serge.council.Refused;

/** Delegates elected by secret STV ballot: eligibility at opening, mandates granted at the count. */
class DelegatesElectionTest {
  final ElectionScene scene = new ElectionScene();

  String openDelegates(List<String> candidates, long seats) {
    List<OpenElection.Nominee> nominees = candidates.stream().map(c -> new OpenElection.Nominee(c, c.toUpperCase())).toList();
    scene.act("ana", new OpenElection("rail", "Delegates to the federation", seats, "scottish", "delegates", nominees));
    return scene.read(p -> p.elections.rows().stream().reduce((a, b) -> b).orElseThrow().id());
  }

  @Test
  void theWinnersOfAnStvCountAreGrantedMandatesForTheTerm() {
    String election = openDelegates(List.of("ana", "bob", "cai"), 2);
    scene.cast("ana", election, List.of("ana", "bob"));
    scene.cast("bob", election, List.of("bob", "ana"));
    scene.cast("cai", election, List.of("cai", "bob"));
    scene.cast("dan", election, List.of("bob", "cai"));
    scene.cast("eve", election, List.of("ana", "cai"));
    scene.cast("fay", election, List.of("ana"));
    scene.clock.advance(Duration.ofDays(8));
    scene.close("instance", election);
    List<String> delegates = scene.read(p -> p.mandates.rows().stream().map(Mandate::member).sorted().toList());
    assertEquals(List.of("ana", "bob"), delegates);
    boolean toUk = scene.read(p -> p.mandates.rows().stream().allMatch(m -> m.federation().equals("uk")));
    assertTrue(toUk);
    scene.assertReplayGivesTheSameTables();
  }

  @Test
  void aCandidateWhoAlreadyHoldsAMandateCannotStand() {
    String first = openDelegates(List.of("ana"), 1);
    for (String m : ElectionScene.RAIL) {
      scene.cast(m, first, List.of("ana"));
    }
    scene.close("ana", first);
    var again = assertThrows(org.serge.InvalidInputException.class, () -> openDelegates(List.of("ana", "bob"), 1));
    assertTrue(again.getMessage().contains("ana is a delegate of rail"), again.getMessage());
    Refused outsider = assertThrows(Refused.class, () -> openDelegates(List.of("zed"), 1));
    assertTrue(outsider.getMessage().contains("articles.members-act"), outsider.getMessage());
  }
}
