package org.serge.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import org.serge.council.Row;
import org.serge.council.deliberation.Content;
import org.serge.council.deliberation.PublishedDecision;
import org.serge.council.deliberation.Shown;
import org.serge.record.Event;
import org.serge.record.EventJson;

/**
 * The JSON the API answers with. A row is its table's columns by name (the SQL table's names:
 * one name for one idea); content comes with its hiding ({@code "hidden": {hiding, reason, by}})
 * and a decision with its minority reports, as the core hands them out. Events are the lines
 * of the record's export.
 */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  public static ObjectNode row(Row row) {
    ObjectNode node = MAPPER.createObjectNode();
    row.columns().forEach((column, value) -> {
      switch (value) {
        case null -> node.putNull(column);
        case Long n -> node.put(column, n);
        case Boolean b -> node.put(column, b);
        default -> node.put(column, value.toString());
      }
    });
    return node;
  }

  public static ArrayNode rows(Collection<? extends Row> rows) {
    ArrayNode array = MAPPER.createArrayNode();
    rows.forEach(r -> array.add(row(r)));
    return array;
  }

  /** Content with its hiding when hidden: the words are never withheld, the reason comes with them. */
  public static ObjectNode shown(Shown<? extends Content> shown) {
    ObjectNode node = row(shown.content());
    if (shown.isHidden()) {
      node.putObject("hidden").put("hiding", shown.hiding().id()).put("reason", shown.reason())
          .put("by", shown.hiddenBy());
    }
    return node;
  }

  public static ArrayNode shown(List<? extends Shown<? extends Content>> shown) {
    ArrayNode array = MAPPER.createArrayNode();
    shown.forEach(s -> array.add(shown(s)));
    return array;
  }

  /** A decision with every minority report on it. */
  public static ObjectNode decision(PublishedDecision published) {
    ObjectNode node = row(published.decision());
    node.set("minority_reports", shown(published.reports()));
    return node;
  }

  public static ObjectNode event(Event event) {
    try {
      return (ObjectNode) MAPPER.readTree(EventJson.toLine(event));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code {"events": […]}}: what an action recorded. */
  public static ObjectNode events(List<Event> events) {
    ObjectNode node = MAPPER.createObjectNode();
    ArrayNode array = node.putArray("events");
    events.forEach(e -> array.add(event(e)));
    return node;
  }

  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads JSON text written with single quotes for readability ({@code "{'a':1}"}); for examples. */
  public static JsonNode quoted(String text) {
    try {
      return MAPPER.readTree(text.replace('\'', '"'));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("bad example " + text + ": " + e.getMessage(), e);
    }
  }
}
