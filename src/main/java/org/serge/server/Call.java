package org.serge.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.serge.InvalidInputException;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Polity;
import org.serge.council.Row;
import org.serge.council.Table;
import org.serge.record.Event;
import org.serge.server.auth.Session;

/**
 * One request as handlers see it: the session and the member signed in, the body's fields
 * (JSON, or a form's fields: the same handler serves the API and the pages' forms), path
 * parameters checked to exist, and the record to read or submit to. The acting member is
 * always the signed-in one: no request names its actor.
 */
public final class Call {
  static final String SESSION_COOKIE = "serge_session";
  static final String SESSION = "serge.session";

  private final Context ctx;
  private final WebApp app;
  private ObjectNode body;

  Call(Context ctx, WebApp app) {
    this.ctx = ctx;
    this.app = app;
  }

  public Context ctx() {
    return ctx;
  }

  public WebApp app() {
    return app;
  }

  /** The session of this browser, or null when it has none. */
  public Session session() {
    return ctx.attribute(SESSION);
  }

  /** The session, started (with its cookie) if the browser has none: pages need its CSRF token. */
  public Session sessionOrStart() {
    Session s = session();
    if (s == null) {
      s = app.sessions().startVisitor();
      use(s);
    }
    return s;
  }

  /** Makes {@code s} this browser's session from now on (after signing in or out). */
  public void use(Session s) {
    ctx.attribute(SESSION, s);
    boolean secure = app.secureCookies() || "https".equals(ctx.scheme());
    Cookie cookie = new Cookie(SESSION_COOKIE, s.id(), "/", -1, secure, true, null, SameSite.STRICT);
    ctx.cookie(cookie);
  }

  /** The signed-in member, or null. */
  public String member() {
    Session s = session();
    return s == null ? null : s.member();
  }

  /** The signed-in member as the actor of a submission; 401 when no one is signed in. */
  public Actor actor() {
    String member = member();
    if (member == null) {
      throw ApiError.signInFirst();
    }
    return Actor.member(member);
  }

  /** Submits an action as the signed-in member. */
  public List<Event> submit(Action action) {
    return app.record().submit(actor(), action);
  }

  public <R> R read(Function<Polity, R> query) {
    return app.record().read(query);
  }

  /** A path parameter naming a row of {@code table}; 404 when there is none. */
  public String existing(String parameter, Function<Polity, Table<? extends Row>> table) {
    String id = ctx.pathParam(parameter);
    if (!read(p -> table.apply(p).contains(id))) {
      throw ApiError.notFound(parameter, id);
    }
    return id;
  }

  /** A body field's text, or null when absent or blank. */
  public String text(String field) {
    JsonNode value = body().get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw new InvalidInputException(null, 0, field, "must be text");
    }
    String text = value.asText();
    return text.isBlank() ? null : text;
  }

  /** A body field's text; bad input naming it when absent. */
  public String required(String field) {
    String text = text(field);
    if (text == null) {
      throw new InvalidInputException(null, 0, field, "is required");
    }
    return text;
  }

  /** A query parameter as a number within bounds, or the default. */
  public long query(String name, long fallback, long min, long max) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      long value = Long.parseLong(text.strip());
      if (value < min || value > max) {
        throw new InvalidInputException(null, 0, name, "must be from " + min + " to " + max);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new InvalidInputException(null, 0, name, "'" + text + "' is not a whole number");
    }
  }

  /** Whether the request came from an HTML form (its answer is a page or a redirect, not JSON). */
  public boolean fromForm() {
    String type = ctx.contentType();
    return type != null && type.startsWith("application/x-www-form-urlencoded");
  }

  /** The body as JSON fields; a form's fields as text. */
  ObjectNode body() {
    if (body == null) {
      body = Json.MAPPER.createObjectNode();
      if (fromForm()) {
        ctx.formParamMap().forEach((k, v) -> body.put(k, v.isEmpty() ? null : v.getFirst()));
      } else if (!ctx.body().isBlank()) {
        try {
          JsonNode node = Json.MAPPER.readTree(ctx.body());
          if (!(node instanceof ObjectNode object)) {
            throw new InvalidInputException(null, 0, null, "the body must be a JSON object");
          }
          body = object;
        } catch (IOException e) {
          throw new InvalidInputException(null, 0, null, "the body is not JSON: " + e.getMessage());
        }
      }
    }
    return body;
  }
}
