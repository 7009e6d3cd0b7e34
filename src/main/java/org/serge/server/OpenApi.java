package org.serge.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.1 document of the server, made from the route table ({@link Routes}): every
 * route, with its parameters, request and response schemas and an example of each, and the
 * error answers every route may give. Pages are listed as {@code text/html}.
 */
public final class OpenApi {
  private OpenApi() {}

  private static final Pattern PARAMETER = Pattern.compile("\\{([a-z-]+)}");

  public static ObjectNode document(List<Route> routes) {
    ObjectNode doc = Json.MAPPER.createObjectNode();
    doc.put("openapi", "3.1.0");
    doc.putObject("info").put("title", "Serge").put("version", "1")
        .put("description", "The councils' web application and API. Every change is a core action submitted as the"
            + " signed-in member; the constitution decides. Changes need the session cookie and the CSRF token"
            + " (header X-CSRF-Token) from GET /api/session. See docs/server.md.");
    ObjectNode paths = doc.putObject("paths");
    for (Route route : routes) {
      ObjectNode path = paths.has(route.path()) ? (ObjectNode) paths.get(route.path()) : paths.putObject(route.path());
      path.set(route.method().toLowerCase(java.util.Locale.ROOT), operation(route));
    }
    ObjectNode components = doc.putObject("components");
    ObjectNode schemas = components.putObject("schemas");
    Schemas.components().forEach(schemas::set);
    components.putObject("securitySchemes").putObject("session").put("type", "apiKey").put("in", "cookie")
        .put("name", Call.SESSION_COOKIE);
    return doc;
  }

  private static ObjectNode operation(Route route) {
    ObjectNode op = Json.MAPPER.createObjectNode();
    op.put("operationId", route.operation()).put("summary", route.summary());
    op.putArray("tags").add(tag(route));
    ArrayNode parameters = op.putArray("parameters");
    Matcher m = PARAMETER.matcher(route.path());
    while (m.find()) {
      parameters.addObject().put("name", m.group(1)).put("in", "path").put("required", true)
          .set("schema", Schemas.string());
    }
    if (route.changesState()) {
      parameters.addObject().put("name", "X-CSRF-Token").put("in", "header").put("required", true)
          .put("description", "the session's CSRF token (forms send it as the field _csrf)")
          .set("schema", Schemas.string());
    }
    if (route.acts()) {
      op.putArray("security").addObject().putArray("session");
    }
    if (route.request() != null) {
      ObjectNode json = op.putObject("requestBody").put("required", true).putObject("content")
          .putObject("application/json");
      json.set("schema", route.request());
      json.set("example", Json.quoted(route.requestExample()));
    }
    ObjectNode responses = op.putObject("responses");
    ObjectNode ok = responses.putObject("200").put("description", route.page() ? "the page" : "done");
    if (route.page()) {
      ok.putObject("content").putObject("text/html").putObject("schema").put("type", "string");
    } else {
      ObjectNode json = ok.putObject("content").putObject("application/json");
      json.set("schema", route.response());
      json.set("example", Json.quoted(route.responseExample()));
    }
    error(responses, "400", "bad input: the field at fault is named");
    if (route.acts()) {
      error(responses, "401", "no one is signed in");
    }
    if (route.changesState()) {
      error(responses, "403", "refused by a rule of the constitution (named), or a missing CSRF token");
    }
    error(responses, "404", "no such council, proposal, …");
    return op;
  }

  /** Pages, or the API's first path segment after /api ({@code councils}, {@code record}). */
  private static String tag(Route route) {
    if (route.page()) {
      return "pages";
    }
    String[] parts = route.path().split("/");
    return parts[1].equals("api") ? parts[2] : parts[1];
  }

  private static void error(ObjectNode responses, String status, String description) {
    responses.putObject(status).put("description", description).putObject("content").putObject("application/json")
        .set("schema", Schemas.ref("Error"));
  }
}
