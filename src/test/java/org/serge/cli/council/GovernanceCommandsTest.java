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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.serge.cli.SergeCommand;

/**
 * The governing commands end to end on an embedded store: found a federation from its file,
 * a council and its members, a proposal amended, voted and decided, a minority report published
 * with the decision, refusals naming their rule (exit 3), bad input naming file and line (exit 2),
 * an act signed with the member's own key, and a record that verifies.
 */
class GovernanceCommandsTest {
  static final String CONSTITUTION = """
      serge-constitution: 1
      name: Test Federation
      decisions:
        ordinary: {quorum: 1/2, threshold: majority, period: P7D}
        constitutional: {quorum: 2/3, threshold: 2/3, period: P14D}
      minority-reports:
        members: 2
      moderation:
        moderators: elected
      """;

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

    /** A payload field of the first event printed with --json. */
    String first(String field) {
      return json().get("events").get(0).get("payload").get(field).asText();
    }
  }

  Run serge(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--db";
    all[args.length + 1] = db;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SergeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
    return new Run(code, out.toString(), err.toString());
  }

  Run ok(String... args) {
    Run run = serge(args);
    assertEquals(0, run.code(), () -> String.join(" ", args) + " failed: " + run.err() + run.out());
    return run;
  }

  @BeforeEach
  void federation() throws IOException {
    db = "jdbc:h2:file:" + dir.resolve("serge").toAbsolutePath();
    Path file = Files.writeString(dir.resolve("constitution.yaml"), CONSTITUTION);
    ok("init", file.toString(), "--federation", "uk");
    for (String m : new String[] {"ana", "bob", "cai", "dan"}) {
      ok("member", "register", m, "--name", m.toUpperCase());
    }
    ok("council", "create", "rail", "--name", "Rail workers", "--kind", "workplace", "--in", "uk", "--as", "ana");
    ok("member", "admit", "rail", "bob", "--as", "ana");
    ok("member", "admit", "rail", "cai", "--as", "ana");
  }

  @Test
  void aProposalIsAmendedVotedAndDecidedWithItsMinorityReport() {
    String proposal = ok("propose", "rail", "--title", "Four-day week", "--text", "We work four days.", "--as", "ana",
        "--json").first("proposal");
    String amendment = ok("amend", proposal, "--title", "Four-day week, no pay cut", "--text",
        "We work four days for the same pay.", "--reason", "Pay matters.", "--as", "bob", "--json").first("amendment");
    ok("amendment", "accept", amendment, "--as", "ana");
    ok("comment", proposal, "--text", "Who covers the fifth day?", "--as", "cai");
    String motion = ok("proposal", "put-to-vote", proposal, "--as", "ana", "--json").first("motion");
    ok("vote", motion, "yes", "--as", "ana");
    ok("vote", motion, "yes", "--as", "bob");
    ok("vote", motion, "no", "--as", "cai");
    Run decided = ok("decide", motion, "--as", "ana", "--json");
    String decision = null;
    for (JsonNode event : decided.json().get("events")) {
      if (event.get("type").asText().equals("decision.recorded")) {
        decision = event.get("payload").get("decision").asText();
      }
    }
    ok("minority-report", decision, "--title", "The fifth day", "--text", "Nobody said who covers it.", "--as", "cai");

    JsonNode shown = ok("decision", "show", decision, "--json").json();
    assertEquals("adopted", shown.get("outcome").asText());
    assertEquals(1, shown.get("minorityReports").size());
    assertEquals("cai", shown.get("minorityReports").get(0).get("author").asText());
    String text = ok("proposal", "show", proposal).out();
    assertTrue(text.contains("Four-day week, no pay cut"), text);
    assertTrue(text.contains("minority report") && text.contains("The fifth day"), text);
    assertTrue(ok("decision", "list", "rail").out().contains("ADOPTED"));
  }

  @Test
  void refusalsNameTheirRuleAndChangeNothing() {
    String proposal = ok("propose", "rail", "--title", "T", "--text", "x", "--as", "ana", "--json").first("proposal");
    long before = events();
    Run outsider = serge("comment", proposal, "--text", "I am not a member", "--as", "dan");
    assertEquals(3, outsider.code(), outsider.err());
    assertTrue(outsider.err().contains("articles.members-act"), outsider.err());
    Run notModerator = serge("hide", proposal, "--reason", "dislike", "--as", "bob");
    assertEquals(3, notModerator.code(), notModerator.err());
    assertTrue(notModerator.err().contains("moderation.moderators"), notModerator.err());
    Run instance = serge("propose", "rail", "--title", "T", "--text", "x");
    assertEquals(3, instance.code());
    assertTrue(instance.err().contains("articles.instance"), instance.err());
    assertEquals(before, events());
  }

  @Test
  void badInputNamesWhatAndWhere() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "serge-constitution: 1\nname: X\ndecisions:\n  ordinary: {quorum: 3/2}\n");
    Run run = serge("init", bad.toString(), "--federation", "other");
    assertEquals(2, run.code(), run.err());
    assertTrue(run.err().contains("bad.yaml") && run.err().contains("decisions.ordinary.quorum"), run.err());
    Run unknown = serge("vote", "m-9999", "yes", "--as", "ana");
    assertEquals(2, unknown.code(), unknown.err());
    assertTrue(unknown.err().contains("m-9999"), unknown.err());
  }

  @Test
  void aMemberSignsWithTheirOwnKeyAndTheRecordVerifies() {
    Path key = dir.resolve("ana.key");
    ok("member", "key", "--out", key.toString(), "--as", "ana");
    assertTrue(Files.exists(key));
    JsonNode event = ok("propose", "rail", "--title", "Signed", "--text", "by ana", "--as", "ana",
        "--member-key", key.toString(), "--json").json().get("events").get(0);
    JsonNode registered = ok("record", "export").out().lines().map(this::tree)
        .filter(e -> e.get("type").asText().equals("key.registered")).findFirst().orElseThrow();
    assertFalse(event.get("signer").asText().isEmpty());
    assertTrue(registered.get("payload").toString().contains(event.get("signer").asText()),
        "the event is signed by ana's registered key");
    Run stolen = serge("propose", "rail", "--title", "Forged", "--text", "x", "--as", "bob", "--member-key", key.toString());
    assertEquals(3, stolen.code(), stolen.err());
    assertTrue(stolen.err().contains("articles.own-key"), stolen.err());
    assertEquals(0, serge("record", "verify").code());
  }

  private long events() {
    return ok("record", "export").out().lines().count();
  }

  private JsonNode tree(String line) {
    try {
      return Submission.MAPPER.readTree(line);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
