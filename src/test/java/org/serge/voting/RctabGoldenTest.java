package org.serge.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.serge.InvalidInputException;
import org.serge.SharedData;
import org.serge.formats.RctabConfigReader;
import org.serge.formats.RctabConfigReader.RctabContest;

/**
 * Every RCTab test case reproduces RCTab's certified detailed report round by round:
 * threshold, tally, who was elected or eliminated, transfers, and inactive ballots by cause
 * (sequential counts: every pass against its own report). No case is excluded.
 */
class RctabGoldenTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> cases() throws IOException {
    Path root = SharedData.resolve("elections/rctab");
    return Files.list(root).filter(Files::isDirectory)
        .filter(d -> !d.getFileName().toString().startsWith("_")).sorted();
  }

  @TestFactory
  Stream<DynamicTest> everyCaseReproducesTheExpectedReport() throws IOException {
    assertEquals(20, cases().count(), "the 20 RCTab cases of the shared data");
    return cases().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  @Test
  void anUnknownModeIsRefusedByName(@TempDir Path temp) throws IOException {
    Path source = SharedData.resolve(
        "elections/rctab/test_set_1_exhaust_at_overvote/test_set_1_exhaust_at_overvote_config.json");
    Path config = temp.resolve("config.json");
    Files.writeString(config, Files.readString(source)
        .replace("singleWinnerMajority", "multiWinnerAllowOnlyOneWinnerPerRound")
        .replace("test_set_1_exhaust_at_overvote_cvr.json", source.getParent()
            .resolve("test_set_1_exhaust_at_overvote_cvr.json").toString()));
    RctabContest contest = RctabConfigReader.read(config);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> contest.rule(config.toString()));
    assertTrue(e.getMessage().contains("winnerElectionMode")
        && e.getMessage().contains("multiWinnerAllowOnlyOneWinnerPerRound"), e.getMessage());
  }

  @Test
  void aGeneratedPermutationIsASeededShuffleOfTheNames(@TempDir Path temp) throws IOException {
    Path source = SharedData.resolve(
        "elections/rctab/test_set_1_exhaust_at_overvote/test_set_1_exhaust_at_overvote_config.json");
    String text = Files.readString(source).replace("\"random\"", "\"generatePermutation\"")
        .replace("test_set_1_exhaust_at_overvote_cvr.json", source.getParent()
            .resolve("test_set_1_exhaust_at_overvote_cvr.json").toString());
    Path one = temp.resolve("one.json");
    Path two = temp.resolve("two.json");
    Files.writeString(one, text);
    Files.writeString(two, text.replace("\"randomSeed\" : \"0\"", "\"randomSeed\" : \"7\""));
    List<String> first = RctabConfigReader.read(one).options().permutation();
    List<String> again = RctabConfigReader.read(one).options().permutation();
    List<String> other = RctabConfigReader.read(two).options().permutation();
    assertEquals(first, again, "the same seed gives the same order");
    assertEquals(new TreeSet<>(first), new TreeSet<>(other), "a permutation of the same names");
    assertEquals(IrvOptions.Tiebreak.PERMUTATION, RctabConfigReader.read(one).options().tiebreak());
  }

  private static void check(Path dir) throws IOException {
    String name = dir.getFileName().toString();
    Path config = dir.resolve(name + "_config.json");
    RctabContest contest = RctabConfigReader.read(config);
    CountingRule rule = contest.rule(config.toString());
    if (rule instanceof SequentialIrv sequential) {
      // RCTab writes one report per pass: <case>_1_expected_detailed_report.json, …
      List<CountResult> passes = sequential.passes(contest.contest());
      assertEquals(contest.contest().seats(), passes.size(), "one pass per seat");
      for (int k = 1; k <= passes.size(); k++) {
        compare(passes.get(k - 1), dir.resolve(name + "_" + k + "_expected_detailed_report.json"),
            name + " pass " + k);
      }
      return;
    }
    compare(rule.count(contest.contest()), dir.resolve(name + "_expected_detailed_report.json"), name);
  }

  private static void compare(CountResult result, Path report, String name) throws IOException {
    JsonNode expected = JSON.readTree(report.toFile());
    JsonNode rounds = expected.path("results");
    assertEquals(rounds.size(), result.rounds().size(), "number of rounds");
    for (int r = 0; r < rounds.size(); r++) {
      JsonNode want = rounds.get(r);
      Round got = result.rounds().get(r);
      String where = name + " round " + (r + 1);
      assertNumber(want.path("threshold").asText(), got.threshold(), where + " threshold");
      assertEquals(numbers(want.path("tally")), numbers(got.tally()), where + " tally");
      Map<String, String> inactive = new TreeMap<>();
      want.path("inactiveBallots").properties().forEach(e -> {
        inactive.put(e.getKey(), plain(e.getValue().asText()));
      });
      assertEquals(inactive, numbers(got.inactive()), where + " inactive ballots");
      List<String> elected = new ArrayList<>();
      List<String> eliminated = new ArrayList<>();
      Map<String, Map<String, String>> transfers = new TreeMap<>();
      for (JsonNode entry : want.path("tallyResults")) {
        String from = entry.has("elected") ? entry.path("elected").asText()
            : entry.path("eliminated").asText();
        (entry.has("elected") ? elected : eliminated).add(from);
        Map<String, String> to = new TreeMap<>();
        entry.path("transfers").properties().forEach(e -> to.put(e.getKey(), plain(e.getValue().asText())));
        transfers.put(from, to);
      }
      assertEquals(new TreeSet<>(elected), new TreeSet<>(got.elected()), where + " elected");
      assertEquals(new TreeSet<>(eliminated), new TreeSet<>(got.eliminated()), where + " eliminated");
      Map<String, Map<String, String>> gotTransfers = new TreeMap<>();
      for (Transfer t : got.transfers()) {
        gotTransfers.put(t.from(), numbers(t.to()));
      }
      assertEquals(transfers, gotTransfers, where + " transfers");
      assertTrue(got.balances(result.votesIn()), where + " balances");
    }
  }

  private static void assertNumber(String want, BigDecimal got, String what) {
    assertEquals(plain(want), plain(got.toPlainString()), what);
  }

  private static String plain(String number) {
    BigDecimal value = new BigDecimal(number).stripTrailingZeros();
    return value.toPlainString();
  }

  private static Map<String, String> numbers(JsonNode node) {
    Map<String, String> out = new TreeMap<>();
    node.properties().forEach(e -> out.put(e.getKey(), plain(e.getValue().asText())));
    return out;
  }

  private static Map<String, String> numbers(Map<String, BigDecimal> map) {
    Map<String, String> out = new TreeMap<>();
    map.forEach((k, v) -> out.put(k, plain(v.toPlainString())));
    return out;
  }
}
