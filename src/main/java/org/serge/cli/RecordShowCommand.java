package org.serge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.serge.InvalidInputException;
import org.serge.record.CanonicalJson;
import org.serge.record.Event;
import org.serge.record.EventJson;
import org.serge.store.Database;
import org.serge.store.RecordTransfer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serge record show}: the events of the record, one a line, or as JSON. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show the record's events.")
final class RecordShowCommand implements Callable<Integer> {
  @Mixin RecordOptions record;

  @Option(names = "--from", paramLabel = "SEQ", description = "The first event to show (default ${DEFAULT-VALUE}).")
  long from = 1;

  @Option(names = "--limit", paramLabel = "N", description = "At most this many events (default ${DEFAULT-VALUE}).")
  long limit = 100;

  @Option(names = "--json", description = "A JSON array of events (fields as in an export).")
  boolean json;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (from < 1 || limit < 1) {
      throw new InvalidInputException(null, 0, from < 1 ? "--from" : "--limit", "must be at least 1");
    }
    Database database = record.database();
    database.migrate();
    PrintWriter out = spec.commandLine().getOut();
    ArrayNode array = Json.MAPPER.createArrayNode();
    long shown = 0;
    boolean more = false;
    try (Stream<Event> events = RecordTransfer.events(database, from)) {
      for (Iterator<Event> it = events.iterator(); it.hasNext(); ) {
        Event event = it.next();
        if (shown == limit) {
          more = true;
          break;
        }
        shown++;
        if (json) {
          array.add(Json.MAPPER.readTree(EventJson.toLine(event)));
        } else {
          out.println(line(event));
        }
      }
    }
    if (json) {
      out.println(Json.write(array));
    } else if (shown == 0) {
      out.println("no events from " + from + " in " + database);
    } else if (more) {
      out.println("… more after event " + (from + shown - 1) + " (--from " + (from + shown) + ")");
    }
    out.flush();
    return 0;
  }

  private static String line(Event e) {
    String payload = CanonicalJson.write((JsonNode) e.payload());
    if (payload.length() > 160) {
      payload = payload.substring(0, 157) + "...";
    }
    return String.format("%6d  %s  %-22s %-20s %-24s %s", e.seq(), e.timeText(), e.type(), e.scope(), e.actor(), payload);
  }
}
