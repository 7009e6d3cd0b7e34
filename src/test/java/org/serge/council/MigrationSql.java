package org.serge.council;

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

/** Reads the tables a migration creates, for the tests that hold a migration to the polity's Tables. */
public final class MigrationSql {
  private static final Pattern CREATE = Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);

  private MigrationSql() {}

  /** Table name → column name → SQL type (VARCHAR, BIGINT or BOOLEAN), in file order, of {@code db/migration/FILE}. */
  public static Map<String, Map<String, String>> tables(String file) throws IOException {
    String sql;
    try (InputStream in = MigrationSql.class.getResourceAsStream("/db/migration/" + file)) {
      assertNotNull(in, file + " is on the class path");
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

  /**
   * The values of the polity's rows that do not fit their column's SQL type, as messages; every
   * table of the migration must have rows, so that each column is tried.
   */
  public static List<String> misfits(Polity polity, Map<String, Map<String, String>> sql) {
    List<String> problems = new ArrayList<>();
    for (Table<?> table : polity.tables()) {
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
    return problems;
  }
}
