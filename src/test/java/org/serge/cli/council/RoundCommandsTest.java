package org.serge.cli.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.serge.cli.SergeCommand;

/**
 * A planning round end to end through the CLI on the embedded H2 store: the assembly decides to plan,
 * a delegate opens the round, workplaces state their technology, simulated councils revise until the
 * round converges, the assembly approves the plan over a minority report, and {@code serge record
 * verify} recomputes every iteration and exits 0.
 */
class RoundCommandsTest {
  static final String CONSTITUTION = """
      serge-constitution: 1
      name: Test Federation
      decisions:
        ordinary: {quorum: 1/2, threshold: majority, period: P7D}
        plan: {quorum: 1/2, threshold: majority, period: P14D}
        election: {quorum: 1/2, threshold: majority, period: P7D}
        constitutional: {quorum: 2/3, threshold: 2/3, period: P14D}
      mandates: {term: P1Y, consecutive-terms: 2, simultaneous: 1}
      minority-reports:
        members: 2
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

    String first(String field) {
      return json().get("events").get(0).get("payload").get(field).asText();
    }
  }

  Run serge(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--db", db));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SergeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(all.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  Run ok(String... args) {
    Run run = serge(args);
    assertEquals(0, run.code(), () -> String.join(" ", args) + " failed: " + run.err() + run.out());
    return run;
  }

  /** uk: north (rail: ana, bob), post (max), farm (jo, kim); bob delegate of rail to north; in uk's assembly ana (north), max (post), jo (farm). */
  @BeforeEach
  void federation() throws IOException {
    db = "jdbc:h2:file:" + dir.resolve("serge").toAbsolutePath();
    ok("init", Files.writeString(dir.resolve("constitution.yaml"), CONSTITUTION).toString(), "--federation", "uk");
    for (String m : List.of("ana", "bob", "jo", "kim", "max")) {
      ok("member", "register", m, "--name", m.toUpperCase());
    }
    ok("council", "create", "north", "--name", "North", "--kind", "federation", "--in", "uk", "--as", "ana");
    ok("council", "create", "rail", "--name", "Rail", "--kind", "workplace", "--in", "north", "--as", "ana");
    ok("member", "admit", "rail", "bob", "--as", "ana");
    ok("council", "create", "post", "--name", "Post", "--kind", "workplace", "--in", "uk", "--as", "max");
    ok("council", "create", "farm", "--name", "Farm", "--kind", "neighbourhood", "--in", "uk", "--as", "jo");
    ok("member", "admit", "farm", "kim", "--as", "jo");
    elect("rail", "bob", "ana", "bob");
    elect("north", "ana", "bob");
    elect("post", "max", "max");
    elect("farm", "jo", "jo", "kim");
  }

  private void elect(String council, String member, String... voters) {
    String motion = ok("delegate", "elect", council, member, "--as", voters[0], "--json").first("motion");
    for (String v : voters) {
      ok("vote", motion, "yes", "--as", v);
    }
    ok("decide", motion, "--as", voters[0]);
  }

  private String adopt(String... open) {
    List<String> args = new ArrayList<>(List.of(open));
    args.addAll(List.of("--as", "ana", "--json"));
    String motion = ok(args.toArray(String[]::new)).first("motion");
    ok("vote", motion, "yes", "--as", "ana");
    ok("vote", motion, "yes", "--as", "jo");
    ok("vote", motion, "no", "--as", "max");
    ok("decide", motion, "--as", "ana");
    return motion;
  }

  @Test
  void aRoundConvergesIsApprovedWithAMinorityReportAndVerifies() {
    String decision = adopt("motion", "open", "uk", "--kind", "plan", "--title", "Plan 2027");
    String round = ok("round", "open", "uk", "--decision", decision, "--title", "Plan 2027", "--period", "2027",
        "--product", "bread@north", "--product", "mail@uk", "--max-hours", "60", "--public", "mail=2",
        "--epsilon", "1e-6", "--max-rounds", "60", "--as", "ana", "--json").first("round");
    ok("round", "propose", round, "--council", "rail", "--product", "bread", "--output", "50", "--hours", "50",
        "--as", "bob");
    ok("round", "propose", round, "--council", "post", "--product", "mail", "--output", "10", "--hours", "20",
        "--as", "max");
    Run foreign = serge("round", "propose", round, "--council", "rail", "--product", "bread", "--output", "5",
        "--hours", "5", "--as", "jo");
    assertEquals(3, foreign.code(), foreign.err());
    assertTrue(foreign.err().contains("cycle.own-council"), foreign.err());
    Run unknown = serge("round", "propose", round, "--council", "farm", "--demand", "steel=1", "--hours", "30",
        "--as", "jo");
    assertEquals(3, unknown.code(), unknown.err());
    assertTrue(unknown.err().contains("cycle.unknown-product"), unknown.err());

    JsonNode simulated = ok("round", "simulate", round, "--seed", "3", "--iterations", "60", "--as", "ana", "--json")
        .json();
    assertTrue(simulated.get("converged").asBoolean(), simulated.toString());
    String plan = simulated.get("plan").asText();
    String motion = adopt("motion", "open", "uk", "--kind", "plan", "--subject-type", "plan", "--subject", plan,
        "--title", "Approve the plan");
    String decided = ok("motion", "show", motion, "--json").json().get("status").asText();
    assertEquals("adopted", decided);
    JsonNode shown = ok("plan", "show", plan, "--json").json();
    assertEquals("approved", shown.get("plan").get("status").asText());
    String decisionId = shown.get("provenance").get("decision").get("id").asText();
    ok("minority-report", decisionId, "--title", "Mail first", "--text", "Post needs more.", "--as", "max");
    shown = ok("plan", "show", plan, "--json").json();
    assertEquals(1, shown.get("provenance").get("decision").get("minorityReports").size());
    assertEquals(List.of("farm", "post", "rail"), shown.get("councils").findValuesAsText("council"));
    assertTrue(ok("plan", "show", plan).out().contains("provenance"));
    assertEquals(plan, ok("plan", "list", "--json").json().get(0).get("id").asText());
    assertEquals("approved", ok("round", "show", round, "--json").json().get("status").asText());
    assertTrue(ok("round", "list", "uk").out().contains(round));
    assertTrue(ok("round", "show", round).out().contains("iterations:"));
    Run verify = serge("record", "verify");
    assertEquals(0, verify.code(), verify.err() + verify.out());
  }
}
