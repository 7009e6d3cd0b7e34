package org.serge.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.serge.council.Polity;
import org.serge.council.RegisteredKey;
import org.serge.council.Replayer;
import org.serge.council.Row;
import org.serge.council.Table;
import org.serge.record.Event;
import org.serge.record.VerificationReport;
import org.serge.record.Verifier;
import org.serge.record.VerifyingKey;

/** The public record: its events, page by page, and verifying it from the start. */
final class RecordApi {
  private RecordApi() {}

  static final int PAGE = 100;

  /** Events from {@code from} (default 1), at most {@code limit}; {@code next} is the seq to ask for next, or null. */
  static JsonNode events(Call call) {
    long from = call.query("from", 1, 1, Long.MAX_VALUE);
    long limit = call.query("limit", PAGE, 1, 1000);
    long size = call.app().record().size();
    String key = "events/" + from + "/" + limit;
    JsonNode events = call.app().cache().kept(key);
    if (events == null) {
      List<Event> page;
      try (Stream<Event> stream = call.app().record().events(from)) {
        page = stream.limit(limit).toList();
      }
      events = Json.events(page).get("events");
      if (page.size() == limit) {
        call.app().cache().keep(key, events); // a full page of the log never changes
      }
    }
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.set("events", events);
    long last = events.isEmpty() ? from - 1 : events.get(events.size() - 1).get("seq").asLong();
    if (last < size) {
      node.put("next", last + 1);
    } else {
      node.putNull("next");
    }
    node.put("size", size);
    return node;
  }

  /**
   * Verifies the whole record as anyone could from an export: the chain and signatures
   * ({@link Verifier}), then the query tables rebuilt from the events ({@link Replayer})
   * compared with the live ones, all at one consistent head.
   */
  static JsonNode verify(Call call) {
    return call.read(live -> {
      long head = live.seq();
      Map<String, VerifyingKey> keys = new HashMap<>();
      for (RegisteredKey k : live.keys.rows()) {
        keys.put(k.id(), VerifyingKey.fromText(k.publicKey()));
      }
      VerificationReport report;
      try (Stream<Event> events = call.app().record().events(1)) {
        report = new Verifier(keys::get, 2).verify(events.limit(head).iterator());
      }
      ObjectNode node = Json.MAPPER.createObjectNode();
      node.put("ok", report.ok()).put("events_checked", report.eventsChecked()).put("message", report.message());
      ArrayNode differing = node.putArray("differing_tables");
      if (report.ok()) {
        Polity replayed;
        try (Stream<Event> events = call.app().record().events(1)) {
          replayed = Replayer.replay(events.limit(head));
        }
        differingTables(live, replayed).forEach(differing::add);
      }
      node.put("tables_match", report.ok() && differing.isEmpty());
      return node;
    });
  }

  private static List<String> differingTables(Polity live, Polity replayed) {
    List<String> differing = new ArrayList<>();
    for (int t = 0; t < live.tables().size(); t++) {
      if (!rows(live.tables().get(t)).equals(rows(replayed.tables().get(t)))) {
        differing.add(live.tables().get(t).name());
      }
    }
    return differing;
  }

  private static List<Map<String, Object>> rows(Table<?> table) {
    return table.rows().stream().map(Row::columns).toList();
  }
}
