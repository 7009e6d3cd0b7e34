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
        "--out", out.toString(), "--json");
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
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("<svg") && html.contains("Equal Shares") && html.contains("Scottish STV"));
    assertTrue(Files.size(out.resolve("report.json")) > 1000);
  }
}
