package org.serge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;

/**
 * Changes a stored record behind its back, checks that {@code verify} names what was changed,
 * and puts it back. Each change is undone before the next, so one record serves them all.
 */
final class Tampering {
  static final List<String> EVENT_COLUMNS =
      List.of("time", "scope", "actor", "type", "payload", "prev_hash", "hash", "signature", "signer");

  private final Database database;
  private final long events;

  Tampering(Database database, long events) {
    this.database = database;
    this.events = events;
  }

  /** Changes one character of one column of one event; verify must name that event. */
  void changeOneCharacter(Random random) throws SQLException {
    long seq = 1 + random.nextInt((int) events);
    String column = EVENT_COLUMNS.get(random.nextInt(EVENT_COLUMNS.size()));
    String original = value(seq, column);
    int at = random.nextInt(original.length());
    char replacement = (char) ('a' + random.nextInt(26));
    if (replacement == original.charAt(at)) {
      replacement = replacement == 'z' ? 'y' : (char) (replacement + 1);
    }
    String changed = original.substring(0, at) + replacement + original.substring(at + 1);
    set(seq, column, changed);
    try {
      expectEvent(seq, column + " of event " + seq + " changed at " + at + ": " + original + " -> " + changed);
    } finally {
      set(seq, column, original);
    }
  }

  /** Deletes an event in the middle: verify names the event after the gap. */
  void deleteAnEvent(long seq) throws SQLException {
    execute("CREATE TABLE events_backup AS SELECT * FROM events WHERE seq = " + seq);
    execute("DELETE FROM events WHERE seq = " + seq);
    try {
      StoreReport report = expectEvent(seq + 1, "event " + seq + " deleted");
      assertTrue(report.problem().contains("an event is missing"), report.problem());
    } finally {
      execute("INSERT INTO events SELECT * FROM events_backup");
      execute("DROP TABLE events_backup");
    }
  }

  /** Swaps the contents (every column but seq) of two events: verify names the first. */
  void swap(long first, long second) throws SQLException {
    for (String column : EVENT_COLUMNS) {
      swapColumn(first, second, column);
    }
    try {
      expectEvent(first, "events " + first + " and " + second + " swapped");
    } finally {
      for (String column : EVENT_COLUMNS) {
        swapColumn(first, second, column);
      }
    }
  }

  /** Runs an edit of a query table and its undo: verify must name the table and the row. */
  void editTable(String table, String key, String edit, String undo) throws SQLException {
    execute(edit);
    try {
      StoreReport report = StoreVerifier.verify(database, 1);
      assertFalse(report.ok(), edit + " went unnoticed");
      assertEquals(table, report.table(), edit + ": " + report.message());
      assertEquals(key, report.key(), edit + ": " + report.message());
      assertTrue(report.problem().startsWith("table " + table + ", row '" + key + "'"), report.problem());
    } finally {
      execute(undo);
    }
    assertTrue(StoreVerifier.verify(database, 1).ok(), "undone: " + undo);
  }

  private StoreReport expectEvent(long seq, String what) {
    StoreReport report = StoreVerifier.verify(database, 1);
    assertFalse(report.ok(), what + " went unnoticed");
    assertEquals(seq, report.failedSeq(), what + ": " + report.message());
    assertTrue(report.problem().startsWith("event " + seq + ":"), what + ": " + report.problem());
    return report;
  }

  private void swapColumn(long a, long b, String column) throws SQLException {
    String first = value(a, column);
    set(a, column, value(b, column));
    set(b, column, first);
  }

  private String value(long seq, String column) throws SQLException {
    try (Connection c = database.connect();
        PreparedStatement select = c.prepareStatement("SELECT " + column + " FROM events WHERE seq = ?")) {
      select.setLong(1, seq);
      try (ResultSet r = select.executeQuery()) {
        assertTrue(r.next(), "event " + seq);
        return r.getString(1);
      }
    }
  }

  private void set(long seq, String column, String value) throws SQLException {
    try (Connection c = database.connect();
        PreparedStatement update = c.prepareStatement("UPDATE events SET " + column + " = ? WHERE seq = ?")) {
      update.setString(1, value);
      update.setLong(2, seq);
      assertEquals(1, update.executeUpdate());
    }
  }

  /** Runs statements separated by ";". */
  void execute(String sql) throws SQLException {
    try (Connection c = database.connect(); Statement s = c.createStatement()) {
      for (String statement : sql.split(";")) {
        s.execute(statement);
      }
    }
  }
}
