package org.serge.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.AdmitMember;
import org.serge.council.CouncilKind;
import org.serge.council.CreateCouncil;
import org.serge.council.FoundFederation;
import org.serge.council.Mandate;
import org.serge.council.RegisterMember;
import org.serge.council.Times;
import org.serge.council.constitution.ConstitutionJson;
import org.serge.council.deliberation.DecisionRecorded;
import org.serge.council.deliberation.ElectModerator;
import org.serge.council.motion.CastVote;
import org.serge.council.motion.Choice;
import org.serge.council.motion.CloseMotion;
import org.serge.record.Event;
import org.serge.record.SigningKey;
import org.serge.server.auth.JdbcAccountStore;
import org.serge.store.Database;
import org.serge.store.JdbcRecord;
import org.serge.store.KeyFile;
import org.serge.store.Postgres;
import org.serge.server.auth.Sessions;

/**
 * A running server on a federation to act in, on loopback and a random port, its record and
 * accounts in a fresh database of the {@link Store} asked for (H2 by default). Federation
 * {@code uk}; council {@code rail} of ana, bob, cai, dan, eve and fay, whose moderators are
 * elected (dan is); cai holds a mandate from rail to uk (granted outside the log, as the
 * deliberation tests do until mandates are elected); council {@code docks} of gus and hal;
 * zed in no council. Everyone has an account, password {@link #PASSWORD}.
 */
final class World implements AutoCloseable {
  static final String PASSWORD = "correct horse battery";
  static final List<String> PEOPLE = List.of("ana", "bob", "cai", "dan", "eve", "fay", "gus", "hal", "zed");

  /** Where the record and the accounts are kept. */
  enum Store { H2, POSTGRESQL }

  final MovableClock clock = new MovableClock();
  final Store kind;
  final Database database;
  final JdbcRecord record;
  final JdbcAccountStore store;
  final WebApp app;
  final Server server;
  final String base;

  World() {
    this(true);
  }

  World(Store store) {
    this(store, true, true);
  }

  World(boolean withAccounts) {
    this(withAccounts, true);
  }

  World(boolean withAccounts, boolean mandate) {
    this(Store.H2, withAccounts, mandate);
  }

  /** @param mandate whether cai gets a mandate outside the log (verify then finds the mandates table differs) */
  World(Store kind, boolean withAccounts, boolean mandate) {
    this.kind = kind;
    database = kind == Store.POSTGRESQL ? Postgres.freshDatabase() : h2();
    record = JdbcRecord.open(database, new KeyFile(keyFile()), "Test instance", clock);
    store = new JdbcAccountStore(database::connect);
    record.submit(Actor.instance(), new FoundFederation("uk", "UK Federation",
        ConstitutionJson.read(json(DemoInstance.CONSTITUTION), ConstitutionJson.Locator.NONE, "test")));
    for (String m : PEOPLE) {
      record.submit(Actor.instance(), new RegisterMember(m, m.substring(0, 1).toUpperCase() + m.substring(1)));
    }
    act("ana", new CreateCouncil("rail", "Rail workers", CouncilKind.WORKPLACE, "uk", null));
    for (String m : List.of("bob", "cai", "dan", "eve", "fay")) {
      act("ana", new AdmitMember("rail", m));
    }
    act("gus", new CreateCouncil("docks", "Dock workers", CouncilKind.WORKPLACE, "uk", null));
    act("gus", new AdmitMember("docks", "hal"));
    String motion = made("ana", new ElectModerator("rail", "dan", "calm"), "motion");
    for (String m : List.of("ana", "bob", "cai", "dan", "eve", "fay")) {
      act(m, new CastVote(motion, Choice.YES));
    }
    act("ana", new CloseMotion(motion));
    if (mandate) {
      grantMandateOutsideTheLog("cai", "rail");
    }
    // Sessions on the real clock: the record's clock moves in some tests.
    app = new WebApp(record, new org.serge.server.auth.Accounts(store, record, clock),
        new Sessions(Clock.systemUTC(), 1000), clock, false);
    if (withAccounts) {
      for (String m : PEOPLE) {
        app.accounts().create(m, m, m + "@example.org", PASSWORD);
      }
    }
    server = Server.start(app, "127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port();
  }

  List<Event> act(String member, Action action) {
    return record.submit(Actor.member(member), action);
  }

  /** The {@code field} of the first event's payload that the action recorded. */
  String made(String member, Action action, String field) {
    return act(member, action).getFirst().payload().get(field).asText();
  }

  /** The decision recorded by closing a motion. */
  String decided(String member, String motion) {
    return act(member, new CloseMotion(motion)).stream().filter(e -> e.type().equals(DecisionRecorded.TYPE))
        .findFirst().orElseThrow().payload().get("decision").asText();
  }

  void grantMandateOutsideTheLog(String member, String council) {
    record.read(p -> {
      String start = Times.text(clock.instant().minus(Duration.ofDays(1)));
      String end = Times.text(clock.instant().plus(Duration.ofDays(365)));
      p.mandates.put(new Mandate(Mandate.id("uk", council, member, 0), member, council, "uk", start, end, null, null,
          0, null));
      p.mandates.takeChanged();
      return null;
    });
  }

  Client anonymous() {
    return new Client(base);
  }

  Client signedIn(String login) {
    Client c = new Client(base);
    Client.Response r = c.post("/api/session", "{\"login\":\"" + login + "\",\"password\":\"" + PASSWORD + "\"}");
    if (r.status() != 200) {
      throw new AssertionError("sign in as " + login + ": " + r);
    }
    return c;
  }

  @Override
  public void close() {
    server.close();
    record.close();
  }

  private static Database h2() {
    try {
      return Database.h2(Files.createTempDirectory("serge-world-"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path keyFile() {
    try {
      return Files.createTempDirectory("serge-world-key-").resolve(KeyFile.DEFAULT_NAME);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode json(String text) {
    try {
      return (ObjectNode) new ObjectMapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  static SigningKey key(int n) {
    byte[] seed = new byte[32];
    seed[0] = (byte) n;
    return SigningKey.fromSeed(seed);
  }

  /** A browser-like HTTP client: cookies, and the session's CSRF token sent with every change. */
  static final class Client {
    private final String base;
    private final HttpClient http;
    private String csrf;

    record Response(int status, String body, HttpResponse<String> raw) {
      JsonNode json() {
        try {
          return new ObjectMapper().readTree(body);
        } catch (Exception e) {
          throw new AssertionError("not JSON (" + status + "): " + body, e);
        }
      }

      @Override
      public String toString() {
        return status + " " + body;
      }
    }

    Client(String base) {
      this.base = base;
      this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    Response get(String path) {
      return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** POSTs JSON with the session's CSRF token (fetched first if need be). */
    Response post(String path, String json) {
      return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
          .header(Server.CSRF_HEADER, csrf()).POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    /** POSTs JSON without any CSRF token. */
    Response postWithoutCsrf(String path, String json) {
      return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** POSTs a form as a browser would, with its hidden fields. */
    Response postForm(String path, Map<String, String> fields) {
      String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
          .collect(Collectors.joining("&"));
      return send(HttpRequest.newBuilder(URI.create(base + path))
          .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    String csrf() {
      if (csrf == null) {
        csrf = get("/api/session").json().get("csrf").asText();
      }
      return csrf;
    }

    private Response send(HttpRequest.Builder request) {
      try {
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String path = r.request().uri().getPath();
        if ((path.startsWith("/api/session") || path.equals("/api/accounts")) && r.statusCode() == 200) {
          JsonNode state = new ObjectMapper().readTree(r.body());
          csrf = state.get("csrf").asText();
        }
        return new Response(r.statusCode(), r.body(), r);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }

    private static String enc(String s) {
      return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
  }

  /** A clock the test moves forward. */
  static final class MovableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-11-25T10:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
