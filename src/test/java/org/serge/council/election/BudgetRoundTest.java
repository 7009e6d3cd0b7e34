package org.serge.council.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.serge.InvalidInputException;
import org.serge.SharedData;
import org.serge.budgeting.Ballot;
import org.serge.budgeting.PbInstance;
import org.serge.council.Refused;
import org.serge.formats.PbReader;

/** Participatory budgets on the record: a real municipal budget decided by secret ballots, and the rules of a round. */
class BudgetRoundTest {
  /**
   * Świecie 2023 (README of ../shared/data/pb/pabulib): its 2,553 voters become a council's
   * members and cast their real approval ballots secretly; Equal Shares on the record funds
   * exactly the projects the city funded, and a replay recounts to the same tables.
   */
  @Test
  void swiecieOnTheRecordFundsTheOfficialProjects() {
    PbInstance pb = PbReader.read(SharedData.resolve("pb/pabulib/Poland_Swiecie_2023.pb"));
    ElectionScene scene = new ElectionScene(2023);
    List<String> voters = new ArrayList<>();
    pb.ballots().forEach(b -> voters.add("p" + (voters.size() + 1)));
    scene.council("swiecie", voters);
    List<OpenBudgetRound.Item> projects = pb.projects().stream()
        .map(p -> new OpenBudgetRound.Item(p.id(), "Project " + p.id(), p.cost())).toList();
    scene.act("p1", new OpenBudgetRound("swiecie", "Świecie 2023", pb.budget(), null, projects));
    String round = scene.read(p -> p.budgetRounds.rows().iterator().next().id());
    for (int v = 0; v < voters.size(); v++) {
      Ballot ballot = pb.ballots().get(v);
      scene.cast(voters.get(v), round, Arrays.stream(ballot.projects()).mapToObj(i -> pb.projects().get(i).id())
          .toList());
    }
    scene.act("instance", new CloseBudgetRound(round, scene.random.nextLong()));
    TreeSet<String> official = new TreeSet<>();
    pb.projects().stream().filter(p -> Boolean.TRUE.equals(p.selected())).forEach(p -> official.add(p.id()));
    List<BudgetProject> counted = scene.read(p -> Elections.projects(p, round));
    TreeSet<String> ours = new TreeSet<>();
    counted.stream().filter(p -> p.selected() != null).forEach(p -> ours.add(p.project()));
    assertEquals(official, ours);
    long[] support = pb.supportCounts();
    for (int i = 0; i < counted.size(); i++) {
      assertEquals(support[i], counted.get(i).supporters(), counted.get(i).project());
    }
    BudgetRound r = scene.read(p -> p.budgetRounds.find(round).orElseThrow());
    assertEquals("counted", r.status());
    assertEquals("equal-shares", r.method());
    assertEquals(pb.cost(pb.projects().stream().filter(p -> official.contains(p.id()))
        .map(p -> pb.projects().indexOf(p)).toList()), r.spent());
    assertTrue(r.spent() <= pb.budget());
    assertTrue(r.figures().contains("\"satisfiedShare\""), r.figures());
    scene.assertReplayGivesTheSameTables();
  }

  /** Budget 10: p1 costs 9 with three supporters, p2 costs 5 with two; greedy funds p1 alone. */
  @Test
  void aSmallRoundByGreedy() {
    ElectionScene scene = new ElectionScene();
    scene.act("bob", new OpenBudgetRound("rail", "Depot", 10, "greedy",
        List.of(new OpenBudgetRound.Item("p1", "Roof", 9), new OpenBudgetRound.Item("p2", "Canteen", 5))));
    String round = scene.read(p -> p.budgetRounds.rows().iterator().next().id());
    assertEquals("b-", round.substring(0, 2));
    for (String m : List.of("ana", "bob", "cai")) {
      scene.cast(m, round, List.of("p1"));
    }
    scene.cast("dan", round, List.of("p2"));
    scene.cast("eve", round, List.of("p2", "p1"));
    Refused early = assertThrows(Refused.class, () -> scene.act("ana", new CloseBudgetRound(round, 1)));
    assertEquals("articles.counting", early.rule().id());
    Refused twice = assertThrows(Refused.class, () -> scene.cast("eve", round, List.of("p2")));
    assertEquals("articles.secret-ballot", twice.rule().id());
    assertThrows(InvalidInputException.class, () -> scene.cast("fay", round, List.of("p3")));
    scene.clock.advance(Duration.ofDays(14));
    scene.act("fay", new CloseBudgetRound(round, 5));
    BudgetRound r = scene.read(p -> p.budgetRounds.find(round).orElseThrow());
    assertEquals("[\"p1\"]", r.selected());
    assertEquals(9L, r.spent());
    List<BudgetProject> projects = scene.read(p -> Elections.projects(p, round));
    assertEquals(4L, projects.get(0).supporters());
    assertEquals(2L, projects.get(1).supporters());
    assertEquals(1L, projects.get(0).selected());
    assertEquals(null, projects.get(1).selected());
    scene.assertReplayGivesTheSameTables();
  }

  @Test
  void aRoundWithoutItsQuorumLapses() {
    ElectionScene scene = new ElectionScene();
    scene.act("bob", new OpenBudgetRound("rail", "Depot", 10, "phragmen",
        List.of(new OpenBudgetRound.Item("p1", "Roof", 9))));
    String round = scene.read(p -> p.budgetRounds.rows().iterator().next().id());
    scene.cast("ana", round, List.of("p1"));
    scene.clock.advance(Duration.ofDays(15));
    scene.act("instance", new CloseBudgetRound(round, 3));
    assertEquals("lapsed", scene.read(p -> p.budgetRounds.find(round).orElseThrow().status()));
    assertTrue(scene.read(p -> p.ballotBox.ballots(round)).isEmpty());
    assertThrows(InvalidInputException.class, () -> scene.act("ana", new OpenBudgetRound("rail", "x", 10, "mes",
        List.of(new OpenBudgetRound.Item("p1", "Roof", 9)))));
    scene.assertReplayGivesTheSameTables();
  }

}
