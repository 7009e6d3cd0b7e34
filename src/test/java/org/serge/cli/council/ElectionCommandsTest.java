package org.serge.cli.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.serge.cli.SergeCommand;

/**
 * Secret-ballot elections and budget rounds through the CLI on the embedded store: delegates
 * elected by STV get their mandates, every voter's receipt finds their ballot among the published
 * ones, who voted is public but what they voted is linked to no one, and verify recounts.
 */
class ElectionCommandsTest {
  @TempDir Path dir;
  String db;

  record Run(int code, String out, String err) {
    JsonNode json() {
      try {
        return Submission.MAPPER.readTree(out);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + out + err, e);
      }
    }
  }

  Run serge(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--db", db));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SergeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  Run ok(String... args) {
    Run run = serge(args);
    assertEquals(0, run.code(), () -> String.join(" ", args) + " failed: " + run.err() + run.out());
    return run;
  }

  static final List<String> MEMBERS = List.of("ana", "bob", "cai", "dan", "eve");

  @BeforeEach
  void council() throws IOException {
    db = "jdbc:h2:file:" + dir.resolve("serge").toAbsolutePath();
    Path file = Files.writeString(dir.resolve("constitution.yaml"), GovernanceCommandsTest.CONSTITUTION);
    ok("init", file.toString(), "--federation", "uk");
    MEMBERS.forEach(m -> ok("member", "register", m, "--name", m.toUpperCase()));
    ok("council", "create", "rail", "--name", "Rail workers", "--kind", "workplace", "--in", "uk", "--as", "ana");
    MEMBERS.subList(1, MEMBERS.size()).forEach(m -> ok("member", "admit", "rail", m, "--as", "ana"));
  }

  @Test
  void delegatesAreElectedBySecretStvBallotAndReceiptsFindTheBallots() {
    JsonNode opened = ok("election", "open", "rail", "--title", "Delegates to the federation", "--seats", "2",
        "--method", "scottish", "--purpose", "delegates", "--candidate", "ana=Ana", "--candidate", "bob=Bob",
        "--candidate", "cai=Cai", "--as", "dan", "--json").json();
    String election = opened.get("events").get(0).get("payload").get("election").asText();
    Map<String, List<String>> ranks = Map.of("ana", List.of("ana", "bob"), "bob", List.of("bob", "ana"),
        "cai", List.of("cai"), "dan", List.of("bob", "cai"), "eve", List.of("ana", "cai"));
    Map<String, String> secrets = new HashMap<>();
    for (String m : MEMBERS) {
      List<String> args = new ArrayList<>(List.of("election", "ballot", election));
      args.addAll(ranks.get(m));
      args.addAll(List.of("--as", m, "--json"));
      JsonNode cast = ok(args.toArray(String[]::new)).json();
      secrets.put(m, cast.get("receiptSecret").asText());
      JsonNode events = cast.get("events");
      assertEquals(1, events.size(), "one public event; the ballot itself is sealed apart from the log");
      assertEquals("ballot.cast", events.get(0).get("type").asText());
      List<String> fields = new ArrayList<>();
      events.get(0).get("payload").fieldNames().forEachRemaining(fields::add);
      assertEquals(List.of("council", "election"), fields.stream().sorted().toList(), "who voted (the actor), never what");
    }
    Run twice = serge("election", "ballot", election, "cai", "--as", "ana");
    assertEquals(3, twice.code(), twice.err());
    assertEquals("sealed", ok("election", "receipt", election, secrets.get("ana"), "--json").json().get("status").asText());
    ok("election", "close", election, "--as", "ana");

    JsonNode shown = ok("election", "show", election, "--json").json();
    assertEquals(5, shown.get("ballots").size());
    for (JsonNode ballot : shown.get("ballots")) {
      assertFalse(ballot.toString().matches(".*\"(voter|member)\".*"), "a published ballot names no voter: " + ballot);
    }
    for (String m : MEMBERS) {
      JsonNode receipt = ok("election", "receipt", election, secrets.get(m), "--json").json();
      assertEquals("published", receipt.get("status").asText());
      for (String candidate : ranks.get(m)) {
        assertTrue(receipt.get("ballot").asText().contains(candidate), receipt.toString());
      }
    }
    assertEquals(1, serge("election", "receipt", election, "not-my-secret").code());
    JsonNode mandates = ok("delegate", "list", "rail", "--json").json();
    List<String> delegates = new ArrayList<>();
    mandates.forEach(m -> delegates.add(m.get("member").asText()));
    assertEquals(List.of("ana", "bob"), delegates.stream().sorted().toList());
    assertEquals(0, serge("record", "verify").code(), "verify replays and recounts the election");
  }

  @Test
  void aBudgetRoundSelectsByEqualSharesOnSecretBallots() {
    String round = ok("budget", "open", "rail", "--title", "Depot budget", "--budget", "100",
        "--project", "roof=New roof:60", "--project", "canteen=Canteen:50", "--project", "bikes=Bike racks:30",
        "--as", "ana", "--json").json().get("events").get(0).get("payload").get("round").asText();
    List<List<String>> approvals = List.of(List.of("roof"), List.of("roof", "bikes"), List.of("canteen"),
        List.of("roof"), List.of("bikes", "canteen"));
    for (int i = 0; i < MEMBERS.size(); i++) {
      List<String> args = new ArrayList<>(List.of("budget", "ballot", round));
      args.addAll(approvals.get(i));
      args.addAll(List.of("--as", MEMBERS.get(i)));
      ok(args.toArray(String[]::new));
    }
    ok("budget", "close", round, "--as", "bob");
    JsonNode shown = ok("budget", "show", round, "--json").json();
    assertTrue(shown.get("selected").asText().contains("roof"), shown.toString());
    assertTrue(ok("budget", "show", round).out().contains("for whom"));
    assertEquals(0, serge("record", "verify").code());
  }
}
