package org.serge.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * PostgreSQL for the store tests: the server at {@code SERGE_TEST_PG_URL} (a JDBC URL with its
 * user, as {@code .ci/run} exports it), or else a throwaway cluster this JVM starts when the
 * PostgreSQL binaries are installed ({@code /usr/lib/postgresql/N/bin}), stopped at exit. Each
 * test gets a database of its own. With neither, PostgreSQL tests are skipped, saying why, but
 * fail when {@code CI=true}: CI must test both stores.
 */
public final class Postgres {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static String base; // a URL to the server's "postgres" database, once known
  private static String unavailable;

  private Postgres() {}

  /** A new, empty database on the test server; skips (or fails on CI) without a server. */
  public static synchronized Database freshDatabase() {
    if (base == null && unavailable == null) {
      String url = System.getenv("SERGE_TEST_PG_URL");
      try {
        base = url != null && !url.isBlank() ? url : startCluster();
      } catch (IOException | InterruptedException | RuntimeException e) {
        unavailable = "could not start a PostgreSQL cluster: " + e;
      }
    }
    if (base == null) {
      String why = "PostgreSQL tests skipped: " + unavailable
          + " (set SERGE_TEST_PG_URL=jdbc:postgresql://host:port/db?user=… or install PostgreSQL)";
      if ("true".equals(System.getenv("CI"))) {
        fail(why.replace("skipped", "cannot run on CI"));
      }
      Assumptions.assumeTrue(false, why);
    }
    String name = "serge_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database at " + Database.of(base) + ": " + e.getMessage(), e);
    }
    return Database.of(withDatabase(base, name));
  }

  /** The URL with its database name replaced. */
  static String withDatabase(String url, String name) {
    int slash = url.indexOf('/', "jdbc:postgresql://".length());
    int query = url.indexOf('?', slash);
    return url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
  }

  /** Starts a cluster in a temporary folder (as user postgres when run as root); returns its URL, or null. */
  private static String startCluster() throws IOException, InterruptedException {
    Path bin = binaries();
    if (bin == null) {
      unavailable = "SERGE_TEST_PG_URL is not set and no PostgreSQL binaries are in /usr/lib/postgresql";
      return null;
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    Path dir = Files.createTempDirectory("serge-pg-");
    if (root) {
      UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
      Files.setOwner(dir, postgres);
    }
    Path data = dir.resolve("data");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    run(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust", "-N",
        "-E", "UTF8", "--locale=C");
    run(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l", dir.resolve("log").toString(),
        "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        run(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop");
        try (Stream<Path> files = Files.walk(dir)) {
          files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
      } catch (IOException | InterruptedException e) {
        System.err.println("could not stop the test PostgreSQL cluster in " + dir + ": " + e);
      }
    }));
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
  }

  private static Path binaries() throws IOException {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return null;
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
          .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
          .orElse(null);
    }
  }

  private static void run(boolean asPostgres, String... command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    if (asPostgres) {
      line.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    line.addAll(List.of(command));
    Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException(String.join(" ", line) + " failed: " + output);
    }
  }
}
