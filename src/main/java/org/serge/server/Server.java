package org.serge.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import org.serge.InvalidInputException;
import org.serge.council.Refused;
import org.serge.server.auth.Session;
import org.serge.server.auth.SignInRefused;
import org.serge.server.auth.Tokens;
import org.serge.server.web.ErrorPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server (Javalin on Jetty): registers the routes of {@link Routes}, finds each
 * request's session, refuses a state-changing request without the session's CSRF token,
 * and turns errors into answers: a {@link Refused} is 403 with the rule, bad input 400 with
 * the field, {@link ApiError} its status. JSON for the API, a page for browsers.
 */
public final class Server implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Server.class);
  static final String CSRF_HEADER = "X-CSRF-Token";
  static final String CSRF_FIELD = "_csrf";
  private static final String SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none';"
      + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final Javalin javalin;

  private Server(Javalin javalin) {
    this.javalin = javalin;
  }

  /** Starts a server on {@code host}:{@code port} (port 0: any free port). */
  public static Server start(WebApp app, String host, int port) {
    List<Route> routes = Routes.all();
    Javalin javalin = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      // Requests on virtual threads: they take turns on one carrier thread a core, first come first
      // served, and a slow reader parks its thread instead of holding a core's — where hundreds of
      // platform threads time-sliced by the system left some requests waiting a second
      // (docs/benchmarks.md, "Web pages under load").
      config.concurrency.useVirtualThreads = true;
      config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/org/serge/server/static";
        files.location = Location.CLASSPATH;
      });
      config.routes.before(ctx -> before(ctx, app));
      for (Route route : routes) {
        config.routes.addHttpHandler(HandlerType.findOrCreate(route.method()), route.path(),
            ctx -> handle(ctx, app, route));
      }
      config.routes.exception(Exception.class, (e, ctx) -> error(e, ctx, app));
      config.routes.error(404, ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty()) {
          error(new ApiError(404, "no such page: " + ctx.path(), null), ctx, app);
        }
      });
    });
    javalin.start(host, port);
    return new Server(javalin);
  }

  public int port() {
    return javalin.port();
  }

  @Override
  public void close() {
    javalin.stop();
  }

  /** Finds the session; refuses a change without its CSRF token; sets the headers every answer carries. */
  private static void before(Context ctx, WebApp app) {
    ctx.header("Content-Security-Policy", SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    Session session = app.sessions().find(ctx.cookie(Call.SESSION_COOKIE));
    if (session != null) {
      ctx.attribute(Call.SESSION, session);
    }
    String method = ctx.method().name();
    if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
      String token = ctx.header(CSRF_HEADER);
      if (token == null && isForm(ctx)) {
        token = ctx.formParam(CSRF_FIELD);
      }
      if (session == null || !Tokens.same(token, session.csrf())) {
        throw new ApiError(403, "missing or wrong CSRF token: send the session's token (GET /api/session) as "
            + CSRF_HEADER + ", or reload the page and submit the form again", CSRF_FIELD);
      }
    }
  }

  private static void handle(Context ctx, WebApp app, Route route) throws Exception {
    Call call = new Call(ctx, app);
    Object answer = route.endpoint().handle(call);
    if (answer instanceof String html) {
      ctx.contentType("text/html; charset=utf-8").result(html);
    } else if (call.fromForm()) {
      ctx.redirect(localPath(ctx.formParam("_next")), io.javalin.http.HttpStatus.SEE_OTHER);
    } else {
      ctx.contentType("application/json").result(Json.write((com.fasterxml.jackson.databind.JsonNode) answer));
    }
  }

  /** Only a path on this server: a form's {@code _next} never sends anyone elsewhere. */
  static String localPath(String next) {
    return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/";
  }

  private static void error(Exception e, Context ctx, WebApp app) {
    var body = Json.MAPPER.createObjectNode();
    int status;
    switch (e) {
      case Refused r -> {
        status = 403;
        body.put("error", r.getMessage());
        body.putObject("rule").put("id", r.rule().id()).put("text", r.rule().text());
      }
      case InvalidInputException bad -> {
        status = 400;
        body.put("error", bad.getMessage()).put("field", bad.field());
      }
      case ApiError api -> {
        status = api.status();
        body.put("error", api.getMessage()).put("field", api.field());
      }
      case SignInRefused s -> {
        status = s.tooMany() ? 429 : 401;
        body.put("error", s.getMessage());
        if (s.tooMany()) {
          ctx.header("Retry-After", Long.toString(s.retryAfterSeconds()));
        }
      }
      default -> {
        status = 500;
        LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
        body.put("error", "internal error: " + e.getClass().getSimpleName());
      }
    }
    ctx.status(status);
    if (wantsPage(ctx)) {
      ctx.contentType("text/html; charset=utf-8").result(ErrorPage.render(new Call(ctx, app), status, body));
    } else {
      ctx.contentType("application/json").result(Json.write(body));
    }
  }

  /** A browser's request (a page, or a form posted to the API) gets its error as a page. */
  private static boolean wantsPage(Context ctx) {
    return isForm(ctx) || !(ctx.path().startsWith("/api/") || ctx.path().equals("/openapi.json"));
  }

  private static boolean isForm(Context ctx) {
    String type = ctx.contentType();
    return type != null && type.startsWith("application/x-www-form-urlencoded");
  }
}
