package org.serge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.council.Row;
import org.serge.council.Table;

/**
 * The query tables in SQL: each polity {@link Table} is an SQL table of the same name and
 * columns, keyed by its first column. Rows are written with portable SQL (UPDATE, then INSERT
 * when no row was there) and read back as {@link String}, {@link Long}, {@link Boolean} or
 * null, the types a {@link Row} holds, so that stored and rebuilt rows compare exactly.
 */
final class TableRows {
  private TableRows() {}

  /** Writes rows of one table: each replaces the stored row with its key, or is added. */
  static void upsert(Connection connection, Table<?> table, List<? extends Row> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    List<String> columns = table.columns();
    String key = columns.getFirst();
    List<String> others = columns.subList(1, columns.size());
    String update = "UPDATE " + table.name() + " SET " + String.join(" = ?, ", others) + " = ? WHERE " + key + " = ?";
    String insert = "INSERT INTO " + table.name() + " (" + String.join(", ", columns) + ") VALUES ("
        + "?, ".repeat(columns.size() - 1) + "?)";
    try (PreparedStatement updating = connection.prepareStatement(update);
        PreparedStatement inserting = connection.prepareStatement(insert)) {
      for (Row row : rows) {
        Map<String, Object> values = row.columns();
        for (int i = 0; i < others.size(); i++) {
          set(updating, i + 1, values.get(others.get(i)));
        }
        set(updating, columns.size(), values.get(key));
        if (updating.executeUpdate() == 0) {
          for (int i = 0; i < columns.size(); i++) {
            set(inserting, i + 1, values.get(columns.get(i)));
          }
          inserting.executeUpdate();
        }
      }
    }
  }

  /** Adds rows to a table known to be empty (an import), in batches. */
  static void insertAll(Connection connection, Table<?> table) throws SQLException {
    List<String> columns = table.columns();
    String insert = "INSERT INTO " + table.name() + " (" + String.join(", ", columns) + ") VALUES ("
        + "?, ".repeat(columns.size() - 1) + "?)";
    try (PreparedStatement inserting = connection.prepareStatement(insert)) {
      int pending = 0;
      for (Row row : table.rows()) {
        Map<String, Object> values = row.columns();
        for (int i = 0; i < columns.size(); i++) {
          set(inserting, i + 1, values.get(columns.get(i)));
        }
        inserting.addBatch();
        if (++pending == 1000) {
          inserting.executeBatch();
          pending = 0;
        }
      }
      inserting.executeBatch();
    }
  }

  /** Selects every stored row of a table, ordered by key; the caller reads and closes it. */
  static ResultSet selectAll(Connection connection, Table<?> table) throws SQLException {
    PreparedStatement select = connection.prepareStatement("SELECT " + String.join(", ", table.columns())
        + " FROM " + table.name() + " ORDER BY " + table.columns().getFirst());
    select.setFetchSize(1000);
    select.closeOnCompletion();
    return select.executeQuery();
  }

  /** The current row of {@link #selectAll}'s result, column name to value. */
  static Map<String, Object> read(ResultSet result, Table<?> table) throws SQLException {
    Map<String, Object> values = new LinkedHashMap<>();
    List<String> columns = table.columns();
    for (int i = 0; i < columns.size(); i++) {
      Object value = result.getObject(i + 1);
      values.put(columns.get(i), value instanceof Number n && !(value instanceof Long) ? (Object) n.longValue() : value);
    }
    return values;
  }

  /** Every row of a table as stored, in key order: for tests and reports. */
  static List<Map<String, Object>> readAll(Connection connection, Table<?> table) throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (ResultSet result = selectAll(connection, table)) {
      while (result.next()) {
        rows.add(read(result, table));
      }
    }
    return rows;
  }

  private static void set(PreparedStatement statement, int index, Object value) throws SQLException {
    switch (value) {
      case null -> statement.setNull(index, Types.NULL);
      case String s -> statement.setString(index, s);
      case Long l -> statement.setLong(index, l);
      case Boolean b -> statement.setBoolean(index, b);
      default -> throw new IllegalStateException("a row holds a " + value.getClass().getName()
          + ", not String, Long or Boolean: " + value);
    }
  }
}
