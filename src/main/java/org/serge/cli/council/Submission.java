package org.serge.cli.council;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.serge.cli.RecordOptions;
import org.serge.council.Action;
import org.serge.council.Polity;
import org.serge.council.PublicRecord;
import org.serge.record.Event;
import org.serge.record.EventJson;
import org.serge.record.SigningKey;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The two things a governing command does: submit one action to the record and print the
 * events it recorded, or read the current state and print it. Text for people, {@code --json}
 * for scripts ({@code {"events":[…]}} with every field of each event).
 */
final class Submission {
  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Submission() {}

  /** Submits {@code action} as the actor and prints the events; exit code 0. */
  static int submit(CommandSpec spec, RecordOptions records, ActorOptions who, boolean json, Action action) {
    return submit(spec, records, who, json, action, null);
  }

  /**
   * As above, with {@code extra} fields for the one who acted (a receipt secret): merged into
   * the JSON object, printed as lines after the events.
   */
  static int submit(CommandSpec spec, RecordOptions records, ActorOptions who, boolean json, Action action,
      ObjectNode extra) {
    try (PublicRecord record = records.open()) {
      SigningKey key = who.signingKey();
      List<Event> events = key == null ? record.submit(who.actor(), action) : record.submit(who.actor(), action, key);
      print(spec.commandLine().getOut(), events, json, extra);
      return 0;
    }
  }

  /** Runs a query on the current state. */
  static <R> R read(RecordOptions records, Function<Polity, R> query) {
    try (PublicRecord record = records.open()) {
      return record.read(query);
    }
  }

  /** Runs a query that renders text (a view) on the current state. */
  static String text(RecordOptions records, Function<Polity, String> view) {
    return read(records, view);
  }

  static void print(PrintWriter out, List<Event> events, boolean json, ObjectNode extra) {
    if (json) {
      ObjectNode root = MAPPER.createObjectNode();
      ArrayNode array = root.putArray("events");
      events.forEach(e -> array.add(tree(e)));
      if (extra != null) {
        root.setAll(extra);
      }
      out.println(write(root));
    } else {
      out.println("recorded " + events.size() + (events.size() == 1 ? " event:" : " events:"));
      for (Event e : events) {
        out.println("  #" + e.seq() + " " + e.type() + " by " + e.actor() + " in " + e.scope() + " " + summary(e.payload()));
      }
      if (extra != null) {
        extra.properties().forEach(f -> out.println(f.getKey() + ": " + f.getValue().asText()));
      }
    }
    out.flush();
  }

  /** An event as the JSON object of its export line. */
  static JsonNode tree(Event event) {
    try {
      return MAPPER.readTree(EventJson.toLine(event));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** key=value of a payload's short fields; long texts are cut so a line stays a line. */
  private static String summary(JsonNode payload) {
    StringBuilder text = new StringBuilder();
    payload.properties().forEach(field -> {
      JsonNode value = field.getValue();
      if (value.isContainerNode()) {
        return;
      }
      String shown = value.isNull() ? "-" : value.asText().replace('\n', ' ');
      if (shown.length() > 40) {
        shown = shown.substring(0, 39) + "…";
      }
      text.append(text.isEmpty() ? "" : " ").append(field.getKey()).append('=').append(shown);
    });
    return text.toString();
  }
}
