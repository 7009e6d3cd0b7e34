package org.serge.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.serge.InvalidInputException;
import org.serge.council.MemoryRecord;
import org.serge.council.PublicRecord;
import org.serge.record.SigningKey;
import org.serge.server.WebBenchmark;
import org.serge.store.Database;
import org.serge.store.JdbcRecord;
import org.serge.store.KeyFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serge bench web}: the pages that grow with the record — a council's proposals and the
 * record browser — under load on loopback, with p50/p99 latency, throughput and errors per page.
 * The record (members in councils of 1,000, proposals in council c0) is built through the core,
 * in memory or in a store ({@code --db}; a store seeded by an earlier run is used as it is).
 * The load comes from wrk when installed ({@code --load wrk}), else from the Java generator.
 */
@Command(name = "web", mixinStandardHelpOptions = true,
    description = "Load a council's proposals page and the record browser: p50/p99 latency and errors per page.")
public final class WebBench implements Callable<Integer> {
  @Option(names = "--members", defaultValue = "100000", description = "Members (default ${DEFAULT-VALUE}).")
  int members;

  @Option(names = "--proposals", defaultValue = "10000", description = "Proposals in c0 (default ${DEFAULT-VALUE}).")
  int proposals;

  @Option(names = "--connections", defaultValue = "200", description = "Concurrent connections (default ${DEFAULT-VALUE}).")
  int connections;

  @Option(names = "--seconds", defaultValue = "30", description = "Seconds of load per page (default ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--db", paramLabel = "URL", description = "Keep the record in this store (jdbc:h2:… or"
      + " jdbc:postgresql://…) instead of memory.")
  String db;

  @Option(names = "--load", defaultValue = "auto", paramLabel = "auto|wrk|java",
      description = "The load generator: wrk, the Java one, or wrk when installed (default ${DEFAULT-VALUE}).")
  String load;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    boolean wrk = switch (load) {
      case "wrk" -> true;
      case "java" -> false;
      case "auto" -> WebBenchmark.wrkInstalled();
      default -> throw new InvalidInputException(null, 0, "--load", "'" + load + "' is not auto, wrk or java");
    };
    PrintWriter out = spec.commandLine().getOut();
    PublicRecord record = open();
    try {
      long start = System.nanoTime();
      WebBenchmark.seed(record, members, proposals);
      out.printf("record: %d events (%d members, %d proposals in c0) in %s, built in %.1f s; load: %s, %d connections,"
          + " %d s a page%n", record.size(), members, proposals, db == null ? "memory" : Database.of(db),
          (System.nanoTime() - start) / 1e9, wrk ? "wrk" : "Java generator", connections, seconds);
      List<WebBenchmark.Result> results = WebBenchmark.run(record, connections, Duration.ofSeconds(seconds), wrk);
      WebBenchmark.print(results, out);
      return results.stream().allMatch(r -> r.errors() == 0) ? 0 : 1;
    } finally {
      if (record instanceof AutoCloseable closeable) {
        closeable.close();
      }
    }
  }

  private PublicRecord open() throws IOException {
    if (db == null) {
      return MemoryRecord.open("bench", SigningKey.fromSeed(new byte[32]), Clock.systemUTC());
    }
    KeyFile key = new KeyFile(Files.createTempDirectory("serge-bench-web-").resolve(KeyFile.DEFAULT_NAME));
    return JdbcRecord.open(Database.of(db), key, "bench", Clock.systemUTC());
  }
}
