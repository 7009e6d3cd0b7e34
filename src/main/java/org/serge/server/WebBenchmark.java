package org.serge.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.serge.council.Actor;
import org.serge.council.AdmitMember;
import org.serge.council.CouncilKind;
import org.serge.council.CreateCouncil;
import org.serge.council.FoundFederation;
import org.serge.council.MemoryRecord;
import org.serge.council.PublicRecord;
import org.serge.council.RegisterMember;
import org.serge.council.constitution.ConstitutionJson;
import org.serge.council.deliberation.Propose;
import org.serge.record.SigningKey;
import org.serge.server.auth.MemoryAccountStore;

/**
 * Load on the pages that grow with the record: a council's proposals page and the record
 * browser, on loopback, with N concurrent connections (a Java load generator: each connection
 * a virtual thread sending its next request when the last is answered, as wrk does). The
 * record is built through the core: {@code members} members in councils of 1,000, and
 * {@code proposals} proposals in the first council. Prints p50/p99 latency, throughput and
 * errors per page. {@link #main}: {@code members proposals connections seconds}.
 *
 * <p>CPU-heavy: run it on a machine of its own, not beside other benchmarks.
 */
public final class WebBenchmark {
  /** One page's result. */
  public record Result(String path, long requests, long errors, double p50Millis, double p99Millis, double perSecond) {}

  private WebBenchmark() {}

  public static void main(String[] args) throws Exception {
    int members = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int proposals = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int connections = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
    print(run(members, proposals, connections, Duration.ofSeconds(seconds)), new java.io.PrintWriter(System.out, true));
  }

  /** The results as a table. */
  public static void print(List<Result> results, java.io.PrintWriter out) {
    out.printf("%-38s %9s %7s %10s %10s %10s%n", "page", "requests", "errors", "p50 ms", "p99 ms", "per second");
    for (Result r : results) {
      out.printf("%-38s %9d %7d %10.2f %10.2f %10.0f%n", r.path(), r.requests(), r.errors(), r.p50Millis(),
          r.p99Millis(), r.perSecond());
    }
    out.flush();
  }

  /** Builds a record in memory and loads its pages with the Java load generator. */
  public static List<Result> run(int members, int proposals, int connections, Duration each) throws Exception {
    MemoryRecord record = MemoryRecord.open("bench", SigningKey.fromSeed(new byte[32]), Clock.systemUTC());
    seed(record, members, proposals);
    return run(record, connections, each, false);
  }

  /**
   * Loads the pages of a seeded record ({@link #seed}) on loopback, each for {@code each} after a
   * short warm-up: by wrk when {@code wrk} is true (it must be installed), else by the Java load
   * generator.
   */
  public static List<Result> run(PublicRecord record, int connections, Duration each, boolean wrk) throws Exception {
    WebApp app = WebApp.of(record, new MemoryAccountStore(), Clock.systemUTC(), false);
    List<Result> results = new ArrayList<>();
    try (Server server = Server.start(app, "127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + server.port();
      for (String path : List.of("/councils/c0/proposals", "/councils/c0/proposals?offset=5000", "/record",
          "/record?from=" + (record.size() / 2))) {
        // Long enough for the JIT to compile the page's code on two busy cores (2 s was not).
        Duration warmUp = each.compareTo(Duration.ofSeconds(10)) < 0 ? each : Duration.ofSeconds(10);
        if (wrk) {
          Wrk.run(base, path, connections, warmUp);
          results.add(Wrk.run(base, path, connections, each));
        } else {
          load(base, path, connections, warmUp);
          results.add(load(base, path, connections, each));
        }
      }
    }
    return results;
  }

  /** Whether wrk is installed ({@code apt-get install wrk}). */
  public static boolean wrkInstalled() {
    return Wrk.installed();
  }

  /**
   * Builds the benchmark's record through the core: {@code members} members in councils of
   * 1,000 ({@code c0}, {@code c1}, …) and {@code proposals} proposals in {@code c0}. Does nothing
   * to a record that already holds council {@code c0} (a store seeded by an earlier run).
   */
  public static void seed(PublicRecord record, int members, int proposals) throws Exception {
    if (record.read(p -> p.councils.contains("c0"))) {
      return;
    }
    record.submit(Actor.instance(), new FoundFederation("uk", "UK", ConstitutionJson.read(
        Json.MAPPER.readTree(DemoInstance.CONSTITUTION), ConstitutionJson.Locator.NONE, "bench")));
    for (int i = 0; i < members; i++) {
      record.submit(Actor.instance(), new RegisterMember("m" + i, "Member " + i));
      String council = "c" + (i / 1000);
      if (i % 1000 == 0) {
        record.submit(Actor.member("m" + i), new CreateCouncil(council, "Council " + i / 1000, CouncilKind.WORKPLACE,
            "uk", null));
      } else {
        record.submit(Actor.member("m" + (i / 1000 * 1000)), new AdmitMember(council, "m" + i));
      }
    }
    for (int i = 0; i < proposals; i++) {
      record.submit(Actor.member("m" + (i % Math.min(members, 1000))), new Propose("c0", "ordinary",
          "Proposal " + i, "The words of proposal " + i + "."));
    }
  }

  private static Result load(String base, String path, int connections, Duration duration) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).GET().build();
    long end = System.nanoTime() + duration.toNanos();
    AtomicLong errors = new AtomicLong();
    List<Future<long[]>> workers = new ArrayList<>();
    long start = System.nanoTime();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int c = 0; c < connections; c++) {
        workers.add(threads.submit(() -> {
          long[] latencies = new long[1 << 12];
          int n = 0;
          while (System.nanoTime() < end) {
            long t = System.nanoTime();
            try {
              HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
              if (r.statusCode() != 200) {
                errors.incrementAndGet();
              }
            } catch (Exception e) {
              errors.incrementAndGet();
            }
            if (n == latencies.length) {
              latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = System.nanoTime() - t;
          }
          return Arrays.copyOf(latencies, n);
        }));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] all = workers.stream().flatMapToLong(f -> Arrays.stream(join(f))).sorted().toArray();
    return new Result(path, all.length, errors.get(), percentile(all, 0.50), percentile(all, 0.99),
        all.length / seconds);
  }

  private static long[] join(Future<long[]> f) {
    try {
      return f.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static double percentile(long[] sorted, double q) {
    return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
  }
}
