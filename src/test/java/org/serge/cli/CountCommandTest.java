package org.serge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.serge.SharedData;

/** {@code serge count}: the JSON shape callers rely on, the other formats, and exit codes. */
class CountCommandTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = SergeCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void bltCountPrintsTheReliedUponJsonShape() throws IOException {
    Path ward = SharedData.resolve("elections/scotland-edinburgh-2017/ward01-almond.blt");
    Run run = run("count", ward.toString(), "--rules", "scottish", "--json");
    assertEquals(0, run.exit(), run.err());
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertEquals(4, root.path("elected").size());
    assertTrue(root.path("elected").toString().contains("Kevin  LANG"), "names verbatim");
    JsonNode first = root.path("rounds").get(0);
    assertEquals(1, first.path("round").asInt());
    assertTrue(first.path("threshold").isNumber());
    assertTrue(first.path("tally").elements().next().isNumber());
    assertTrue(first.path("exhausted").isNumber());
    assertTrue(first.path("elected").isArray() && first.path("eliminated").isArray());
    assertTrue(first.path("transfers").isObject());
  }

  @Test
  void rctabConfigCountsByItsOwnRules() throws IOException {
    Path config = SharedData.resolve(
        "elections/rctab/test_set_1_exhaust_at_overvote/test_set_1_exhaust_at_overvote_config.json");
    Run run = run("count", config.toString(), "--json");
    assertEquals(0, run.exit(), run.err());
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertEquals("Candidate B Name", root.path("elected").get(0).asText());
    assertEquals(8, root.path("rounds").get(0).path("threshold").asInt());
  }

  @Test
  void writesTextCsvAndHtml() throws IOException {
    Path ward = SharedData.resolve("elections/scotland-edinburgh-2017/ward03-drum_braegyle.blt");
    Run text = run("count", ward.toString());
    assertTrue(text.out().contains("Round 1") && text.out().contains("balances"), text.out());
    Run csv = run("count", ward.toString(), "--rules", "meek", "--format", "csv");
    assertTrue(csv.out().startsWith("round,kind,name,to,votes,threshold\n1,tally,"));
    Path html = dir.resolve("sheet.html");
    Run written = run("count", ward.toString(), "--format", "html", "-o", html.toString());
    assertEquals(0, written.exit(), written.err());
    String page = Files.readString(html);
    assertTrue(page.contains("<svg") && page.contains("Round 2"), "an HTML page with a chart");
    for (String rule : new String[] {"irv", "schulze", "approval", "plurality"}) {
      assertEquals(0, run("count", ward.toString(), "--rules", rule, "--seats", "1").exit(), rule);
    }
  }

  @Test
  void badInputExitsTwoWithoutAStackTrace() throws IOException {
    Path bad = dir.resolve("bad.blt");
    Files.writeString(bad, "2 1\n1 1 5 0\n0\nA\nB\nT\n");
    Run run = run("count", bad.toString(), "--json");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains(bad + ":2"), run.err());
    assertTrue(run.err().contains("unknown candidate 5"), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace");
    assertEquals(2, run("count", dir.resolve("missing.blt").toString()).exit());
    assertEquals(2, run("count", bad.toString(), "--seats", "0").exit());
  }

  @Test
  void badConfigExitsTwoNamingTheFile() throws IOException {
    Path config = dir.resolve("contest_config.json");
    Files.writeString(config, "{\"candidates\":[{\"name\":\"A\"}],\"rules\":{\"overvoteRule\":"
        + "\"exhaustImmediately\",\"tiebreakMode\":\"random\",\"winnerElectionMode\":"
        + "\"singleWinnerMajority\"},\"cvrFileSources\":[{\"filePath\":\"cvr.csv\","
        + "\"provider\":\"genericCsv\",\"firstVoteColumnIndex\":\"2\",\"firstVoteRowIndex\":\"2\"}]}");
    Files.writeString(dir.resolve("cvr.csv"), "id,A,Zed\n1,1,2\n");
    Run unknown = run("count", config.toString(), "--json");
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().contains("cvr.csv:1") && unknown.err().contains("Zed"), unknown.err());
    Files.writeString(dir.resolve("cvr.csv"), "id,A\n1,1\n2,first\n");
    Run rank = run("count", config.toString(), "--json");
    assertEquals(2, rank.exit());
    assertTrue(rank.err().contains("cvr.csv:3"), rank.err());
    Files.writeString(config, Files.readString(config).replace("\"rules\":{",
        "\"rules\":{\"doesFirstRoundDetermineThreshold\":true,"));
    Run unsupported = run("count", config.toString(), "--json");
    assertEquals(2, unsupported.exit());
    assertTrue(unsupported.err().contains("doesFirstRoundDetermineThreshold"), unsupported.err());
    Files.writeString(config, "{\"candidates\":[{\"name\":\"A\"},{\"name\":\"A\"}],\"rules\":{}}");
    Run twice = run("count", config.toString());
    assertEquals(2, twice.exit());
    assertTrue(twice.err().contains("given twice"), twice.err());
    Files.writeString(config, "{\"candidates\": [");
    Run json = run("count", config.toString(), "--json");
    assertEquals(2, json.exit());
    assertTrue(json.err().contains("contest_config.json"), json.err());
  }
}
