package org.serge.council.deliberation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.serge.council.MigrationSql;
import org.serge.council.Polity;
import org.serge.council.Table;

/** V4__deliberation.sql creates exactly the deliberation tables, with the Tables' columns, in order, of the right types. */
class MigrationTest {
  private static final List<String> DELIBERATION = List.of("proposals", "proposal_versions", "amendments", "comments",
      "decisions", "minority_reports", "report_signatures", "hidings", "appeals", "moderators");

  static Map<String, Map<String, String>> migration() throws IOException {
    return MigrationSql.tables("V4__deliberation.sql");
  }

  @Test
  void theMigrationCreatesTheDeliberationTablesWithTheirColumnsInOrder() throws IOException {
    Map<String, Map<String, String>> sql = migration();
    assertEquals(DELIBERATION, List.copyOf(sql.keySet()));
    Polity polity = new Polity();
    List<String> names = polity.tables().stream().map(Table::name).toList();
    int from = names.indexOf(DELIBERATION.get(0));
    assertEquals(DELIBERATION, names.subList(from, from + DELIBERATION.size()),
        "deliberation's tables come together, in the migration's order");
    for (Table<?> table : polity.tables()) {
      if (sql.containsKey(table.name())) {
        assertEquals(table.columns(), List.copyOf(sql.get(table.name()).keySet()), table.name());
      }
    }
  }

  @Test
  void everyValueFitsItsColumnsType() throws IOException {
    Map<String, Map<String, String>> sql = migration();
    Scene scene = DeliberationRecordTest.everything();
    List<String> problems = scene.read(p -> MigrationSql.misfits(p, sql));
    assertEquals(List.of(), problems);
  }
}
