package org.serge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serge report}: the files it writes, on a simulated plan; refusals. (A recorded plan: PlanReportInputsTest.) */
class ReportCommandTest {
  @TempDir Path dir;

  @Test
  void writesHtmlJsonAndCsvOfASimulatedPlan() throws Exception {
    CliRun run = CliRun.of("report", "sim/1", "--simulate", "4", "--out", dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<String> names = run.out().lines().map(line -> Path.of(line).getFileName().toString()).toList();
    assertEquals(List.of("plan-sim-1.html", "plan-sim-1.json", "plan-sim-1.csv", "plan-sim-1-events.csv"), names);
    String html = Files.readString(dir.resolve("plan-sim-1.html"));
    assertTrue(html.contains("href=\"record.html#seq-"), "links to the record page by default");
    JsonNode json = Json.MAPPER.readTree(dir.resolve("plan-sim-1.json").toFile());
    assertEquals("sim/1", json.get("planId").asText());
    assertTrue(json.get("converged").asBoolean());
    assertEquals(60, json.get("forWhom").get("consumers").size());
  }

  @Test
  void oneFormatAndAnotherLinkPattern() throws Exception {
    CliRun run = CliRun.of("report", "p", "--simulate", "1", "--format", "html", "--links", "#event-{seq}",
        "--out", dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(1, run.out().lines().count());
    assertTrue(Files.readString(dir.resolve("plan-p.html")).contains("href=\"#event-"));
  }

  @Test
  void badFormatAndBadPatternAreBadInput() {
    CliRun format = CliRun.of("report", "p", "--simulate", "1", "--format", "pdf", "--out", dir.toString());
    assertEquals(2, format.exitCode());
    assertTrue(format.err().contains("--format"), format.err());
    CliRun links = CliRun.of("report", "p", "--simulate", "1", "--links", "record.html", "--out", dir.toString());
    assertEquals(2, links.exitCode());
    assertTrue(links.err().contains("{seq}"), links.err());
  }

  @Test
  void aPlanThatIsNotOnTheRecordIsBadInputNamingIt() {
    CliRun run = CliRun.of("report", "plan-1", "--db", "jdbc:h2:file:" + dir.resolve("record").toAbsolutePath(), "--key",
        dir.resolve("key").toString(), "--out", dir.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("no plan 'plan-1'"), run.err());
  }
}
