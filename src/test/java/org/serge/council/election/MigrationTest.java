package org.serge.council.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.serge.council.Polity;
import org.serge.council.Table;

/** V6__elections.sql creates exactly the election tables, with the Tables' columns, in order, of the right types. */
class MigrationTest {
  private static final Pattern CREATE = Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);
  private static final List<String> ELECTIONS = List.of("elections", "election_candidates", "budget_rounds",
      "budget_projects", "electors", "published_ballots");

  /** Table name → column name → SQL type (VARCHAR, BIGINT or BOOLEAN), in file order. */
  static Map<String, Map<String, String>> migration() throws IOException {
    String sql;
    try (InputStream in = MigrationTest.class.getResourceAsStream("/db/migration/V6__elections.sql")) {
      assertNotNull(in, "V6__elections.sql is on the class path");
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, Map<String, String>> tables = new LinkedHashMap<>();
    Matcher m = CREATE.matcher(sql);
    while (m.find()) {
      Map<String, String> columns = new LinkedHashMap<>();
      for (String line : m.group(2).strip().split(",\\n")) {
        String[] words = line.strip().split("\\s+");
        columns.put(words[0], words[1].replaceAll("\\(.*", ""));
      }
      tables.put(m.group(1), columns);
    }
    return tables;
  }

  @Test
  void theMigrationCreatesTheElectionTablesWithTheirColumnsInOrder() throws IOException {
    Map<String, Map<String, String>> sql = migration();
    assertEquals(ELECTIONS, List.copyOf(sql.keySet()));
    List<String> names = new Polity().tables().stream().map(Table::name).toList();
    assertTrue(names.containsAll(ELECTIONS), "every election table is a query table of the polity");
    for (Table<?> table : new Polity().tables()) {
      if (sql.containsKey(table.name())) {
        assertEquals(table.columns(), List.copyOf(sql.get(table.name()).keySet()), table.name());
      }
    }
  }

  /** A counted election, a lapsed one and a counted budget round fill every table; each value fits its column. */
  @Test
  void everyValueFitsItsColumnsType() throws IOException {
    ElectionScene scene = new ElectionScene();
    String e = scene.open("ana", "rail", "meek", 2, List.of("ana", "bob", "cai"));
    ElectionScene.RAIL.forEach(m -> scene.cast(m, e, List.of("cai", "bob")));
    scene.close("instance", e);
    String lapsing = scene.open("ana", "rail", "approval", 1, List.of("ana", "bob"));
    scene.cast("bob", lapsing, List.of("ana", "bob"));
    scene.act("ana", new OpenBudgetRound("rail", "Depot", 10, null, List.of(new OpenBudgetRound.Item("p1", "Roof", 6))));
    String round = scene.read(p -> p.budgetRounds.rows().iterator().next().id());
    ElectionScene.RAIL.forEach(m -> scene.cast(m, round, List.of("p1")));
    scene.act("instance", new CloseBudgetRound(round, 9));
    scene.clock.advance(Duration.ofDays(8));
    scene.close("instance", lapsing);

    Map<String, Map<String, String>> sql = migration();
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
    assertEquals("lapsed", scene.read(p -> p.elections.find(lapsing).orElseThrow().status()));
    scene.assertReplayGivesTheSameTables();
  }
}
