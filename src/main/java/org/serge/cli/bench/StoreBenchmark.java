package org.serge.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.serge.InvalidInputException;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.AdmitMember;
import org.serge.council.Appender;
import org.serge.council.CouncilKind;
import org.serge.council.CreateCouncil;
import org.serge.council.FoundFederation;
import org.serge.council.OpenRecord;
import org.serge.council.Polity;
import org.serge.council.PublicRecord;
import org.serge.council.RegisterMember;
import org.serge.council.Table;
import org.serge.council.constitution.ConstitutionJson;
import org.serge.council.motion.CastVote;
import org.serge.council.motion.Choice;
import org.serge.council.motion.OpenMotion;
import org.serge.record.Event;
import org.serge.record.EventJson;
import org.serge.record.SigningKey;
import org.serge.store.Database;
import org.serge.store.JdbcRecord;
import org.serge.store.KeyFile;
import org.serge.store.RecordTransfer;
import org.serge.store.StoreReport;
import org.serge.store.StoreVerifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serge bench record}: the public record in its stores. Append throughput with 1 and 4
 * writers (each writer a record of its own on the same database, so they take turns on the
 * head lock as processes would), on embedded H2 and, given {@code --pg}, PostgreSQL; then
 * a log of {@code --verify-events} votes is generated, imported (which verifies it first),
 * and verified from the store; with the bytes the store takes per event.
 */
@Command(name = "record", mixinStandardHelpOptions = true,
    description = "Benchmark the record's stores: append throughput (1 and 4 writers), import, verify, bytes per event.")
public final class StoreBenchmark implements Callable<Integer> {
  private static final int MEMBERS = 10;

  @Option(names = "--appends", defaultValue = "2000", description = "Events appended per writer count (default ${DEFAULT-VALUE}).")
  int appends;

  @Option(names = "--verify-events", defaultValue = "1000000", description = "Events of the log verified (default ${DEFAULT-VALUE}).")
  long verifyEvents;

  @Option(names = "--pg", paramLabel = "URL",
      description = "A PostgreSQL server (jdbc:postgresql://HOST:PORT/DB?user=U): a database serge_bench_PID is made and dropped.")
  String pg;

  @Option(names = "--dir", paramLabel = "DIR", description = "Where to put H2 files and the log (default: a temporary folder, removed).")
  Path dir;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (appends < 1 || verifyEvents < 100) {
      throw new InvalidInputException("need --appends ≥ 1 and --verify-events ≥ 100");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("serge-bench-record-");
    try {
      out.printf("%-10s %-28s %10s %10s %12s%n", "store", "measure", "events", "seconds", "per second");
      Path log = work.resolve("votes.jsonl");
      long start = System.nanoTime();
      long generated = writeVotes(log, verifyEvents);
      row(out, "memory", "generate + sign the log", generated, start);
      bench(out, "h2", Database.h2(work.resolve("append-1")), Database.h2(work.resolve("append-4")),
          Database.h2(work.resolve("verify")), work, log);
      if (pg != null) {
        try (Scratch scratch = new Scratch(Database.of(pg))) {
          bench(out, "postgresql", scratch.database("a1"), scratch.database("a4"), scratch.database("v"), work, log);
        }
      } else {
        out.println("postgresql: skipped (give --pg URL)");
      }
    } finally {
      if (dir == null) {
        delete(work);
      }
    }
    out.flush();
    return 0;
  }

  private void bench(PrintWriter out, String store, Database one, Database four, Database verify, Path work, Path log)
      throws Exception {
    row(out, store, "append, 1 writer", appends, append(one, work.resolve(store + "-1.key"), 1));
    row(out, store, "append, 4 writers", appends, append(four, work.resolve(store + "-4.key"), 4));
    long start = System.nanoTime();
    long imported = RecordTransfer.importFile(verify, log, Runtime.getRuntime().availableProcessors());
    row(out, store, "import (verifies first)", imported, start);
    start = System.nanoTime();
    StoreReport report = StoreVerifier.verify(verify);
    row(out, store, "verify " + (report.ok() ? "(ok)" : "FAILED: " + report.message()), report.events(), start);
    long bytes = bytes(verify, work);
    out.printf("%-10s %-28s %10d %10s %12.0f%n", store, "bytes on disk per event", imported, "", (double) bytes / imported);
    out.flush();
  }

  /** Appends {@code appends} votes with {@code writers} records in threads; returns when they started (nanos). */
  private long append(Database database, Path key, int writers) throws Exception {
    List<JdbcRecord> records = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      JdbcRecord first = JdbcRecord.open(database, new KeyFile(key), "bench", Clock.systemUTC());
      records.add(first);
      String motion = assembly(first);
      for (int i = 1; i < writers; i++) {
        records.add(JdbcRecord.open(database, new KeyFile(key), "bench", Clock.systemUTC()));
      }
      long start = System.nanoTime();
      List<Future<?>> work = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        PublicRecord record = records.get(w);
        int share = appends / writers + (w < appends % writers ? 1 : 0);
        int writer = w;
        work.add(pool.submit(() -> {
          for (int i = 0; i < share; i++) {
            record.submit(Actor.member("m" + ((writer + i * writers) % MEMBERS)), vote(motion, i));
          }
        }));
      }
      for (Future<?> f : work) {
        f.get();
      }
      return start;
    } finally {
      pool.shutdown();
      records.forEach(JdbcRecord::close);
    }
  }

  /** Writes a log of {@code events} events (an assembly, then votes) as JSON lines; returns how many. */
  static long writeVotes(Path file, long events) throws IOException {
    Polity polity = new Polity();
    SigningKey key = SigningKey.generate();
    Instant time = Instant.parse("2026-01-01T00:00:00Z");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      long written = write(out, Appender.append(polity, Actor.instance(), new OpenRecord("bench", key.verifyingKey()),
          time, key, null));
      for (Action action : assemblyActions()) {
        written += write(out, Appender.append(polity, actorFor(action), action, time, key, null));
      }
      String motion = polity.motions.rows().iterator().next().id();
      while (written < events) {
        time = time.plusMillis(1); // a million votes take 17 minutes of record time: the motion stays open
        written += write(out, Appender.append(polity, Actor.member("m" + (written % MEMBERS)), vote(motion, written),
            time, key, null));
        polity.tables().forEach(Table::takeChanged);
      }
      return written;
    }
  }

  private static long write(Writer out, List<Event> events) throws IOException {
    for (Event e : events) {
      out.write(EventJson.toLine(e));
      out.write('\n');
    }
    return events.size();
  }

  /** A federation, a council of {@link #MEMBERS} members and an open motion; returns the motion. */
  private static String assembly(PublicRecord record) {
    for (Action action : assemblyActions()) {
      record.submit(actorFor(action), action);
    }
    return record.read(p -> p.motions.rows().iterator().next().id());
  }

  /** m0 creates the council and admits the others; m1 opens the motion; the instance does the rest. */
  private static Actor actorFor(Action action) {
    return action instanceof CreateCouncil || action instanceof AdmitMember ? Actor.member("m0")
        : action instanceof OpenMotion ? Actor.member("m1") : Actor.instance();
  }

  private static List<Action> assemblyActions() {
    List<Action> actions = new ArrayList<>();
    try {
      actions.add(new FoundFederation("bench", "Bench Federation", ConstitutionJson.read(new ObjectMapper().readTree("""
          {"serge-constitution":1,"name":"Bench",
           "decisions":{"ordinary":{"quorum":"1/2","threshold":"majority","period":"P7D"},
                        "constitutional":{"quorum":"2/3","threshold":"2/3","period":"P14D"}}}"""),
          ConstitutionJson.Locator.NONE, "bench")));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    for (int i = 0; i < MEMBERS; i++) {
      actions.add(new RegisterMember("m" + i, "Member " + i));
    }
    actions.add(new CreateCouncil("works", "Works", CouncilKind.WORKPLACE, "bench", null));
    for (int i = 1; i < MEMBERS; i++) {
      actions.add(new AdmitMember("works", "m" + i));
    }
    actions.add(OpenMotion.resolution("works", "ordinary", "Benchmark", "Votes, again and again."));
    return actions;
  }

  private static CastVote vote(String motion, long i) {
    return new CastVote(motion, Choice.values()[(int) (i % Choice.values().length)]);
  }

  private static void row(PrintWriter out, String store, String measure, long events, long startNanos) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    out.printf("%-10s %-28s %10d %10.2f %12.0f%n", store, measure, events, seconds, events / seconds);
    out.flush();
  }

  /** Bytes the verified store takes: the H2 file, or PostgreSQL's tables with their indexes (not the empty database's own). */
  private static long bytes(Database database, Path work) throws SQLException, IOException {
    if (database.kind() == Database.Kind.H2) {
      return Files.size(work.resolve("verify").resolve(Database.H2_FILE + ".mv.db"));
    }
    try (Connection c = database.connect(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'")) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Databases made on a PostgreSQL server for one run, dropped at the end. */
  private static final class Scratch implements AutoCloseable {
    private final Database server;
    private final List<String> made = new ArrayList<>();

    Scratch(Database server) {
      this.server = server;
    }

    Database database(String suffix) throws SQLException {
      String name = "serge_bench_" + ProcessHandle.current().pid() + "_" + suffix;
      try (Connection c = server.connect(); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      }
      made.add(name);
      String url = server.url();
      int slash = url.indexOf('/', "jdbc:postgresql://".length());
      int query = url.indexOf('?', slash);
      return Database.of(url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query)));
    }

    @Override
    public void close() throws SQLException {
      try (Connection c = server.connect(); Statement s = c.createStatement()) {
        for (String name : made) {
          s.execute("DROP DATABASE IF EXISTS " + name);
        }
      }
    }
  }
}
