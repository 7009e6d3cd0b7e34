package org.serge.council.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.serge.council.MigrationSql;
import org.serge.council.Polity;
import org.serge.council.Table;

/** V6__elections.sql creates exactly the election tables, with the Tables' columns, in order, of the right types. */
class MigrationTest {
  private static final List<String> ELECTIONS = List.of("elections", "election_candidates", "budget_rounds",
      "budget_projects", "electors", "published_ballots");

  static Map<String, Map<String, String>> migration() throws IOException {
    return MigrationSql.tables("V6__elections.sql");
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
    List<String> problems = scene.read(p -> MigrationSql.misfits(p, sql));
    assertEquals(List.of(), problems);
    assertEquals("lapsed", scene.read(p -> p.elections.find(lapsing).orElseThrow().status()));
    scene.assertReplayGivesTheSameTables();
  }
}
