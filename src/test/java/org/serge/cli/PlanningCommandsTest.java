package org.serge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.serge.OnsOfficial;
import org.serge.SharedData;
import org.serge.formats.CsvReader;
import org.serge.formats.CsvRecord;

/** The planning commands through the CLI, as users and scripts call them. */
class PlanningCommandsTest {
  @TempDir Path dir;

  private static String ons() {
    return SharedData.resolve("ons-ioat-2019").toString();
  }

  @Test
  void inverseAsCsvHasTheOnsCodesAndReproducesTheOfficialInverse() throws Exception {
    CliRun run = CliRun.of("leontief", "--ons", ons(), "--inverse", "--format", "csv");
    assertEquals(0, run.exitCode(), run.err());
    List<CsvRecord> rows = new ArrayList<>();
    try (CsvReader csv = new CsvReader(new StringReader(run.out()), "stdout", ',')) {
      for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
        rows.add(r);
      }
    }
    assertEquals(106, rows.size());
    assertEquals("", rows.get(0).get(0));
    assertEquals("CPA_A01", rows.get(0).get(1));
    assertTrue(rows.get(0).fields().contains("CPA_F41, F42 & F43"));
    assertTrue(run.out().lines().findFirst().orElseThrow().contains("\"CPA_F41, F42 & F43\""));
    double[][] official = OnsOfficial.inverse();
    double worst = 0;
    for (int i = 0; i < 105; i++) {
      assertEquals(rows.get(0).get(i + 1), rows.get(i + 1).get(0));
      for (int j = 0; j < 105; j++) {
        worst = Math.max(worst, Math.abs(Double.parseDouble(rows.get(i + 1).get(j + 1)) - official[i][j]));
      }
    }
    assertTrue(worst <= 1e-10, "max abs error " + worst);
  }

  @Test
  void leontiefJsonGivesOutputsLabourAndLabourValues() throws Exception {
    Path demand = dir.resolve("demand.csv");
    Files.writeString(demand, "product,quantity\nCPA_Q86,1000\n");
    CliRun run = CliRun.of("leontief", "--ons", ons(), "--demand", demand.toString(), "--json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode root = Json.MAPPER.readTree(run.out());
    assertEquals(105, root.get("products").size());
    assertTrue(root.get("residual").asDouble() <= 1e-12);
    double labour = 0;
    for (JsonNode p : root.get("products")) {
      labour += p.get("labour").asDouble();
    }
    assertEquals(root.get("totalLabour").asDouble(), labour, 1e-6);
    JsonNode health = root.get("products").findValues("code").stream().filter(c -> c.asText().equals("CPA_Q86"))
        .findFirst().map(c -> c).orElseThrow();
    assertFalse(health.isNull());
  }

  @Test
  void generatedEconomiesPlanThroughTheCli() throws Exception {
    Path economy = dir.resolve("e.csv");
    Path demand = dir.resolve("d.csv");
    CliRun generated = CliRun.of("generate", "economy", "--products", "300", "--inputs", "8", "--seed", "4",
        "-o", economy.toString(), "--demand", demand.toString());
    assertEquals(0, generated.exitCode(), generated.err());
    CliRun plan = CliRun.of("plan", "--economy", economy.toString(), "--targets", demand.toString(), "--json");
    assertEquals(0, plan.exitCode(), plan.err());
    JsonNode root = Json.MAPPER.readTree(plan.out());
    assertEquals("OPTIMAL", root.get("status").asText());
    double lambda = root.get("fulfilment").asDouble();
    assertTrue(lambda > 0 && lambda < 1);
    boolean co2Binds = false;
    for (JsonNode limit : root.get("limits")) {
      co2Binds |= limit.get("name").asText().equals("co2") && limit.get("binding").asBoolean();
    }
    assertTrue(co2Binds);
    CliRun text = CliRun.of("plan", "--economy", economy.toString(), "--targets", demand.toString(), "--solver", "highs");
    assertEquals(0, text.exitCode(), text.err());
    assertTrue(text.out().contains("fulfilment λ"), text.out());
  }

  @Test
  void anInfeasiblePlanExitsOneAndNamesTheConflict() throws Exception {
    Path economy = dir.resolve("e.csv");
    Files.writeString(economy, "economy,corn,hours,12\nproduct,corn,Corn\nresource,co2,CO2,t,5\n"
        + "technology,dirty,corn,1\nuse,co2,1\ntechnology,clean,corn,2\n");
    Path targets = dir.resolve("t.csv");
    Files.writeString(targets, "product,quantity\ncorn,10\n");
    CliRun run = CliRun.of("plan", "--economy", economy.toString(), "--targets", targets.toString(), "--objective", "min-labour");
    assertEquals(1, run.exitCode());
    assertTrue(run.out().contains("labour") && run.out().contains("short by 3"), run.out());
  }

  @Test
  void badInputExitsTwoWithOneLineNamingFileLineAndField() throws Exception {
    Path economy = dir.resolve("bad.csv");
    Files.writeString(economy, "economy,E,hours\nproduct,corn,Corn\ntechnology,t,corn,NaN\n");
    CliRun run = CliRun.of("leontief", "--economy", economy.toString(), "--demand", economy.toString());
    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains(economy + ":3: field 'labour'"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void aNonProductiveEconomyIsReportedNotThrown() throws Exception {
    Path economy = dir.resolve("greedy.csv");
    Files.writeString(economy, "economy,greedy,hours\nproduct,a,A\nproduct,b,B\n"
        + "technology,ta,a,1\ninput,a,0.5\ninput,b,0.6\ntechnology,tb,b,1\ninput,a,0.6\ninput,b,0.5\n");
    Path demand = dir.resolve("d.csv");
    Files.writeString(demand, "product,quantity\na,1\n");
    CliRun run = CliRun.of("leontief", "--economy", economy.toString(), "--demand", demand.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("not productive") && run.err().contains("1.1"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }
}
