package org.serge.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.serge.InvalidInputException;
import org.serge.SergeException;
import org.serge.council.Polity;
import org.serge.council.Table;
import org.serge.record.Event;
import org.serge.record.EventJson;

/**
 * Moves a whole log in and out of a store as JSON lines ({@link EventJson}: one event per
 * line, fields seq, time, scope, actor, type, payload, prevHash, hash, signature, signer).
 *
 * <p>An import goes only into an empty store, and checks the whole file first, exactly as
 * {@code verify} checks a store (chain, signatures, signers, replay): a file with any bad
 * event is refused naming it, and nothing is written. A good file is written in one
 * transaction with the query tables its replay makes. Stateless and thread-safe.
 */
public final class RecordTransfer {
  private static final int BATCH = 1000;

  private RecordTransfer() {}

  /**
   * The stored events from {@code fromSeq} on, in order, without opening the record (no key,
   * no event 1 for an empty store). Close the stream: a cursor and connection back it.
   */
  public static Stream<Event> events(Database database, long fromSeq) {
    return EventStream.open(database, fromSeq);
  }

  /** Writes every event of the store to {@code out}, one line each; returns how many. */
  public static long export(Database database, PrintWriter out) {
    long count = 0;
    try (Stream<Event> events = EventStream.open(database, 1)) {
      for (Iterator<Event> it = events.iterator(); it.hasNext(); count++) {
        out.print(EventJson.toLine(it.next()));
        out.print('\n');
      }
    }
    out.flush();
    return count;
  }

  /**
   * Imports a JSON lines file into an empty store.
   *
   * @return the number of events imported
   * @throws InvalidInputException naming the file, line and event when the file is malformed
   *     or any event does not check out; the store is left as it was
   * @throws StoreException when the store is not empty or the database fails
   */
  public static long importFile(Database database, Path file, int parallelism) {
    database.migrate();
    requireEmpty(database);
    LogCheck.Result checked;
    try (Lines lines = new Lines(file)) {
      checked = LogCheck.check(lines, parallelism);
    }
    if (!checked.ok()) {
      throw checked.failedSeq() == 0
          ? new InvalidInputException(checked.problem()) // a line that is not an event: its message names it
          : new InvalidInputException(file.toString(), lineOf(file, checked.position()), null, checked.problem());
    }
    if (checked.events() == 0) {
      throw new InvalidInputException(file.toString(), 0, null, "holds no events");
    }
    write(database, file, checked.polity());
    return checked.events();
  }

  private static void requireEmpty(Database database) {
    try (Connection connection = database.connect()) {
      long seq = Head.read(connection).seq();
      if (seq != 0) {
        throw new StoreException("database " + database + " already holds " + seq
            + " events: import only into an empty store");
      }
    } catch (SQLException e) {
      throw new StoreException(database, "reading the head", e);
    }
  }

  /** Writes the checked file and its tables in one transaction, making sure it is the file that was checked. */
  private static void write(Database database, Path file, Polity polity) {
    try (Connection connection = database.connect(); Lines lines = new Lines(file)) {
      connection.setAutoCommit(false);
      try {
        if (Head.lock(connection).seq() != 0) {
          throw new StoreException("database " + database + " was written to during the import: nothing imported");
        }
        List<Event> batch = new ArrayList<>(BATCH);
        String lastHash = Event.GENESIS_PREV_HASH;
        Event last = null;
        while (lines.hasNext()) {
          Event event = lines.next();
          if (!event.prevHash().equals(lastHash) || !event.computeHash().equals(event.hash())) {
            throw new InvalidInputException(file.toString(), lines.line, null, "changed while being imported");
          }
          lastHash = event.hash();
          last = event;
          batch.add(event);
          if (batch.size() == BATCH) {
            EventRows.insert(connection, batch);
            batch.clear();
          }
        }
        EventRows.insert(connection, batch);
        if (last == null || !last.equals(polity.head())) {
          throw new InvalidInputException(file.toString(), 0, null, "changed while being imported");
        }
        for (Table<?> table : polity.tables()) {
          TableRows.insertAll(connection, table);
        }
        Head.update(connection, last);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException(database, "importing", e);
    }
  }

  /** The line number of the {@code position}-th event of the file (blank lines do not count). */
  private static long lineOf(Path file, long position) {
    try (Lines lines = new Lines(file)) {
      for (long i = 0; i < position && lines.hasNext(); i++) {
        lines.skip();
      }
      return lines.line;
    }
  }

  /** The events of a JSON lines file, read one at a time; a bad line throws, naming it. */
  private static final class Lines implements Iterator<Event>, AutoCloseable {
    private final Path file;
    private final BufferedReader reader;
    private String pending;
    long line;

    Lines(Path file) {
      this.file = file;
      try {
        this.reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new InvalidInputException(file.toString(), 0, null, "cannot be read: " + e.getMessage());
      }
    }

    @Override
    public boolean hasNext() {
      try {
        while (pending == null) {
          String text = reader.readLine();
          if (text == null) {
            return false;
          }
          line++;
          if (!text.isBlank()) {
            pending = text;
          }
        }
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public Event next() {
      String text = take();
      return EventJson.fromLine(file.toString(), line, text);
    }

    void skip() {
      take();
    }

    private String take() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      String text = pending;
      pending = null;
      return text;
    }

    @Override
    public void close() {
      try {
        reader.close();
      } catch (IOException e) {
        throw new SergeException("cannot close " + file + ": " + e.getMessage(), e);
      }
    }
  }
}
