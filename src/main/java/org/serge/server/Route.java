package org.serge.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One route of the server: method and path (Javalin's syntax, {@code /api/proposals/{proposal}},
 * which is also OpenAPI's), what it does, whether it acts as the signed-in member, and for the
 * JSON API the schemas and examples its OpenAPI entry is built from. {@link Routes} lists them
 * all, and both the server and {@code /openapi.json} are made from that list.
 *
 * @param method {@code GET}, {@code POST} or {@code DELETE}
 * @param operation a unique id ({@code proposeInCouncil}), the OpenAPI operationId
 * @param acts whether it acts as the signed-in member (401 when no one is signed in); the
 *     core then decides whether that member may
 * @param page true for an HTML page, false for the JSON API
 * @param request the JSON Schema of the request body, or null when it has none
 * @param response the JSON Schema of a successful response (null for a page)
 * @param requestExample an example body (valid under {@code request}), or null
 * @param responseExample an example response (valid under {@code response}), or null for a page
 */
public record Route(
    String method, String path, String operation, String summary, boolean acts, boolean page, ObjectNode request,
    ObjectNode response, String requestExample, String responseExample, Endpoint endpoint) {

  /** Handles a call: returns the JSON ({@link com.fasterxml.jackson.databind.JsonNode}) or the HTML page (String). */
  @FunctionalInterface
  public interface Endpoint {
    Object handle(Call call) throws Exception;
  }

  /** This route, acting as the signed-in member. */
  public Route acting() {
    return new Route(method, path, operation, summary, true, page, request, response, requestExample, responseExample,
        endpoint);
  }

  public boolean changesState() {
    return !method.equals("GET");
  }
}
