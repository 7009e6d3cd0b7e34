package org.serge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.serge.SharedData;
import org.serge.planning.solve.LpStatus;

/** {@code serge lp} end to end through the picocli command line. */
class LpCommandTest {
  private static final double AFIRO = -4.6475314286e+02;

  record Run(int exitCode, String out, String err) {}

  static Run serge(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SergeCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static String afiro() {
    return SharedData.resolve("netlib/afiro.mps.gz").toString();
  }

  @Test
  void jsonReportOfAfiro() throws IOException {
    for (String solver : List.of("glop", "highs", "pdlp")) {
      Run run = serge("lp", afiro(), "--json", "--solver", solver);
      assertEquals(0, run.exitCode(), run.err());
      assertTrue(run.out().startsWith("{\"status\":\"OPTIMAL\",\"objective\":"), run.out());
      JsonNode json = Json.MAPPER.readTree(run.out());
      List<String> names = new java.util.ArrayList<>();
      json.fieldNames().forEachRemaining(names::add);
      assertEquals(List.of("status", "objective", "seconds"), names.subList(0, 3));
      double tolerance = solver.equals("pdlp") ? 1e-4 : 1e-6;
      assertEquals(AFIRO, json.get("objective").asDouble(), tolerance * Math.abs(AFIRO));
      assertTrue(json.get("seconds").asDouble() >= 0);
      assertEquals(solver, json.get("solver").asText());
      assertEquals(27, json.get("rows").asInt());
      assertEquals(32, json.get("columns").asInt());
      assertEquals(83, json.get("nonZeros").asInt());
    }
  }

  @Test
  void textReportAndSolutionFile(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("afiro.csv");
    Run run = serge("lp", afiro(), "--write-solution", csv.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("glop: OPTIMAL"), run.out());
    assertTrue(run.out().contains("objective -464.753142"), run.out());
    List<String> lines = Files.readAllLines(csv);
    assertEquals("column,value", lines.get(0));
    assertEquals(33, lines.size());
    assertTrue(lines.get(1).startsWith("X01,"), lines.get(1));
  }

  @Test
  void badInputExitsTwoWithOneLineAndNoStackTrace(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.mps");
    Files.writeString(bad, "NAME bad\nROWS\n N obj\nCOLUMNS\n x obj 1.0x\nENDATA\n");
    Path truncated = dir.resolve("cut.mps");
    Files.writeString(truncated, "NAME cut\nROWS\n N obj\nCOLUMNS\n x obj 1\n");
    for (String file : List.of(bad.toString(), truncated.toString(), dir.resolve("none.mps").toString())) {
      Run run = serge("lp", file);
      assertEquals(2, run.exitCode(), run.err());
      assertEquals(1, run.err().lines().count(), run.err());
      assertTrue(run.err().startsWith("serge: " + file + ":"), run.err());
      assertFalse(run.err().contains("\tat "), run.err());
      assertEquals("", run.out());
    }
    assertTrue(serge("lp", bad.toString()).err().contains(":5: field 'value': \"1.0x\" is not a number"));
  }

  @Test
  void helpDescribesSolversJsonAndExitCodes() {
    Run run = serge("lp", "--help");
    assertEquals(0, run.exitCode());
    for (String words : List.of("--solver", "--time-limit", "--json", "glop", "pdlp", "highs", "Exit codes", "UNBOUNDED")) {
      assertTrue(run.out().contains(words), words);
    }
  }

  @Test
  void exitCodesFollowTheStatus() {
    assertEquals(0, LpCommand.exitCode(LpStatus.OPTIMAL));
    assertEquals(0, LpCommand.exitCode(LpStatus.INFEASIBLE));
    assertEquals(0, LpCommand.exitCode(LpStatus.UNBOUNDED));
    assertEquals(1, LpCommand.exitCode(LpStatus.FEASIBLE));
    assertEquals(1, LpCommand.exitCode(LpStatus.NOT_SOLVED));
    assertEquals(1, LpCommand.exitCode(LpStatus.ABNORMAL));
  }

  @Test
  void infeasibleIsADefinitiveAnswer(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("infeasible.mps");
    Files.writeString(file, "NAME inf\nROWS\n N obj\n G c\nCOLUMNS\n x obj 1 c 1\nRHS\n rhs c 5\n"
        + "BOUNDS\n UP bnd x 1\nENDATA\n");
    Run run = serge("lp", file.toString(), "--json");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("{\"status\":\"INFEASIBLE\",\"objective\":null,"), run.out());
  }

  @Test
  void integerMarkersAreReportedAsARelaxation(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mip.mps");
    Files.writeString(file, "NAME mip\nOBJSENSE MAX\nROWS\n N obj\n L c\nCOLUMNS\n"
        + " M 'MARKER' 'INTORG'\n x obj 1 c 2\n M 'MARKER' 'INTEND'\nRHS\n rhs c 3\nENDATA\n");
    Run text = serge("lp", file.toString());
    assertEquals(0, text.exitCode(), text.err());
    assertTrue(text.out().contains("1 integer columns: the LP relaxation was solved"), text.out());
    assertTrue(text.out().contains("objective 1.50000"), text.out()); // x = 1.5: relaxed
    Run json = serge("lp", file.toString(), "--json");
    assertTrue(json.out().contains("\"integerColumns\":1,\"relaxation\":true"), json.out());
  }

  /** PDLP needs far more than 0.5 s on pilot87 (it does not finish in 20 s): no answer, exit 1. */
  @Test
  void stoppedByTheTimeLimitExitsOne() {
    String pilot87 = SharedData.resolve("netlib/pilot87.mps.gz").toString();
    Run run = serge("lp", pilot87, "--solver", "pdlp", "--time-limit", "0.5", "--json");
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().startsWith("{\"status\":\"NOT_SOLVED\",\"objective\":null,"), run.out());
  }
}
