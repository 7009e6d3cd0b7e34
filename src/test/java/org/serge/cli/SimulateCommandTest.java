package org.serge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code serge simulate} and {@code serge bench cycle}, as scripts call them. */
class SimulateCommandTest {

  @Test
  void jsonStartsWithConvergedRoundsAndSecondsPerRound() throws Exception {
    CliRun run = CliRun.of("simulate", "--consumers", "200", "--producers", "100", "--products", "6", "--seed", "4",
        "--json");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("{\"converged\":true,\"rounds\":"), run.out());
    JsonNode json = Json.MAPPER.readTree(run.out());
    int rounds = json.get("rounds").asInt();
    assertTrue(rounds > 1 && rounds < 41, run.out());
    assertTrue(json.get("secondsPerRound").asDouble() > 0);
    assertEquals(rounds, json.get("largestExcessByRound").size());
    assertTrue(json.get("largestExcess").asDouble() <= 0.01);
  }

  @Test
  void textReportsEveryRoundAndTheVerdict() {
    CliRun run = CliRun.of("simulate", "--consumers", "50", "--producers", "20", "--products", "4");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("converged after"), run.out());
  }

  @Test
  void fewerProducersThanProductsIsBadInput() {
    CliRun run = CliRun.of("simulate", "--consumers", "5", "--producers", "2", "--products", "4");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--producers"), run.err());
  }

  @Test
  void theCycleBenchmarkPrintsARowPerSize() {
    CliRun run = CliRun.of("bench", "cycle", "--sizes", "100:50,200:100", "--products", "5");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Pequod"), run.out());
    assertEquals(2, run.out().lines().filter(line -> line.matches("^[0-9].*true.*")).count(), run.out());
  }
}
