package org.serge.council.constitution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serge.council.mandate.FederationScene.mandateOf;
import static org.serge.council.motion.Choice.YES;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.serge.council.Polity;
import org.serge.council.Table;
import org.serge.council.deliberation.Scene;
import org.serge.council.mandate.FederationScene;
import org.serge.council.mandate.PetitionRecall;
import org.serge.council.mandate.SignRecall;

/** V5__governance.sql creates exactly the governance tables, with the Tables' columns, in order, of the right types. */
class GovernanceMigrationTest {
  private static final List<String> GOVERNANCE =
      List.of("recall_petitions", "recall_signatures", "constitution_amendments", "ratifications");

  /** Table name → column name → SQL type without size, in file order. */
  static Map<String, Map<String, String>> migration() throws IOException {
    String sql;
    try (InputStream in = GovernanceMigrationTest.class.getResourceAsStream("/db/migration/V5__governance.sql")) {
      assertNotNull(in, "V5__governance.sql is on the class path");
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, Map<String, String>> tables = new LinkedHashMap<>();
    Map<String, String> columns = null;
    for (String line : sql.lines().map(String::strip).toList()) {
      if (line.startsWith("CREATE TABLE ")) {
        columns = new LinkedHashMap<>();
        tables.put(line.substring("CREATE TABLE ".length(), line.indexOf(' ', "CREATE TABLE ".length())), columns);
      } else if (line.startsWith(");")) {
        columns = null;
      } else if (columns != null) {
        String[] words = line.split("\\s+");
        columns.put(words[0], words[1].replaceAll("[(,].*", ""));
      }
    }
    return tables;
  }

  @Test
  void theMigrationCreatesTheGovernanceTablesWithTheirColumnsInOrder() throws IOException {
    Map<String, Map<String, String>> sql = migration();
    assertEquals(GOVERNANCE, List.copyOf(sql.keySet()));
    List<Table<?>> tables = new Polity().tables();
    List<String> names = tables.stream().map(Table::name).toList();
    int first = names.indexOf(GOVERNANCE.getFirst());
    assertEquals(GOVERNANCE, names.subList(first, first + GOVERNANCE.size()),
        "governance's tables come together, in the migration's order");
    for (Table<?> table : tables) {
      if (sql.containsKey(table.name())) {
        assertEquals(table.columns(), List.copyOf(sql.get(table.name()).keySet()), table.name());
      }
    }
  }

  @Test
  void everyValueFitsItsColumnsType() throws IOException {
    Map<String, Map<String, String>> sql = migration();
    Scene scene = FederationScene.build();
    FederationScene.assemblies(scene);
    String petition = scene.made("bob", new PetitionRecall(mandateOf(scene, "rail", "ana"), "Absent."), "petition");
    scene.act("cai", new SignRecall(petition));
    String motion = scene.read(p -> p.recallPetitions.find(petition).orElseThrow().motion());
    scene.vote(motion, YES, FederationScene.RAIL.toArray(String[]::new));
    scene.close("bob", motion);
    String amendment = AmendmentTest.adopt(scene, AmendmentTest.amended("2"));
    AmendmentTest.ratify(scene, "north", amendment, YES);
    AmendmentTest.ratify(scene, "south", amendment, YES);
    List<String> problems = new ArrayList<>();
    scene.read(p -> {
      for (Table<?> table : p.tables()) {
        Map<String, String> types = sql.get(table.name());
        if (types == null) {
          continue;
        }
        assertTrue(table.size() > 0, table.name() + " has rows in the scene");
        table.rows().forEach(row -> row.columns().forEach((column, value) -> {
          String expected = value == null ? null : value instanceof Long ? "BIGINT"
              : value instanceof Boolean ? "BOOLEAN" : value instanceof String ? "VARCHAR" : value.getClass().getName();
          if (expected != null && !expected.equals(types.get(column))) {
            problems.add(table.name() + "." + column + " holds " + expected + " but is " + types.get(column));
          }
        }));
      }
      return null;
    });
    assertEquals(List.of(), problems);
    scene.assertReplayMatches();
  }
}
