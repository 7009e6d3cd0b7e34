package org.serge.council.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.SharedData;
import org.serge.council.Actor;
import org.serge.formats.BltReader;
import org.serge.formats.CsvReader;
import org.serge.formats.CsvRecord;
import org.serge.voting.Ballot;
import org.serge.voting.Contest;

/**
 * A real election held on the record: the 9,474 voters of Edinburgh 2017's Drum Brae/Gyle
 * ward (README of ../shared/data/elections/scotland-edinburgh-2017) become the members of a
 * council, each casts their real ballot secretly, and the in-platform Scottish STV count elects
 * the three councillors actually elected; a replay recounts and gives the same tables. (About
 * 28,000 signed events: the costliest test of the council core, kept to one ward.)
 */
class ElectionGoldenTest {
  private static final String WARD = "ward03-drum_braegyle.blt";
  private static ElectionScene scene;
  private static String election;
  private static Contest contest;

  @BeforeAll
  static void holdTheElection() {
    Path folder = SharedData.resolve("elections/scotland-edinburgh-2017");
    contest = BltReader.read(folder.resolve(WARD));
    List<String> voters = new ArrayList<>();
    List<List<String>> ballots = new ArrayList<>();
    for (Ballot b : contest.ballots()) {
      List<String> marks = Arrays.stream(b.ranks()).map(rank -> "c" + (rank[0] + 1)).toList();
      for (long i = 0; i < b.count(); i++) {
        voters.add("v" + (voters.size() + 1));
        ballots.add(marks);
      }
    }
    scene = new ElectionScene(2017);
    scene.council("ward", voters);
    List<OpenElection.Nominee> candidates = IntStream.range(0, contest.size())
        .mapToObj(c -> new OpenElection.Nominee("c" + (c + 1), contest.candidates().get(c))).toList();
    scene.act("v1", new OpenElection("ward", contest.title(), contest.seats(), "scottish", "general", candidates));
    election = scene.read(p -> p.elections.rows().iterator().next().id());
    for (int i = 0; i < voters.size(); i++) {
      scene.cast(voters.get(i), election, ballots.get(i));
    }
    scene.close("instance", election);
  }

  @Test
  void theCountOnTheRecordElectsTheOfficialWinners() {
    List<String> official = null;
    try (CsvReader csv = CsvReader.open(SharedData.resolve("elections/scotland-edinburgh-2017/winners.csv"))) {
      CsvRecord row;
      while ((row = csv.next()) != null) {
        if (row.get(0).equals(WARD)) {
          official = Arrays.asList(row.get(2).split(";"));
        }
      }
    }
    List<String> elected = scene.read(p -> Elections.candidates(p, election).stream()
        .filter(c -> c.elected() != null).map(Candidate::name).toList());
    assertEquals(new TreeSet<>(official), new TreeSet<>(elected));
    Election counted = scene.read(p -> p.elections.find(election).orElseThrow());
    assertEquals(contest.voters(), counted.voted());
    assertEquals(counted.entitled(), counted.voted());
    assertEquals(contest.voters(), (long) scene.read(p -> Elections.published(p, election).size()));
    assertTrue(counted.sheet().contains("\"rule\":\"scottish\""));
  }

  @Test
  void aReplayRecountsAndGivesTheSameTables() {
    scene.assertReplayGivesTheSameTables();
  }

  @Test
  void anyVoterFindsTheirBallotWithTheirSecretAndOnlyWithIt() {
    for (String voter : List.of("v1", "v500", "v9474")) {
      String secret = scene.secrets.get(election + "/" + voter);
      PublishedBallot found = scene.read(p -> Receipts.check(p, election, secret)).orElseThrow();
      assertEquals(Receipts.hash(secret), found.receipt());
    }
    assertTrue(scene.read(p -> Receipts.check(p, election, "not my secret")).isEmpty());
    assertTrue(scene.read(p -> Receipts.check(p, election, scene.secrets.get(election + "/v1") + "0")).isEmpty());
    assertEquals(Actor.instance().toString(), scene.events().getLast().actor());
  }
}
