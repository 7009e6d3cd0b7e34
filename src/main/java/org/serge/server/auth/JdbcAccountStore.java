package org.serge.server.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Accounts and invitations in the tables of {@code V7__accounts.sql} (H2 or PostgreSQL), by
 * plain JDBC over the record's {@link DataSource}. Each call is its own short transaction;
 * uniqueness is the database's (primary and unique keys), so two servers cannot give one
 * login twice. Thread-safe as the data source is.
 */
public final class JdbcAccountStore implements AccountStore {
  private static final String ACCOUNT = "SELECT login, email, member, password_hash, created FROM accounts WHERE ";
  private final Connections connections;

  /** Opens a new connection; the caller closes it (a DataSource's getConnection, or the store's connect). */
  @FunctionalInterface
  public interface Connections {
    java.sql.Connection open() throws java.sql.SQLException;
  }

  public JdbcAccountStore(DataSource dataSource) {
    this(dataSource::getConnection);
  }

  /** On the record's own database: {@code new JdbcAccountStore(database::connect)}. */
  public JdbcAccountStore(Connections connections) {
    this.connections = connections;
  }

  @Override
  public Optional<Account> account(String login) {
    return query(ACCOUNT + "login = ?", login, JdbcAccountStore::account);
  }

  @Override
  public Optional<Account> accountOf(String member) {
    return query(ACCOUNT + "member = ?", member, JdbcAccountStore::account);
  }

  @Override
  public boolean add(Account a) {
    if (account(a.login()).isPresent() || accountOf(a.member()).isPresent()) {
      return false;
    }
    try (Connection c = connections.open(); PreparedStatement s = c.prepareStatement(
        "INSERT INTO accounts (login, email, member, password_hash, created) VALUES (?, ?, ?, ?, ?)")) {
      s.setString(1, a.login());
      s.setString(2, a.email());
      s.setString(3, a.member());
      s.setString(4, a.passwordHash());
      s.setString(5, a.created());
      s.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) { // integrity: a concurrent twin won
        return false;
      }
      throw failure(e);
    }
  }

  @Override
  public void add(Invitation i) {
    try (Connection c = connections.open(); PreparedStatement s = c.prepareStatement(
        "INSERT INTO invitations (token_hash, council, invited_by, created, expires, used_by) VALUES (?, ?, ?, ?, ?, ?)")) {
      s.setString(1, i.tokenHash());
      s.setString(2, i.council());
      s.setString(3, i.invitedBy());
      s.setString(4, i.created());
      s.setString(5, i.expires());
      s.setString(6, i.usedBy());
      s.executeUpdate();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public Optional<Invitation> invitation(String tokenHash) {
    return query("SELECT token_hash, council, invited_by, created, expires, used_by FROM invitations WHERE token_hash = ?",
        tokenHash, r -> new Invitation(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
            r.getString(6)));
  }

  @Override
  public boolean use(String tokenHash, String member) {
    try (Connection c = connections.open(); PreparedStatement s = c.prepareStatement(
        "UPDATE invitations SET used_by = ? WHERE token_hash = ? AND used_by IS NULL")) {
      s.setString(1, member);
      s.setString(2, tokenHash);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  private static Account account(ResultSet r) throws SQLException {
    return new Account(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5));
  }

  private <T> Optional<T> query(String sql, String key, RowReader<T> reader) {
    try (Connection c = connections.open(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(reader.read(r)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private static IllegalStateException failure(SQLException e) {
    return new IllegalStateException("accounts store: " + e.getMessage(), e);
  }
}
