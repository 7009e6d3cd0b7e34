package org.serge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.serge.record.Event;

/**
 * The {@code record_head} table's one row: the seq and hash of the last event. Locking it
 * ({@code SELECT … FOR UPDATE}, which H2 and PostgreSQL both hold until the transaction ends)
 * is how writers in different processes take turns; updating it in the same transaction as
 * the events keeps it equal to the log's last event.
 */
record Head(long seq, String hash) {
  /** Locks the head until the transaction ends and returns it. */
  static Head lock(Connection connection) throws SQLException {
    return read(connection, " FOR UPDATE");
  }

  /** The head as committed, without locking it. */
  static Head read(Connection connection) throws SQLException {
    return read(connection, "");
  }

  private static Head read(Connection connection, String locking) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT seq, hash FROM record_head WHERE id = 1" + locking);
        ResultSet result = select.executeQuery()) {
      if (!result.next()) {
        throw new SQLException("the record_head table has no row 1");
      }
      return new Head(result.getLong(1), result.getString(2));
    }
  }

  /** Moves the head to {@code last}. */
  static void update(Connection connection, Event last) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("UPDATE record_head SET seq = ?, hash = ? WHERE id = 1")) {
      update.setLong(1, last.seq());
      update.setString(2, last.hash());
      update.executeUpdate();
    }
  }
}
