package org.serge.council;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.serge.InvalidInputException;

/**
 * Typed reading of an event's payload. A missing or mistyped field is an
 * {@link InvalidInputException} naming the event and the field, so that {@code verify} and
 * {@code import} can say which event does not make sense and why.
 */
public final class Payload {
  private final ObjectNode node;
  private final String where;

  /**
   * @param node the payload
   * @param where the event it belongs to, for messages: {@code event 12 (council.created)}
   */
  public Payload(ObjectNode node, String where) {
    this.node = node;
    this.where = where;
  }

  /** A new, empty payload object to fill. */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** A new, empty JSON array to fill. */
  public static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /** An array of the given strings. */
  public static ArrayNode texts(List<String> values) {
    ArrayNode array = array();
    values.forEach(array::add);
    return array;
  }

  public ObjectNode node() {
    return node;
  }

  /** The event this payload belongs to, as messages name it. */
  public String where() {
    return where;
  }

  /** A required string field. */
  public String text(String field) {
    JsonNode value = required(field);
    if (!value.isTextual()) {
      throw bad(field, "is not a string");
    }
    return value.textValue();
  }

  /** A string field that may be absent or null (then null). */
  public String optionalText(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    return text(field);
  }

  /** A required integer field. */
  public long integer(String field) {
    JsonNode value = required(field);
    if (!value.isIntegralNumber()) {
      throw bad(field, "is not an integer");
    }
    return value.longValue();
  }

  /** A required boolean field. */
  public boolean bool(String field) {
    JsonNode value = required(field);
    if (!value.isBoolean()) {
      throw bad(field, "is not true or false");
    }
    return value.booleanValue();
  }

  /** A required array of strings. */
  public List<String> texts(String field) {
    JsonNode value = required(field);
    if (!value.isArray()) {
      throw bad(field, "is not an array");
    }
    List<String> result = new ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      if (!value.get(i).isTextual()) {
        throw bad(field + "[" + i + "]", "is not a string");
      }
      result.add(value.get(i).textValue());
    }
    return result;
  }

  /** A required object field. */
  public Payload object(String field) {
    JsonNode value = required(field);
    if (!value.isObject()) {
      throw bad(field, "is not an object");
    }
    return new Payload((ObjectNode) value, where);
  }

  /** A required array field. */
  public ArrayNode array(String field) {
    JsonNode value = required(field);
    if (!value.isArray()) {
      throw bad(field, "is not an array");
    }
    return (ArrayNode) value;
  }

  /** An error about this payload's field, for checks beyond its type. */
  public InvalidInputException bad(String field, String reason) {
    return new InvalidInputException(where, 0, "payload." + field, reason);
  }

  private JsonNode required(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw bad(field, "is missing");
    }
    return value;
  }
}
