package org.serge.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.serge.planning.report.Figure;
import org.serge.planning.report.HandPlan;
import org.serge.planning.report.PlanReport;
import org.serge.planning.report.SimulatedPlan;

/** The plan report's JSON (schema, every number sourced) and CSV (reads back to the same figures). */
class PlanReportJsonCsvTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final PlanReport HAND = PlanReport.of(HandPlan.input(true));

  @Test
  void jsonFollowsItsSchema() throws Exception {
    JsonNode schema;
    try (InputStream in = PlanReportJson.class.getResourceAsStream("plan-report.schema.json")) {
      schema = MAPPER.readTree(in);
    }
    var compiled = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    for (PlanReport report : List.of(HAND, PlanReport.of(SimulatedPlan.input("sim", 30, 12, 6, 2, 3)))) {
      JsonNode json = MAPPER.readTree(PlanReportJson.write(report));
      assertEquals(Set.of(), compiled.validate(json).stream().map(Object::toString).collect(Collectors.toSet()));
    }
  }

  @Test
  void everyNumberInTheJsonIsAFigureWithSourcesThatAreListedEvents() throws Exception {
    JsonNode json = MAPPER.readTree(PlanReportJson.write(HAND));
    Set<Long> events = new HashSet<>();
    json.get("events").forEach(event -> events.add(event.get("seq").asLong()));
    List<String> numbers = new ArrayList<>();
    walk(json, "", numbers, events);
    assertTrue(numbers.size() > 80, "figures: " + numbers.size());
  }

  @Test
  void jsonCarriesTheHandFiguresAndTheInfiniteCapacityAsNull() throws Exception {
    JsonNode json = MAPPER.readTree(PlanReportJson.write(HAND));
    JsonNode north = json.get("forWhom").get("consumers").get(0);
    assertEquals("east", north.get("region").asText());
    assertEquals(4.75, north.get("valuePerMember").get("value").asDouble());
    assertEquals("[3,6]", north.get("valuePerMember").get("sources").toString());
    JsonNode mill = json.get("byWhom").get("producers").get(1);
    assertTrue(mill.get("capacity").get("value").isNull());
    assertTrue(mill.get("capacity").get("infinite").asBoolean());
    assertEquals(10, json.get("forWhom").get("regions").get(0).get("exports").get("value").asDouble());
    assertEquals("Too little bread <for> the north & south.", json.get("minorityReports").get(0).get("text").asText());
    assertEquals(10, json.get("approval").get("seq").asInt());
  }

  @Test
  void csvReadsBackToTheSameFigures() {
    String csv = PlanReportCsv.figures(HAND);
    List<Figure> figures = HAND.figures();
    try (CsvReader reader = new CsvReader(new StringReader(csv), "plan.csv", ',')) {
      assertEquals(PlanReportCsv.FIGURES_HEADER, String.join(",", reader.next().fields()));
      for (Figure figure : figures) {
        var row = reader.next();
        assertEquals(List.of(figure.section(), figure.council(), figure.product(), figure.measure()),
            row.fields().subList(0, 4));
        assertEquals(figure.value(), Double.parseDouble(row.get(4)), "exactly: " + row);
        assertEquals(figure.unit(), row.get(5));
        assertEquals(figure.sources().stream().map(s -> Long.toString(s.seq())).collect(Collectors.joining(";")),
            row.get(6));
      }
      assertNull(reader.next());
    }
    String events = PlanReportCsv.events(HAND);
    assertEquals(11, events.lines().count());
    assertTrue(events.contains("9,minority-report.attached,minority report"), events);
  }

  @Test
  void jsonHasNoNaN() {
    assertFalse(PlanReportJson.write(HAND).contains("NaN"));
  }

  // Every number must be a figure's value, a seq among its sources, or an event's seq.
  private static void walk(JsonNode node, String path, List<String> numbers, Set<Long> events) {
    if (node.isObject()) {
      if (node.has("sources")) {
        assertTrue(node.get("sources").size() > 0, path);
        node.get("sources").forEach(seq -> assertTrue(events.contains(seq.asLong()), path + " cites " + seq));
        numbers.add(path);
      }
      node.properties().forEach(entry -> {
        JsonNode value = entry.getValue();
        String at = path + "/" + entry.getKey();
        if (value.isNumber()) {
          boolean sourced = entry.getKey().equals("value") && node.has("sources") || entry.getKey().equals("seq");
          assertTrue(sourced, "a number without a source at " + at);
        } else if (!entry.getKey().equals("sources")) {
          walk(value, at, numbers, events);
        }
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        assertFalse(node.get(i).isNumber(), "a bare number at " + path + "/" + i);
        walk(node.get(i), path + "/" + i, numbers, events);
      }
    }
  }
}
