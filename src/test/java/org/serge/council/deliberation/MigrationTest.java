package org.serge.council.deliberation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.serge.council.Polity;
import org.serge.council.Table;

/** V4__deliberation.sql creates exactly the deliberation tables, with the Tables' columns, in order, of the right types. */
class MigrationTest {
  private static final Pattern CREATE = Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);
  private static final List<String> DELIBERATION = List.of("proposals", "proposal_versions", "amendments", "comments",
      "decisions", "minority_reports", "report_signatures", "hidings", "appeals", "moderators");

  /** Table name → column name → SQL type (VARCHAR, BIGINT or BOOLEAN), in file order. */
  static Map<String, Map<String, String>> migration() throws IOException {
    String sql;
    try (InputStream in = MigrationTest.class.getResourceAsStream("/db/migration/V4__deliberation.sql")) {
      assertNotNull(in, "V4__deliberation.sql is on the class path");
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
  void theMigrationCreatesTheDeliberationTablesWithTheirColumnsInOrder() throws IOException {
    Map<String, Map<String, String>> sql = migration();
    assertEquals(DELIBERATION, List.copyOf(sql.keySet()));
    Polity polity = new Polity();
    List<String> names = polity.tables().stream().map(Table::name).toList();
    int first = names.indexOf(DELIBERATION.getFirst());
    assertEquals(DELIBERATION, names.subList(first, first + DELIBERATION.size()),
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
  }
}
