package org.serge.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Set;

/** Validates JSON against a schema of the OpenAPI document (its component references resolved). */
final class SchemaCheck {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private final JsonNode components;

  SchemaCheck(JsonNode openApi) {
    this.components = openApi.get("components").get("schemas");
  }

  /** The problems of {@code value} under {@code schema}; empty when valid. */
  List<String> problems(JsonNode schema, JsonNode value) {
    try {
      ObjectNode whole = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(schema)
          .replace("#/components/schemas/", "#/$defs/"));
      whole.put("$schema", "https://json-schema.org/draft/2020-12/schema");
      whole.set("$defs", MAPPER.readTree(MAPPER.writeValueAsString(components)
          .replace("#/components/schemas/", "#/$defs/")));
      JsonSchema compiled = FACTORY.getSchema(whole);
      Set<ValidationMessage> errors = compiled.validate(value);
      return errors.stream().map(ValidationMessage::getMessage).toList();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
