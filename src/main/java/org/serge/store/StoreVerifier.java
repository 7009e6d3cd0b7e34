package org.serge.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.serge.council.Polity;
import org.serge.council.Row;
import org.serge.council.Table;
import org.serge.record.Event;

/**
 * {@code verify} for a store: reads the whole log from the database and checks it from
 * nothing ({@link LogCheck}: hashes, chain, signatures, signers, replay), then compares every
 * stored query table, row by row, with the tables the replay made, and the head with the
 * last event. All in one read-only snapshot, so a writer meanwhile does not confuse it.
 * Stateless and thread-safe.
 */
public final class StoreVerifier {
  private StoreVerifier() {}

  /** Verifies the store, using every processor for signatures. */
  public static StoreReport verify(Database database) {
    return verify(database, Runtime.getRuntime().availableProcessors());
  }

  /** Verifies the store with {@code parallelism} threads for hashes and signatures. */
  public static StoreReport verify(Database database, int parallelism) {
    try (Connection connection = database.connect()) {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setReadOnly(true);
      try {
        return verify(connection, parallelism);
      } finally {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new StoreException(database, "verifying", e);
    }
  }

  private static StoreReport verify(Connection connection, int parallelism) throws SQLException {
    LogCheck.Result log;
    try (ResultSet rows = EventRows.select(connection, 1)) {
      log = LogCheck.check(new EventStream.Rows(rows), parallelism);
    }
    if (!log.ok()) {
      return new StoreReport(log.events(), log.failedSeq() != 0 ? log.failedSeq() : log.position(), null, null,
          log.problem());
    }
    Polity polity = log.polity();
    for (Table<?> table : polity.tables()) {
      StoreReport difference = compare(connection, table, log.events());
      if (difference != null) {
        return difference;
      }
    }
    Head head = Head.read(connection);
    Event last = polity.head();
    if (head.seq() != polity.seq() || !head.hash().equals(last == null ? Event.GENESIS_PREV_HASH : last.hash())) {
      return new StoreReport(log.events(), 0, "record_head", "1", "table record_head: the head is seq " + head.seq()
          + " but the log ends at event " + polity.seq() + " (or its hash differs)");
    }
    return StoreReport.passed(log.events());
  }

  /** The first stored row of a table that differs from, or is not in, the rebuilt table; then the first missing one. */
  private static StoreReport compare(Connection connection, Table<?> rebuilt, long events) throws SQLException {
    String keyColumn = rebuilt.columns().getFirst();
    Set<String> seen = new HashSet<>();
    try (ResultSet stored = TableRows.selectAll(connection, rebuilt)) {
      while (stored.next()) {
        Map<String, Object> values = TableRows.read(stored, rebuilt);
        String key = String.valueOf(values.get(keyColumn));
        seen.add(key);
        Row expected = rebuilt.find(key).orElse(null);
        if (expected == null) {
          return differs(rebuilt, key, events, "is in the store but the log makes no such row");
        }
        for (Map.Entry<String, Object> column : expected.columns().entrySet()) {
          Object value = values.get(column.getKey());
          if (!Objects.equals(value, column.getValue())) {
            return differs(rebuilt, key, events, "column " + column.getKey() + " is " + show(value)
                + " in the store, but the log makes " + show(column.getValue()));
          }
        }
      }
    }
    for (Row row : rebuilt.rows()) {
      if (!seen.contains(row.key())) {
        return differs(rebuilt, row.key(), events, "is missing from the store");
      }
    }
    return null;
  }

  private static StoreReport differs(Table<?> table, String key, long events, String what) {
    return new StoreReport(events, 0, table.name(), key, "table " + table.name() + ", row '" + key + "': " + what);
  }

  private static String show(Object value) {
    return value instanceof String s ? "'" + (s.length() > 80 ? s.substring(0, 77) + "..." : s) + "'" : String.valueOf(value);
  }
}
