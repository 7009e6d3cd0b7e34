package org.serge.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.serge.InvalidInputException;

/**
 * Events as JSON lines: one event is one canonical JSON object on one line, with the
 * fields {@code seq, time, scope, actor, type, payload, prevHash, hash, signature, signer}
 * (written in sorted key order). Text only: reading and writing files is the caller's job.
 *
 * <p>Reading checks the shape of a line (JSON, fields present, types right, nothing
 * extra), not the chain: that is {@link Verifier}'s job. Stateless and thread-safe.
 */
public final class EventJson {
  private static final Set<String> FIELDS =
      Set.of(
          "seq", "time", "scope", "actor", "type", "payload", "prevHash", "hash", "signature",
          "signer");
  // Decimals must stay exact: read them as BigDecimal so CanonicalJson can refuse them
  // by name rather than see a rounded double.
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private EventJson() {}

  /** The event as one line of canonical JSON, without a line break. */
  public static String toLine(Event event) {
    return CanonicalJson.write(event.toJson());
  }

  /**
   * Reads one line.
   *
   * @param source the file name for messages; may be null
   * @param lineNumber the 1-based line number for messages
   * @throws InvalidInputException naming the source, line and field when the line is not a
   *     well-formed event
   */
  public static Event fromLine(String source, long lineNumber, String line) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(
          source, lineNumber, null, "not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new InvalidInputException(source, lineNumber, null, "not a JSON object");
    }
    for (var names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new InvalidInputException(source, lineNumber, name, "is not a field of an event");
      }
    }
    Reader reader = new Reader(source, lineNumber, node);
    long seq = reader.seq();
    Instant time = reader.time();
    JsonNode payload = reader.field("payload");
    if (!payload.isObject()) {
      throw reader.error("payload", "must be a JSON object");
    }
    String problem = CanonicalJson.problem(payload);
    if (problem != null) {
      throw reader.error("payload", problem);
    }
    return new Event(
        seq, time, reader.text("scope"), reader.text("actor"), reader.text("type"),
        (ObjectNode) payload, reader.text("prevHash"), reader.text("hash"),
        reader.text("signature"), reader.text("signer"));
  }

  /** Field access with errors that name the place. */
  private record Reader(String source, long line, JsonNode node) {
    JsonNode field(String name) {
      JsonNode value = node.get(name);
      if (value == null) {
        throw error(name, "is missing");
      }
      return value;
    }

    String text(String name) {
      JsonNode value = field(name);
      if (!value.isTextual()) {
        throw error(name, "must be a string, not " + value);
      }
      return value.textValue();
    }

    long seq() {
      JsonNode value = field("seq");
      if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 1) {
        throw error("seq", "must be a positive integer, not " + value);
      }
      return value.longValue();
    }

    Instant time() {
      String text = text("time");
      try {
        return Event.parseTime(text);
      } catch (DateTimeParseException e) {
        throw error("time", "\"" + text + "\" is not a UTC time like 2026-01-31T12:00:00.000Z");
      }
    }

    InvalidInputException error(String field, String reason) {
      return new InvalidInputException(source, line, field, reason);
    }
  }
}
