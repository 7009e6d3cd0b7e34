package org.serge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.serge.SharedData;

/** {@code serge pb} and {@code serge abc}: output shape and exit codes. */
class BudgetingCommandsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return SergeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  @Test
  void pbUsesTheRuleInTheFile() throws Exception {
    Path file = SharedData.resolve("pb/pabulib/Poland_Swiecie_2023.pb");
    assertEquals(0, run("pb", file.toString(), "--json"), err.toString());
    JsonNode json = Json.MAPPER.readTree(out.toString());
    assertEquals("equalshares/add1", json.get("rule").asText());
    assertEquals(17, json.get("selected").size());
    double share = json.get("forWhom").get("satisfiedShare").asDouble();
    assertTrue(share > 0.5 && share <= 1, "share " + share);
  }

  @Test
  void pbWithAnotherRule() throws Exception {
    Path file = SharedData.resolve("pb/pabulib/Poland_Swiecie_2023.pb");
    assertEquals(0, run("pb", file.toString(), "--rule", "greedy", "--json"), err.toString());
    assertEquals("greedy", Json.MAPPER.readTree(out.toString()).get("rule").asText());
  }

  @Test
  void abcPrintsTheCommittee() throws Exception {
    Path file = SharedData.resolve("pb/abc/instanceL0000.abc.yaml");
    assertEquals(0, run("abc", file.toString(), "--rule", "av", "--json"), err.toString());
    assertEquals("[1,2,3]", Json.MAPPER.readTree(out.toString()).get("committee").toString());
  }

  @Test
  void badPbFileExitsTwoWithoutStackTrace(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.pb");
    Files.writeString(file, "META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\np1;5\nVOTES\nvoter_id;vote\nv1;p7\n");
    assertEquals(2, run("pb", file.toString(), "--rule", "greedy"));
    assertTrue(err.toString().contains("bad.pb") && err.toString().contains("p7"), err.toString());
    assertFalse(err.toString().contains("\tat "), "no stack trace");
  }

  @Test
  void badYamlExitsTwo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.abc.yaml");
    Files.writeString(file, "profile: [[0], [5]]\nnum_cand: 2\ncommitteesize: 1\n");
    assertEquals(2, run("abc", file.toString(), "--rule", "pav"));
    assertTrue(err.toString().contains("bad.abc.yaml"), err.toString());
    assertFalse(err.toString().contains("\tat "), "no stack trace");
  }

  @Test
  void unknownRuleExitsTwo() {
    Path file = SharedData.resolve("pb/abc/instanceL0000.abc.yaml");
    assertEquals(2, run("abc", file.toString(), "--rule", "no-such-rule"));
  }
}
