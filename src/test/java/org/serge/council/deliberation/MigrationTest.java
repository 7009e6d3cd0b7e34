package org.serge.council.deliberation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.serge.council.Polity;
import org.serge.council.Table;

/**
 * The migrations (every {@code db/migration/V*.sql}, together) create every Polity table with
 * the Table's columns, in order, of the right types; V4__deliberation.sql exactly the
 * deliberation tables; and no other tables but the store's own.
 */
class MigrationTest {
  private static final Pattern CREATE = Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);
  private static final List<String> DELIBERATION = List.of("proposals", "proposal_versions", "amendments", "comments",
      "decisions", "minority_reports", "report_signatures", "hidings", "appeals", "moderators");
  /**
   * Tables of the store itself (V1__record.sql), and the server's accounts (V7__accounts.sql:
   * credentials, private, never in the public record): not the polity's.
   */
  private static final Set<String> STORE = Set.of("events", "record_head", "sealed_ballots", "accounts", "invitations");

  /** Table name → column name → SQL type (VARCHAR, BIGINT or BOOLEAN), over every migration in version order. */
  static Map<String, Map<String, String>> migrations() throws IOException, URISyntaxException {
    URL folder = MigrationTest.class.getResource("/db/migration");
    assertNotNull(folder, "db/migration is on the class path");
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of(folder.toURI()))) {
      files = list.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
          .sorted(Comparator.comparingInt(f -> Integer.parseInt(f.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))))
          .toList();
    }
    Map<String, Map<String, String>> tables = new LinkedHashMap<>();
    for (Path file : files) {
      tables.putAll(migration(Files.readString(file, StandardCharsets.UTF_8)));
    }
    return tables;
  }

  /** The tables one migration creates. */
  static Map<String, Map<String, String>> migration(String sql) {
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
  void theMigrationsCreateEveryPolityTableWithItsColumnsInOrder() throws Exception {
    Map<String, Map<String, String>> sql = migrations();
    try (InputStream in = MigrationTest.class.getResourceAsStream("/db/migration/V4__deliberation.sql")) {
      assertNotNull(in, "V4__deliberation.sql is on the class path");
      assertEquals(DELIBERATION, List.copyOf(migration(new String(in.readAllBytes(), StandardCharsets.UTF_8)).keySet()));
    }
    Polity polity = new Polity();
    List<String> names = polity.tables().stream().map(Table::name).toList();
    int from = names.indexOf(DELIBERATION.get(0));
    assertEquals(DELIBERATION, names.subList(from, from + DELIBERATION.size()),
        "deliberation's tables come together, in the migration's order");
    for (Table<?> table : polity.tables()) {
      assertTrue(sql.containsKey(table.name()), "a migration creates " + table.name());
      assertEquals(table.columns(), List.copyOf(sql.get(table.name()).keySet()), table.name());
    }
    Set<String> others = new TreeSet<>(sql.keySet());
    names.forEach(others::remove);
    assertEquals(new TreeSet<>(STORE), others, "tables no polity Table holds");
  }

  @Test
  void everyValueFitsItsColumnsType() throws Exception {
    Map<String, Map<String, String>> sql = migrations();
    Scene scene = DeliberationRecordTest.everything();
    List<String> problems = new ArrayList<>();
    scene.read(p -> {
      for (Table<?> table : p.tables()) {
        Map<String, String> types = sql.get(table.name());
        if (types == null) {
          continue;
        }
        assertTrue(table.size() > 0 || !DELIBERATION.contains(table.name()), table.name() + " has rows in the scene");
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
