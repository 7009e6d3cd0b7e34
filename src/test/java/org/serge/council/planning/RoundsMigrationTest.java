package org.serge.council.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.serge.council.MigrationSql;
import org.serge.council.Polity;
import org.serge.council.Table;

/** V8__planning_rounds.sql creates exactly the round tables, with the Tables' columns in order; every value fits. */
class RoundsMigrationTest {
  private static final List<String> ROUNDS = List.of("rounds", "round_proposals", "round_iterations", "plans");

  @Test
  void theMigrationCreatesTheRoundTablesWithTheirColumnsInOrderAndEveryValueFits() throws IOException {
    Map<String, Map<String, String>> sql = MigrationSql.tables("V8__planning_rounds.sql");
    assertEquals(ROUNDS, List.copyOf(sql.keySet()));
    List<String> names = new Polity().tables().stream().map(Table::name).toList();
    assertTrue(names.containsAll(ROUNDS), "every round table is a query table of the polity");
    for (Table<?> table : new Polity().tables()) {
      if (sql.containsKey(table.name())) {
        assertEquals(table.columns(), List.copyOf(sql.get(table.name()).keySet()), table.name());
      }
    }
    RoundScene s = new RoundScene();
    String round = s.open(RoundScene.spec());
    s.docks(round, 70);
    s.rail(round, 100);
    s.post(round, 15);
    s.farm(round, 100, 20, 10);
    s.iterate(round);
    s.iterate(round);
    s.approve(s.read(p -> p.plans.rows().iterator().next().id()));
    s.farm(round, 100, 20, 12);
    assertEquals(List.of(), s.read(p -> MigrationSql.misfits(p, sql)));
  }
}
