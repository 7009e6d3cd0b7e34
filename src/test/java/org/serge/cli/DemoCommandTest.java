package org.serge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.serge.SharedData;

/** {@code serge demo}, the README's first command, end to end. */
class DemoCommandTest {
  @TempDir Path out;

  @Test
  void demoComputesEveryStepAndWritesItsReport() throws Exception {
    CliRun run = CliRun.of("demo", "--ons", SharedData.resolve("ons-ioat-2019").toString(),
        "--out", out.toString(), "--db", "jdbc:h2:file:" + out.resolve("record").toAbsolutePath(),
        "--key", out.resolve("instance.key").toString(), "--json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode root = Json.MAPPER.readTree(run.out());
    // The 2019 final use reproduces the ONS total output at basic prices (£3,824,433 m).
    assertEquals(3_824_433, root.get("baseline").get("output").asDouble(), 1);
    assertTrue(root.get("whatIf").get("co2").asDouble() < root.get("baseline").get("co2").asDouble());
    JsonNode primary = root.get("plans").get(0);
    JsonNode alternatives = root.get("plans").get(1);
    assertEquals(0.7, primary.get("fulfilment").asDouble(), 1e-6, "without choice the CO2 cut caps λ");
    assertTrue(alternatives.get("fulfilment").asDouble() > primary.get("fulfilment").asDouble());
    assertTrue(alternatives.get("switchedTechnologies").size() > 0);
    JsonNode election = root.get("election");
    assertTrue(election.get("balances").asBoolean());
    assertEquals(4, election.get("elected").size());
    assertTrue(root.get("budget").get("matchesOfficialSelection").asBoolean());
    JsonNode councils = root.get("councils");
    assertEquals(33 + 9, councils.get("delegates").size(), "33 councils to their regions, 3 by each region to the federation");
    assertEquals(36, councils.get("elections").size(), "every delegate elected by STV on secret ballots");
    assertTrue(councils.get("budget").get("selected").size() > 0);
    JsonNode cycle = councils.get("cycle");
    assertTrue(cycle.get("converged").asBoolean(), cycle.toString());
    assertTrue(cycle.get("rounds").asInt() <= 15, cycle.get("rounds").toString());
    assertEquals(cycle.get("leontiefHours").asDouble(), cycle.get("hoursWorked").asDouble(),
        1e-3 * cycle.get("leontiefHours").asDouble());
    assertEquals(33, cycle.get("councils").size());
    JsonNode plan = councils.get("plan");
    assertEquals("adopted", plan.get("outcome").asText(), plan.toString());
    assertEquals(1, plan.get("minorityReports").asInt());
    assertEquals(cycle.get("rounds").asInt(), plan.get("iterations").asInt(), "the report's cycle is the record's");
    for (JsonNode file : plan.get("files")) {
      assertTrue(Files.size(Path.of(file.asText())) > 1000, file.asText());
    }
    assertTrue(Files.readString(Path.of(plan.get("files").get(0).asText())).contains("Care is planned"),
        "the plan report prints the minority report");
    assertTrue(councils.get("refused").get(0).get("refusal").asText().contains("mandates.simultaneous"));
    assertEquals("adopted", councils.get("decision").get("outcome").asText());
    assertEquals(1, councils.get("decision").get("minorityReports").size());
    assertTrue(councils.get("verify").get("ok").asBoolean(), councils.get("verify").toString());
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("Minority report by"), "the dissent is published with the decision");
    assertTrue(html.contains("participatory planning cycle") && html.contains("Each council's plan"));
    assertTrue(html.contains("<svg") && html.contains("Equal Shares") && html.contains("Scottish STV"));
    assertTrue(Files.size(out.resolve("report.json")) > 1000);
    CliRun verify = CliRun.of("record", "verify", "--db", "jdbc:h2:file:" + out.resolve("record").toAbsolutePath(),
        "--key", out.resolve("instance.key").toString());
    assertEquals(0, verify.exitCode(), verify.out() + verify.err());
  }
}
