package org.serge.council.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.serge.InvalidInputException;
import org.serge.council.Payload;

/**
 * Doubles in the record: the decimal string {@link Double#toString} writes (the canonical JSON has no
 * fractions), read back with {@link Double#parseDouble}, which gives back the very same double; infinity
 * as {@code "Infinity"}. Vectors by product or resource code, as JSON objects, so that a reader needs no
 * index. See docs/planning-cycle.md, "Recomputing a round bit for bit".
 */
final class Numbers {
  private Numbers() {}

  static String text(double value) {
    return Double.toString(value);
  }

  /** A number written by {@link #text}; bad input naming {@code where} and {@code field} otherwise. */
  static double parse(JsonNode node, String where, String field) {
    if (node == null || !node.isTextual()) {
      throw new InvalidInputException(where, 0, field, "is not a number written as a string");
    }
    try {
      double value = Double.parseDouble(node.textValue());
      if (Double.isNaN(value)) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new InvalidInputException(where, 0, field, "'" + node.textValue() + "' is not a number");
    }
  }

  /** {code: number} for the non-zero entries of {@code values}, in code order ({@code all}: every entry). */
  static ObjectNode object(List<String> codes, double[] values, boolean all) {
    ObjectNode node = Payload.object();
    for (int i = 0; i < values.length; i++) {
      if (all || values[i] != 0) {
        node.put(codes.get(i), text(values[i]));
      }
    }
    return node;
  }

  /** {code: number} of a map, in its order. */
  static ObjectNode object(Map<String, Double> values) {
    ObjectNode node = Payload.object();
    values.forEach((code, value) -> node.put(code, text(value)));
    return node;
  }

  /** A JSON array of numbers. */
  static ArrayNode array(double[] values) {
    ArrayNode array = Payload.array();
    for (double value : values) {
      array.add(text(value));
    }
    return array;
  }

  /** The dense vector an {@link #object} wrote, by the index of {@code codes}; unknown codes are bad input. */
  static double[] dense(JsonNode node, List<String> codes, String where, String field) {
    if (node == null || !node.isObject()) {
      throw new InvalidInputException(where, 0, field, "is not an object of numbers by code");
    }
    double[] values = new double[codes.size()];
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      int at = codes.indexOf(entry.getKey());
      if (at < 0) {
        throw new InvalidInputException(where, 0, field + "." + entry.getKey(), "is not a code of this round");
      }
      values[at] = parse(entry.getValue(), where, field + "." + entry.getKey());
    }
    return values;
  }

  /** A map of numbers by code, in the object's order. */
  static Map<String, Double> map(JsonNode node, String where, String field) {
    if (node == null || !node.isObject()) {
      throw new InvalidInputException(where, 0, field, "is not an object of numbers by code");
    }
    Map<String, Double> values = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      values.put(entry.getKey(), parse(entry.getValue(), where, field + "." + entry.getKey()));
    }
    return values;
  }
}
