package org.serge.record;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures how fast {@link Verifier} checks a log: events per second on 1..N threads, over
 * a generated chain of council-sized events. {@link #run} is what a later
 * {@code serge bench record} command calls; {@link #main} prints the table.
 *
 * <p>Not thread-safe to run two at once on the same machine if the numbers matter: they
 * compete for the same cores.
 */
public final class RecordBenchmark {
  /** One measurement: threads used, events verified, seconds taken, events per second. */
  public record Row(int threads, int events, double seconds, double eventsPerSecond) {}

  private RecordBenchmark() {}

  /** A chain of {@code events} events signed with a key derived from a fixed seed. */
  public static List<Event> generate(int events) {
    SigningKey key = SigningKey.fromSeed(new byte[32]);
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    List<Event> chain = new ArrayList<>(events);
    Event head = null;
    for (int i = 1; i <= events; i++) {
      ObjectNode payload = JsonNodeFactory.instance.objectNode();
      payload.put("council", "council:c" + (i % 97));
      payload.put("proposal", i / 10);
      payload.put("vote", i % 3 == 0 ? "against" : "for");
      payload.put("delegate", "member:" + (i % 1009));
      head = Ledger.append(head, start.plusMillis(i), "federation:uk", "member:" + (i % 1009),
          "vote.cast", payload, key);
      chain.add(head);
    }
    return chain;
  }

  /**
   * Verifies a generated chain of {@code events} events once per entry of {@code threads}
   * (after one warm-up pass) and reports each.
   *
   * @throws IllegalStateException if the generated chain does not verify (a bug)
   */
  public static List<Row> run(int events, int... threads) {
    List<Event> chain = generate(events);
    VerifyingKey key = SigningKey.fromSeed(new byte[32]).verifyingKey();
    // Warm-up: let the JIT compile the hashing and signature code before we time it.
    check(new Verifier(id -> key, 1).verify(chain.subList(0, Math.min(events, 20_000))));
    List<Row> rows = new ArrayList<>();
    for (int t : threads) {
      Verifier verifier = new Verifier(id -> key, t);
      long begin = System.nanoTime();
      check(verifier.verify(chain));
      double seconds = (System.nanoTime() - begin) / 1e9;
      rows.add(new Row(t, events, seconds, events / seconds));
    }
    return rows;
  }

  private static void check(VerificationReport report) {
    if (!report.ok()) {
      throw new IllegalStateException("generated chain fails: " + report.message());
    }
  }

  /** Arguments: [events, default 100000] [threads..., default 1 and 2]. */
  public static void main(String[] args) {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int[] threads = new int[Math.max(2, args.length - 1)];
    if (args.length > 1) {
      for (int i = 1; i < args.length; i++) {
        threads[i - 1] = Integer.parseInt(args[i]);
      }
    } else {
      threads = new int[] {1, 2};
    }
    System.out.printf("record verify, %d events, %d processors available%n", events,
        Runtime.getRuntime().availableProcessors());
    System.out.printf("%8s %10s %10s %12s%n", "threads", "events", "seconds", "events/s");
    for (Row row : run(events, threads)) {
      System.out.printf("%8d %10d %10.2f %12.0f%n", row.threads(), row.events(), row.seconds(),
          row.eventsPerSecond());
    }
  }
}
