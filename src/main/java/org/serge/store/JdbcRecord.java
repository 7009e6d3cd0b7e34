package org.serge.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.stream.Stream;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Appender;
import org.serge.council.BallotBox;
import org.serge.council.OpenRecord;
import org.serge.council.Polity;
import org.serge.council.PublicRecord;
import org.serge.council.RegisteredKey;
import org.serge.council.Replayer;
import org.serge.council.SealedBallot;
import org.serge.council.Table;
import org.serge.record.Event;
import org.serge.record.SigningKey;

/**
 * The public record in an H2 or PostgreSQL database. Same semantics as
 * {@link org.serge.council.MemoryRecord}: the same {@link Appender}, the same refusals; and
 * durable: each submission is one transaction holding its events, the query rows they change,
 * and the sealed ballots they add or publish. A refused action writes nothing.
 *
 * <p>Writers in other processes (or other {@code JdbcRecord}s on the same database) take
 * turns through a lock on the head row; before deciding, a writer catches its polity up with
 * the events appended since it last read, so every decision sees the whole log. The events'
 * primary key (seq) makes a fork impossible even if the lock were bypassed. Reads catch up the
 * same way, so they see what any process committed.
 *
 * <p>Thread-safe. Holds one connection for writing; {@link #events} opens one per stream.
 */
public final class JdbcRecord implements PublicRecord {
  private final Database database;
  private final Clock clock;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private SigningKey instanceKey; // null when the key file does not hold the record's instance key
  private String keyProblem;
  private String keySource; // for messages: the key file
  private Connection writer;
  private Polity polity; // null after a failed rebuild: loaded again on next use
  private long caughtUp; // the seq up to which the polity matches the database

  private JdbcRecord(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /**
   * Opens the record in a database: migrates the schema, replays the log into the polity and
   * loads the sealed ballots. A database without events is opened as a new record named
   * {@code name} (event 1, {@code record.opened}), with the key in {@code keyFile}, made if
   * there is none. A record whose instance key is not the one in {@code keyFile} opens for
   * reading, and for members signing with their own keys; the instance cannot act.
   */
  public static JdbcRecord open(Database database, KeyFile keyFile, String name, Clock clock) {
    database.migrate();
    JdbcRecord record = new JdbcRecord(database, clock);
    try {
      record.lock.writeLock().lock();
      try {
        record.polity = record.load();
      } finally {
        record.lock.writeLock().unlock();
      }
      record.keySource = "the key file " + keyFile.path();
      record.useKey(record.read(Polity::seq) == 0 ? keyFile.loadOrCreate() : keyFile.loadIfPresent());
      if (record.size() == 0) {
        record.openIfEmpty(name);
      }
      return record;
    } catch (RuntimeException e) {
      record.close();
      throw e;
    }
  }

  /** The database this record is stored in. */
  public Database database() {
    return database;
  }

  @Override
  public List<Event> submit(Actor actor, Action action) {
    return submit(actor, action, null);
  }

  @Override
  public List<Event> submit(Actor actor, Action action, SigningKey actorKey) {
    if (actorKey == null && instanceKey == null) {
      throw new StoreException(keyProblem);
    }
    return append(polity -> Appender.append(polity, actor, action, clock.instant(), instanceKey, actorKey));
  }

  /** Runs {@code appending} on the caught-up polity under the head lock and persists what it did, in one transaction. */
  private List<Event> append(Function<Polity, List<Event>> appending) {
    lock.writeLock().lock();
    boolean persisting = false;
    try {
      Connection connection = writer();
      try {
        catchUp(connection, Head.lock(connection));
        List<Event> appended = appending.apply(polity);
        persisting = true;
        persist(connection, appended);
        connection.commit();
        caughtUp = polity.seq();
        return appended;
      } catch (SQLException e) {
        throw failed("appending events", e);
      }
    } catch (RuntimeException e) {
      rollback();
      if (persisting || polity == null || polity.seq() != caughtUp || polity.hasUntakenChanges()) {
        rebuild();
      }
      throw e;
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void persist(Connection connection, List<Event> appended) throws SQLException {
    EventRows.insert(connection, appended);
    for (Table<?> table : polity.tables()) {
      TableRows.upsert(connection, table, table.takeChanged());
    }
    Ballots.insert(connection, polity.ballotBox.takeAdded());
    Ballots.deleteElections(connection, polity.ballotBox.takeEmptied());
    if (!appended.isEmpty()) {
      Head.update(connection, appended.getLast());
    }
  }

  /** Opens a new record (event 1) unless another process did meanwhile. */
  private void openIfEmpty(String name) {
    append(polity -> polity.seq() == 0
        ? Appender.append(polity, Actor.instance(), new OpenRecord(name, instanceKey.verifyingKey()), clock.instant(),
            instanceKey, null)
        : List.of());
    useKey(instanceKey); // another process may have opened it first, with another key
  }

  @Override
  public <R> R read(Function<Polity, R> query) {
    lock.writeLock().lock();
    try {
      Connection connection = writer();
      try {
        if (polity == null || Head.read(connection).seq() != polity.seq()) {
          catchUp(connection, Head.lock(connection));
        }
        connection.commit();
      } catch (SQLException e) {
        throw failed("reading the head", e);
      }
      lock.readLock().lock(); // downgrade: other readers may run the query alongside
    } catch (RuntimeException e) {
      rollback();
      throw e;
    } finally {
      lock.writeLock().unlock();
    }
    try {
      return query.apply(polity);
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public Stream<Event> events(long fromSeq) {
    return EventStream.open(database, fromSeq);
  }

  @Override
  public long size() {
    return read(Polity::seq);
  }

  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      closeWriter();
    } finally {
      lock.writeLock().unlock();
    }
  }

  // ---- keeping the polity equal to the database

  /** Applies the events other writers appended since this polity's head, and their ballots. */
  private void catchUp(Connection connection, Head head) throws SQLException {
    if (polity == null) {
      polity = load(connection);
    }
    if (head.seq() < polity.seq()) {
      throw new StoreException("database " + database + ": its log ends at event " + head.seq()
          + ", before this process's event " + polity.seq() + ": it was changed behind the record's back");
    }
    if (head.seq() == polity.seq()) {
      return;
    }
    try (ResultSet rows = EventRows.select(connection, polity.seq() + 1)) {
      while (rows.next()) {
        Event event = EventRows.read(rows);
        if (!event.prevHash().equals(polity.head().hash())) {
          throw new StoreException("database " + database + ": event " + event.seq()
              + " does not follow event " + polity.seq() + " (run serge record verify)");
        }
        polity.apply(event);
      }
    }
    polity.tables().forEach(Table::takeChanged); // already stored by the writer that appended them
    loadBallots(connection, polity);
    caughtUp = polity.seq();
  }

  /** Replaces the ballot box's contents with the stored sealed ballots. */
  private static void loadBallots(Connection connection, Polity polity) throws SQLException {
    BallotBox box = polity.ballotBox;
    box.all().stream().map(SealedBallot::election).distinct().toList().forEach(box::empty);
    Ballots.all(connection).forEach(box::load);
    box.takeAdded();
    box.takeEmptied();
  }

  private Polity load() {
    Connection connection = writer();
    try {
      Polity loaded = load(connection);
      connection.commit();
      return loaded;
    } catch (SQLException e) {
      rollback();
      throw failed("loading the record", e);
    }
  }

  private Polity load(Connection connection) throws SQLException {
    Polity loaded;
    try (ResultSet rows = EventRows.select(connection, 1)) {
      loaded = Replayer.replay(EventStream.of(new EventStream.Rows(rows)));
    }
    loaded.tables().forEach(Table::takeChanged);
    loadBallots(connection, loaded);
    caughtUp = loaded.seq();
    return loaded;
  }

  /** After a failed submission: the polity as the database holds it (or none, until next use). */
  private void rebuild() {
    polity = null;
    try {
      polity = load();
    } catch (RuntimeException e) {
      // The database is unreachable: the next call loads it again (or fails the same way).
    }
  }

  /** Keeps the key for signing as the instance if it is the record's instance key. */
  private void useKey(SigningKey key) {
    String recordKey = read(p -> p.keys.rows().stream().filter(k -> k.member() == null).map(RegisteredKey::id)
        .findFirst().orElse(null));
    if (key == null) {
      instanceKey = null;
      keyProblem = keySource + " is missing: this process can read the record but not act as the instance";
    } else if (recordKey != null && !recordKey.equals(key.id())) {
      instanceKey = null;
      keyProblem = keySource + " holds key " + key.id() + ", but the record was opened with key " + recordKey
          + ": this process can read the record but not act as the instance";
    } else {
      instanceKey = key;
      keyProblem = null;
    }
  }

  // ---- the writing connection

  private Connection writer() {
    if (writer == null) {
      try {
        writer = database.connect();
        writer.setAutoCommit(false);
        writer.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      } catch (SQLException e) {
        writer = null;
        throw new StoreException(database, "connecting", e);
      }
    }
    return writer;
  }

  private StoreException failed(String doing, SQLException e) {
    return new StoreException(database, doing, e);
  }

  private void rollback() {
    if (writer != null) {
      try {
        writer.rollback();
      } catch (SQLException e) {
        closeWriter(); // a connection that cannot roll back is broken: the next use reconnects
      }
    }
  }

  private void closeWriter() {
    if (writer != null) {
      try {
        writer.close();
      } catch (SQLException e) {
        // Closing after a failure: nothing more to do.
      }
      writer = null;
    }
  }
}
