package org.serge.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.serge.record.Event;

/** Events read from a database as a stream over a cursor, on a connection of its own. */
final class EventStream {
  private EventStream() {}

  /** A stream over an iterator, in order. */
  static Stream<Event> of(Iterator<Event> events) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(events, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * The events from {@code fromSeq} on. The connection closes when the stream is closed or
   * read to its end; a row that cannot be an event throws an InvalidInputException naming it.
   */
  static Stream<Event> open(Database database, long fromSeq) {
    Connection connection = null;
    try {
      connection = database.connect();
      connection.setAutoCommit(false); // PostgreSQL streams a cursor only inside a transaction
      connection.setReadOnly(true);
      ResultSet rows = EventRows.select(connection, fromSeq);
      Closing closing = new Closing(connection, rows);
      Rows events = new Rows(rows);
      Iterator<Event> closingAtEnd = new Iterator<>() {
        public boolean hasNext() {
          boolean more = events.hasNext();
          if (!more) {
            closing.run();
          }
          return more;
        }

        public Event next() {
          return events.next();
        }
      };
      return of(closingAtEnd).onClose(closing);
    } catch (SQLException e) {
      new Closing(connection, null).run();
      throw new StoreException(database, "reading events", e);
    }
  }

  /** Closes a cursor and its connection, once. */
  private static final class Closing implements Runnable {
    private Connection connection;
    private final ResultSet rows;

    Closing(Connection connection, ResultSet rows) {
      this.connection = connection;
      this.rows = rows;
    }

    @Override
    public void run() {
      if (connection == null) {
        return;
      }
      try (Connection c = connection) {
        if (rows != null) {
          rows.close();
        }
        c.rollback();
      } catch (SQLException e) {
        // Closing a read-only cursor: nothing was written, nothing to undo.
      }
      connection = null;
    }
  }

  /** The rows of an events query as events; a row that cannot be an event throws, naming it. */
  static final class Rows implements Iterator<Event> {
    private final ResultSet rows;
    private Boolean next;

    Rows(ResultSet rows) {
      this.rows = rows;
    }

    @Override
    public boolean hasNext() {
      if (next == null) {
        try {
          next = rows.next();
        } catch (SQLException e) {
          throw new StoreException("cannot read the events: " + e.getMessage());
        }
      }
      return next;
    }

    @Override
    public Event next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      next = null;
      try {
        return EventRows.read(rows);
      } catch (SQLException e) {
        throw new StoreException("cannot read the events: " + e.getMessage());
      }
    }
  }
}
