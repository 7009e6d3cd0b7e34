package org.serge.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import org.serge.InvalidInputException;
import org.serge.council.planning.CloseIteration;
import org.serge.council.planning.FallBack;
import org.serge.council.planning.OpenRound;
import org.serge.council.planning.PlanReportInputs;
import org.serge.council.planning.PlanningRounds;
import org.serge.council.planning.ProposeDemand;
import org.serge.council.planning.ProposeProduction;
import org.serge.council.planning.RoundSpec;
import org.serge.formats.PlanReportHtml;
import org.serge.formats.PlanReportJson;
import org.serge.formats.RecordedPlanJson;
import org.serge.formats.RecordLinks;
import org.serge.planning.report.PlanReport;

/**
 * Handlers of planning rounds: a round as the record holds it (the federation's round, its
 * iterations with their indicative prices and tallies of excess demand, the proposals in force and
 * the plans drafted), a council's proposal or revision — one core action, {@code ProposeDemand} or
 * {@code ProposeProduction}, the same the CLI and simulated councils submit — and the plan report.
 */
final class PlanningApi {
  private PlanningApi() {}

  static JsonNode round(Call call) {
    String id = call.existing("planning-round", p -> p.rounds);
    return call.read(p -> {
      ObjectNode node = Json.MAPPER.createObjectNode();
      node.set("round", Json.row(PlanningRounds.round(p, id)));
      node.set("iterations", Json.rows(PlanningRounds.iterations(p, id)));
      node.set("proposals", Json.rows(PlanningRounds.current(p, id)));
      node.set("plans", Json.rows(PlanningRounds.plans(p, id)));
      return node;
    });
  }

  /**
   * A council's proposal in the round, made or revised: production when the body names a
   * {@code product} (a workplace council), else demand (a neighbourhood council). Forms send one
   * field per product: {@code quantity-CODE}, {@code input-CODE}.
   */
  static JsonNode propose(Call call) {
    String round = call.existing("planning-round", p -> p.rounds);
    String council = call.required("council");
    String product = call.text("product");
    if (product == null) {
      return Json.events(call.submit(new ProposeDemand(round, council, number(call.required("hours_per_member"),
          "hours_per_member"), amounts(call, "quantities", "quantity-"))));
    }
    String capacity = call.text("capacity");
    return Json.events(call.submit(new ProposeProduction(round, council, product,
        number(call.required("output"), "output"), amounts(call, "inputs", "input-"),
        number(call.required("hours"), "hours"), amounts(call, "uses", "use-"),
        capacity == null ? Double.POSITIVE_INFINITY : number(capacity, "capacity"))));
  }

  /** Opens a round in the federation: the spec is the round's canonical JSON, as the opening event holds it. */
  static JsonNode openRound(Call call) {
    String federation = call.existing("council", p -> p.councils);
    if (!(call.body().get("spec") instanceof ObjectNode spec)) {
      throw new InvalidInputException(null, 0, "spec", "must be a JSON object");
    }
    return Json.events(call.submit(new OpenRound(federation, call.required("decision"),
        RoundSpec.fromJson(spec, "spec"))));
  }

  static JsonNode fallBack(Call call) {
    return Json.events(call.submit(new FallBack(call.existing("planning-round", p -> p.rounds))));
  }

  /** A plan as {@code serge plan show --json} prints it. */
  static JsonNode plan(Call call) {
    String plan = call.existing("plan", p -> p.plans);
    return call.read(p -> RecordedPlanJson.of(p, plan, Json::row, Json::decision));
  }

  /** The plan report as JSON, the same report the page and {@code serge report} render. */
  static JsonNode reportJson(Call call) {
    String plan = call.existing("plan", p -> p.plans);
    // Recomputing a report replays the round's iterations: done once per record seq, not per reader.
    return call.read(p -> call.app().cache().get("plan-report/" + plan, p.seq(),
        () -> PlanReportJson.json(PlanReport.of(PlanReportInputs.of(p, plan)))));
  }

  static JsonNode closeIteration(Call call) {
    return Json.events(call.submit(new CloseIteration(call.existing("planning-round", p -> p.rounds))));
  }

  /** The plan report as its own HTML document, its numbers linking to their events in the record. */
  static String report(Call call) {
    String plan = call.existing("plan", p -> p.plans);
    RecordLinks links = new RecordLinks("/api/record/events?limit=1&from=" + RecordLinks.SEQ);
    return call.read(p -> call.app().cache().html("plan-report/" + plan, p.seq(),
        () -> PlanReportHtml.render(PlanReport.of(PlanReportInputs.of(p, plan)), links)));
  }

  /** Amounts by code: a JSON object, or a form's {@code PREFIXcode} fields (blank ones left out). */
  private static Map<String, Double> amounts(Call call, String field, String prefix) {
    Map<String, Double> amounts = new TreeMap<>();
    if (call.fromForm()) {
      call.body().properties().forEach(f -> {
        if (f.getKey().startsWith(prefix) && !f.getValue().isNull() && !f.getValue().asText().isBlank()) {
          amounts.put(f.getKey().substring(prefix.length()), number(f.getValue().asText(), f.getKey()));
        }
      });
      return amounts;
    }
    JsonNode node = call.body().get(field);
    if (node == null || node.isNull()) {
      return amounts;
    }
    if (!node.isObject()) {
      throw new InvalidInputException(null, 0, field, "must be an object of amounts by code");
    }
    node.properties().forEach(f -> amounts.put(f.getKey(), number(f.getValue().asText(), field + "." + f.getKey())));
    return amounts;
  }

  private static double number(String text, String field) {
    try {
      double value = Double.parseDouble(text.strip());
      if (!Double.isFinite(value)) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new InvalidInputException(null, 0, field, "'" + text + "' is not a number");
    }
  }
}
