package org.serge.council.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.serge.InvalidInputException;
import org.serge.council.Payload;
import org.serge.planning.cycle.CycleSettings;
import org.serge.planning.cycle.PriceRule;

/**
 * What a federation's assembly decided a planning round is for: its period, the products (each made
 * in one region: a member federation, or the federation itself), the limited resources with their
 * limits (a CO2 budget), the most hours of work a member may give, public demand (fixed quantities,
 * plus what the projects selected by participatory budgets need), and how the cycle runs (ε, the most
 * rounds, the price rule). Immutable; written into the opening event as canonical JSON.
 *
 * @param products in order: the product index everywhere in the round
 * @param maxHoursPerMember infinite: no limit
 * @param publicDemand fixed units by product code (the PB projects come on top)
 * @param budgets PB projects mapped to the product quantities they need
 * @param rule {@code cost} or {@code excess} ({@link PriceRule.Kind})
 */
public record RoundSpec(String title, String period, List<Product> products, List<Resource> resources,
    double maxHoursPerMember, Map<String, Double> publicDemand, List<Budgeted> budgets, double epsilon,
    int maxRounds, String rule) {

  /** A product of the round and the region (federation id) whose workplaces make it. */
  public record Product(String code, String region) {}

  /** A limited resource and the most of it the plan may use (infinite: tracked only). */
  public record Resource(String code, double limit) {}

  /**
   * A project of a participatory-budget round and the products it needs: when the round (counted)
   * selected it, these quantities are public demand.
   */
  public record Budgeted(String round, String project, Map<String, Double> quantities) {
    public Budgeted {
      quantities = new TreeMap<>(quantities);
    }
  }

  public RoundSpec {
    products = List.copyOf(products);
    resources = List.copyOf(resources);
    publicDemand = new TreeMap<>(publicDemand);
    budgets = List.copyOf(budgets);
    rule = rule == null ? "cost" : rule.toLowerCase(Locale.ROOT);
  }

  /** The cycle's settings (one thread: the record side computes no simulated councils). */
  public CycleSettings settings() {
    try {
      return new CycleSettings(epsilon, maxRounds, kind(), 1);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(null, 0, "settings", e.getMessage());
    }
  }

  PriceRule.Kind kind() {
    return switch (rule) {
      case "cost" -> PriceRule.Kind.COST;
      case "excess" -> PriceRule.Kind.EXCESS;
      default -> throw new InvalidInputException(null, 0, "rule", "'" + rule + "' is not cost or excess");
    };
  }

  List<String> productCodes() {
    return products.stream().map(Product::code).toList();
  }

  ObjectNode json() {
    ObjectNode node = Payload.object();
    node.put("title", title);
    node.put("period", period);
    ArrayNode list = node.putArray("products");
    products.forEach(p -> list.addObject().put("code", p.code()).put("region", p.region()));
    ArrayNode limits = node.putArray("resources");
    resources.forEach(r -> limits.addObject().put("code", r.code()).put("limit", Numbers.text(r.limit())));
    node.put("maxHoursPerMember", Numbers.text(maxHoursPerMember));
    node.set("publicDemand", Numbers.object(publicDemand));
    ArrayNode pb = node.putArray("budgets");
    budgets.forEach(b -> {
      ObjectNode entry = pb.addObject().put("round", b.round()).put("project", b.project());
      entry.set("quantities", Numbers.object(b.quantities()));
    });
    node.put("epsilon", Numbers.text(epsilon));
    node.put("maxRounds", maxRounds);
    node.put("rule", rule);
    return node;
  }

  /**
   * A spec from its canonical JSON (the form the opening event holds): what adapters take from a
   * request. Bad input names {@code where} and the field.
   */
  public static RoundSpec fromJson(ObjectNode node, String where) {
    return read(new Payload(node, where));
  }

  static RoundSpec read(Payload p) {
    String where = p.where();
    List<Product> products = new ArrayList<>();
    for (JsonNode n : p.array("products")) {
      products.add(new Product(entry(n, p, "products").text("code"), entry(n, p, "products").text("region")));
    }
    List<Resource> resources = new ArrayList<>();
    for (JsonNode n : p.array("resources")) {
      resources.add(new Resource(entry(n, p, "resources").text("code"), Numbers.parse(n.get("limit"), where,
          "resources.limit")));
    }
    List<Budgeted> budgets = new ArrayList<>();
    for (JsonNode n : p.array("budgets")) {
      Payload b = entry(n, p, "budgets");
      budgets.add(new Budgeted(b.text("round"), b.text("project"), Numbers.map(n.get("quantities"), where,
          "budgets.quantities")));
    }
    long rounds = p.integer("maxRounds");
    return new RoundSpec(p.text("title"), p.text("period"), products, resources,
        Numbers.parse(p.node().get("maxHoursPerMember"), where, "maxHoursPerMember"),
        Numbers.map(p.node().get("publicDemand"), where, "publicDemand"), budgets,
        Numbers.parse(p.node().get("epsilon"), where, "epsilon"), (int) Math.min(Integer.MAX_VALUE, rounds),
        p.text("rule"));
  }

  private static Payload entry(JsonNode node, Payload p, String field) {
    if (!node.isObject()) {
      throw p.bad(field, "holds something that is not an object");
    }
    return new Payload((ObjectNode) node, p.where());
  }
}
