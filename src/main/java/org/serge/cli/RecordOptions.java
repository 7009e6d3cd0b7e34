package org.serge.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.serge.store.Database;
import org.serge.store.JdbcRecord;
import org.serge.store.KeyFile;
import picocli.CommandLine.Option;

/**
 * Where a command finds the public record: {@code --db URL} (default: embedded H2 in the data
 * directory) and {@code --key FILE} (default: {@code instance.key} in the data directory). The
 * data directory is {@code $SERGE_HOME}, or {@code ./.serge} in the working directory. Mixed
 * into every command that reads or changes the record ({@code @Mixin RecordOptions record;}):
 * the one way a command opens it.
 */
public final class RecordOptions {
  /** The record's name when a command creates it (event 1). */
  public static final String DEFAULT_NAME = "Serge";

  @Option(names = "--db", paramLabel = "URL",
      description = "The record's database: jdbc:postgresql://HOST:PORT/DB?user=U&password=P, or jdbc:h2:… "
          + "(default: embedded H2 in the data directory, $SERGE_HOME or ./.serge).")
  String db;

  @Option(names = "--key", paramLabel = "FILE",
      description = "The instance's signing key (default: instance.key in the data directory; made when the record is "
          + "first opened, readable by its owner only).")
  Path key;

  /** {@code $SERGE_HOME}, or {@code .serge} in the working directory. */
  public Path dataDirectory() {
    String home = System.getenv("SERGE_HOME");
    return home != null && !home.isBlank() ? Path.of(home) : Path.of(".serge");
  }

  /** The database, without opening the record (for show, verify, export, import). */
  public Database database() {
    return db == null ? Database.h2(dataDirectory()) : Database.of(db);
  }

  public KeyFile keyFile() {
    return new KeyFile(key != null ? key : dataDirectory().resolve(KeyFile.DEFAULT_NAME));
  }

  /** Opens the record on the system clock, creating it (key and event 1) when the database is empty. */
  public JdbcRecord open() {
    return open(DEFAULT_NAME, Clock.systemUTC());
  }

  /** Opens the record, creating it as {@code name} when the database is empty. */
  public JdbcRecord open(String name, Clock clock) {
    return JdbcRecord.open(database(), keyFile(), name, clock);
  }
}
