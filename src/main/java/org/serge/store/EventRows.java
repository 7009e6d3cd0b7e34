package org.serge.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.serge.InvalidInputException;
import org.serge.record.CanonicalJson;
import org.serge.record.Event;

/**
 * The {@code events} table: one row per event, the payload as the canonical JSON text that
 * was hashed, the time as record time text. Reading a row checks only that it can be an
 * event at all (an {@link InvalidInputException} naming the event and column otherwise);
 * hashes, links and signatures are the verifier's.
 */
final class EventRows {
  static final String COLUMNS = "seq, time, scope, actor, type, payload, prev_hash, hash, signature, signer";

  // Exact decimals, so that a payload that is not canonical is refused by name, not rounded.
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private EventRows() {}

  /** Inserts events (in one batch); the primary key on seq refuses a second event at a seq. */
  static void insert(Connection connection, List<Event> events) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO events (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Event e : events) {
        insert.setLong(1, e.seq());
        insert.setString(2, e.timeText());
        insert.setString(3, e.scope());
        insert.setString(4, e.actor());
        insert.setString(5, e.type());
        insert.setString(6, CanonicalJson.write(e.payload()));
        insert.setString(7, e.prevHash());
        insert.setString(8, e.hash());
        insert.setString(9, e.signature());
        insert.setString(10, e.signer());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The events from {@code fromSeq} on, in seq order; the caller reads and closes the result. */
  static ResultSet select(Connection connection, long fromSeq) throws SQLException {
    PreparedStatement select = connection.prepareStatement(
        "SELECT " + COLUMNS + " FROM events WHERE seq >= ? ORDER BY seq");
    select.setFetchSize(1000);
    select.setLong(1, fromSeq);
    select.closeOnCompletion();
    return select.executeQuery();
  }

  /**
   * The event in the current row.
   *
   * @throws InvalidInputException naming the event and column when the row cannot be an event
   */
  static Event read(ResultSet row) throws SQLException {
    long seq = row.getLong(1);
    String where = "event " + seq;
    String timeText = row.getString(2);
    Instant time;
    try {
      time = Event.parseTime(timeText);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(where, 0, "time", "'" + timeText + "' is not a record time");
    }
    ObjectNode payload = payload(where, row.getString(6));
    try {
      return new Event(seq, time, row.getString(3), row.getString(4), row.getString(5), payload,
          row.getString(7), row.getString(8), row.getString(9), row.getString(10));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(where, 0, null, e.getMessage());
    }
  }

  /** The payload object of a stored text, which must be exactly its canonical form. */
  private static ObjectNode payload(String where, String text) {
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(where, 0, "payload", "is not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new InvalidInputException(where, 0, "payload", "is not a JSON object");
    }
    String problem = CanonicalJson.problem(node);
    if (problem != null) {
      throw new InvalidInputException(where, 0, "payload", problem);
    }
    if (!CanonicalJson.write(node).equals(text)) {
      throw new InvalidInputException(where, 0, "payload", "is not stored in its canonical form");
    }
    return (ObjectNode) node;
  }
}
