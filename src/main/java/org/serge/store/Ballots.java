package org.serge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.serge.council.SealedBallot;

/**
 * The {@code sealed_ballots} table: sealed secret ballots of open elections, apart from the
 * log. Rows carry nothing that orders them by insertion (a random id, no time, no seq), and
 * are read back in id order, which says nothing about who cast them or when.
 */
final class Ballots {
  private Ballots() {}

  static void insert(Connection connection, List<SealedBallot> ballots) throws SQLException {
    if (ballots.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO sealed_ballots (id, election, ballot, receipt) VALUES (?, ?, ?, ?)")) {
      for (SealedBallot b : ballots) {
        insert.setString(1, b.id());
        insert.setString(2, b.election());
        insert.setString(3, b.ballot());
        insert.setString(4, b.receipt());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Deletes the ballots of elections whose ballots were published. */
  static void deleteElections(Connection connection, List<String> elections) throws SQLException {
    if (elections.isEmpty()) {
      return;
    }
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sealed_ballots WHERE election = ?")) {
      for (String election : elections) {
        delete.setString(1, election);
        delete.addBatch();
      }
      delete.executeBatch();
    }
  }

  /** Every sealed ballot, in id order. */
  static List<SealedBallot> all(Connection connection) throws SQLException {
    List<SealedBallot> ballots = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(
            "SELECT id, election, ballot, receipt FROM sealed_ballots ORDER BY id");
        ResultSet result = select.executeQuery()) {
      while (result.next()) {
        ballots.add(new SealedBallot(result.getString(1), result.getString(2), result.getString(3), result.getString(4)));
      }
    }
    return ballots;
  }
}
