package org.serge.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.serge.council.PublicRecord;
import org.serge.server.DemoInstance;
import org.serge.server.Server;
import org.serge.server.WebApp;
import org.serge.server.auth.JdbcAccountStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serge serve [--db URL] [--port P]}: the web application and JSON API on the public
 * record, until stopped (Ctrl-C). Home page at {@code /}, the API's OpenAPI document at
 * {@code /openapi.json}; docs/server.md describes both.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the web application and the JSON API (OpenAPI document at /openapi.json).",
        "docs/server.md describes the routes, accounts, sessions and rate limits."})
public final class ServeCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin RecordOptions records;

  @Option(names = "--port", paramLabel = "P", defaultValue = "7070", description = "The port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
  String host;

  @Option(names = "--secure-cookies", description = "Mark cookies Secure (behind a TLS proxy).")
  boolean secureCookies;

  @Option(names = "--demo", description = "Seed a demo federation with accounts ana … hal (a fresh record only).")
  boolean demo;

  @Override
  public Integer call() throws InterruptedException {
    // The record and the accounts live in the same database; accounts are private, never in the log.
    PublicRecord record = records.open();
    var database = records.database();
    WebApp app = WebApp.of(record, new JdbcAccountStore(database::connect), Clock.systemUTC(), secureCookies);
    if (demo) {
      DemoInstance.seed(record, app.accounts());
      System.out.println("serge: demo federation seeded; sign in as ana, bob, cai, dan, eve (rail) or gus, hal"
          + " (docks) with the password " + DemoInstance.PASSWORD);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (Server server = Server.start(app, host, port)) {
      System.out.println("serge: serving on http://" + host + ":" + server.port() + "/ (Ctrl-C to stop)");
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    } finally {
      record.close();
    }
    return 0;
  }
}
