package org.serge.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** /openapi.json lists every registered route, and every example is valid under its schema. */
class OpenApiTest {
  private final JsonNode doc = OpenApi.document(Routes.all());
  private final SchemaCheck check = new SchemaCheck(doc);

  @Test
  void everyRouteIsInTheDocumentOnce() {
    Set<String> seen = new HashSet<>();
    for (Route route : Routes.all()) {
      assertTrue(seen.add(route.method() + " " + route.path()), "registered twice: " + route.path());
      JsonNode op = doc.get("paths").path(route.path()).get(route.method().toLowerCase(Locale.ROOT));
      assertTrue(op != null, route.method() + " " + route.path() + " is not in /openapi.json");
      assertEquals(route.operation(), op.get("operationId").asText());
    }
    Set<String> operations = new HashSet<>();
    Routes.all().forEach(r -> assertTrue(operations.add(r.operation()), "operationId twice: " + r.operation()));
    assertEquals("3.1.0", doc.get("openapi").asText());
  }

  @Test
  void everyExampleIsValidUnderItsSchema() {
    List<String> problems = new ArrayList<>();
    for (Route route : Routes.all()) {
      if (route.page()) {
        continue;
      }
      JsonNode op = doc.get("paths").get(route.path()).get(route.method().toLowerCase(Locale.ROOT));
      JsonNode response = op.get("responses").get("200").get("content").get("application/json");
      check.problems(response.get("schema"), response.get("example"))
          .forEach(p -> problems.add(route.operation() + " response: " + p));
      JsonNode request = op.path("requestBody").path("content").path("application/json");
      if (!request.isMissingNode()) {
        check.problems(request.get("schema"), request.get("example"))
            .forEach(p -> problems.add(route.operation() + " request: " + p));
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theSchemaCheckCatchesABadExample() {
    JsonNode schema = Json.MAPPER.createObjectNode().put("$ref", "#/components/schemas/Events");
    assertFalse(check.problems(schema, Json.quoted("{'events':[{'seq':'one'}]}")).isEmpty());
    assertFalse(check.problems(Schemas.object().req("member", Schemas.string()).closed(),
        Json.quoted("{'member':'ana','actor':'member:bob'}")).isEmpty(), "request bodies name no actor");
  }

  @Test
  void theServerServesTheSameDocument() {
    try (World w = new World(false)) {
      assertEquals(doc, w.anonymous().get("/openapi.json").json());
    }
  }
}
