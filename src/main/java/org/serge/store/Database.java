package org.serge.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.serge.InvalidInputException;

/**
 * Where a record is stored: a JDBC URL for embedded H2 ({@code jdbc:h2:…}) or PostgreSQL
 * ({@code jdbc:postgresql://host:port/db?user=…&password=…}), and how to connect to it.
 * {@link #migrate} brings the schema up to date with the Flyway migrations in
 * {@code db/migration}. {@link #toString()} shows the URL without its password. Immutable
 * and thread-safe; every {@link #connect} is a new connection the caller closes.
 */
public final class Database {
  /** The database engines the store supports. */
  public enum Kind { H2, POSTGRESQL }

  /** The H2 file name (without {@code .mv.db}) inside a data directory. */
  public static final String H2_FILE = "record";

  // AUTO_SERVER lets a second process use a file another holds open; WRITE_DELAY=0 writes
  // each commit to the file at once, so a killed process loses nothing it reported committed;
  // writers wait for the head lock up to a minute instead of H2's default second.
  private static final String H2_SETTINGS = ";AUTO_SERVER=TRUE;WRITE_DELAY=0;LOCK_TIMEOUT=60000";

  // Flyway reports every migration run at INFO on standard error: keep the CLI's output clean.
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  static {
    FLYWAY_LOG.setLevel(Level.WARNING);
  }

  private final String url;
  private final Kind kind;

  private Database(String url, Kind kind) {
    this.url = url;
    this.kind = kind;
  }

  /**
   * The database at a JDBC URL.
   *
   * @throws InvalidInputException naming the URL when it is neither H2 nor PostgreSQL
   */
  public static Database of(String url) {
    Objects.requireNonNull(url, "url");
    if (url.startsWith("jdbc:h2:")) {
      return new Database(url, Kind.H2);
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return new Database(url, Kind.POSTGRESQL);
    }
    throw new InvalidInputException(null, 0, "--db",
        "'" + safe(url) + "' is not a jdbc:h2:… or jdbc:postgresql://… URL");
  }

  /** The embedded H2 file database {@code record.mv.db} in a data directory (the default store). */
  public static Database h2(Path directory) {
    return new Database("jdbc:h2:file:" + directory.toAbsolutePath().normalize().resolve(H2_FILE) + H2_SETTINGS, Kind.H2);
  }

  public Kind kind() {
    return kind;
  }

  /** The JDBC URL, password included: for connecting, not for messages. */
  public String url() {
    return url;
  }

  /** A new connection, auto-commit on; the caller closes it. */
  public Connection connect() throws SQLException {
    String user = h2User();
    return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, "");
  }

  /**
   * H2 creates a database owned by whoever opens it first: always the same user, unless the
   * URL names one. PostgreSQL URLs carry their own user (and password) parameters.
   */
  private String h2User() {
    return kind == Kind.H2 && !url.toUpperCase(Locale.ROOT).contains(";USER=") ? "sa" : null;
  }

  /**
   * Creates or updates the schema (events, head, sealed ballots, the query tables). Flyway
   * runs only when some migration on the class path is not yet applied.
   */
  public void migrate() {
    try (Connection connection = connect()) {
      if (Migrations.applied(connection, Migrations.onClassPath())) {
        return;
      }
    } catch (SQLException e) {
      throw new StoreException(this, "connecting", e);
    }
    String user = h2User();
    try {
      Flyway.configure(Database.class.getClassLoader())
          .dataSource(url, user, user == null ? null : "")
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreException("database " + this + ": the schema could not be migrated: " + e.getMessage());
    }
  }

  @Override
  public String toString() {
    return safe(url);
  }

  /** The URL with any password replaced by "***". */
  private static String safe(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }
}
