package org.serge.council.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.serge.InvalidInputException;
import org.serge.planning.cycle.DemandProposal;
import org.serge.planning.cycle.Frame;
import org.serge.planning.cycle.Prices;
import org.serge.planning.cycle.ProductionProposal;
import org.serge.planning.cycle.Tally;

/**
 * Proposals, prices and tallies as the record writes them: numbers as {@link Numbers} strings,
 * vectors by product or resource code. A proposal's council is its row's, not part of its figures.
 */
final class ProposalJson {
  private ProposalJson() {}

  static final String DEMAND = "demand";
  static final String PRODUCTION = "production";

  static ObjectNode demand(Frame frame, DemandProposal d) {
    ObjectNode node = org.serge.council.Payload.object();
    node.put("members", d.members());
    node.put("region", frame.regions().get(d.region()));
    node.put("hoursPerMember", Numbers.text(d.hoursPerMember()));
    node.set("quantities", Numbers.object(frame.products(), d.quantities(), false));
    return node;
  }

  static ObjectNode production(Frame frame, ProductionProposal p) {
    ObjectNode node = org.serge.council.Payload.object();
    node.put("members", p.members());
    node.put("product", frame.products().get(p.product()));
    node.put("output", Numbers.text(p.output()));
    node.set("inputs", Numbers.object(frame.products(), p.inputs(), false));
    node.put("hours", Numbers.text(p.hours()));
    node.set("uses", Numbers.object(frame.resources(), p.resourceUse(), false));
    node.put("capacity", Numbers.text(p.capacity()));
    return node;
  }

  static DemandProposal readDemand(Frame frame, String council, JsonNode node, String where) {
    int region = frame.regions().indexOf(text(node, "region", where));
    if (region < 0) {
      throw new InvalidInputException(where, 0, "region", "is not a region of this round");
    }
    return new DemandProposal(council, region, members(node, where), Numbers.parse(node.get("hoursPerMember"), where,
        "hoursPerMember"), Numbers.dense(node.get("quantities"), frame.products(), where, "quantities"));
  }

  static ProductionProposal readProduction(Frame frame, String council, JsonNode node, String where) {
    int product = frame.products().indexOf(text(node, "product", where));
    if (product < 0) {
      throw new InvalidInputException(where, 0, "product", "is not a product of this round");
    }
    return new ProductionProposal(council, members(node, where), product,
        Numbers.parse(node.get("output"), where, "output"),
        Numbers.dense(node.get("inputs"), frame.products(), where, "inputs"),
        Numbers.parse(node.get("hours"), where, "hours"),
        Numbers.dense(node.get("uses"), frame.resources(), where, "uses"),
        Numbers.parse(node.get("capacity"), where, "capacity"));
  }

  static ObjectNode prices(Frame frame, Prices prices) {
    ObjectNode node = org.serge.council.Payload.object();
    node.set("products", Numbers.object(frame.products(), prices.products(), true));
    node.set("resources", Numbers.object(frame.resources(), prices.resources(), true));
    node.put("incomePerHour", Numbers.text(prices.incomePerHour()));
    return node;
  }

  static ObjectNode tally(Frame frame, Tally tally) {
    ObjectNode node = org.serge.council.Payload.object();
    node.set("supply", Numbers.object(frame.products(), tally.supply(), true));
    node.set("intermediate", Numbers.object(frame.products(), tally.intermediate(), true));
    node.set("consumption", Numbers.object(frame.products(), tally.consumption(), true));
    node.set("publicDemand", Numbers.object(frame.products(), tally.publicDemand(), true));
    node.set("excess", Numbers.object(frame.products(), tally.excess(), true));
    node.set("resourceUse", Numbers.object(frame.resources(), tally.resourceUse(), true));
    node.put("hoursWorked", Numbers.text(tally.hoursWorked()));
    node.put("hoursOffered", Numbers.text(tally.hoursOffered()));
    node.put("surplus", Numbers.text(tally.surplus()));
    return node;
  }

  static Prices readPrices(Frame frame, JsonNode node, String where) {
    return new Prices(Numbers.dense(node.get("products"), frame.products(), where, "prices.products"),
        Numbers.dense(node.get("resources"), frame.resources(), where, "prices.resources"),
        Numbers.parse(node.get("incomePerHour"), where, "prices.incomePerHour"));
  }

  static Tally readTally(Frame frame, JsonNode node, String where) {
    List<String> products = frame.products();
    return new Tally(Numbers.dense(node.get("supply"), products, where, "tally.supply"),
        Numbers.dense(node.get("intermediate"), products, where, "tally.intermediate"),
        Numbers.dense(node.get("consumption"), products, where, "tally.consumption"),
        Numbers.dense(node.get("publicDemand"), products, where, "tally.publicDemand"),
        Numbers.dense(node.get("excess"), products, where, "tally.excess"),
        Numbers.dense(node.get("resourceUse"), frame.resources(), where, "tally.resourceUse"),
        Numbers.parse(node.get("hoursWorked"), where, "tally.hoursWorked"),
        Numbers.parse(node.get("hoursOffered"), where, "tally.hoursOffered"),
        Numbers.parse(node.get("surplus"), where, "tally.surplus"));
  }

  private static int members(JsonNode node, String where) {
    JsonNode members = node.get("members");
    if (members == null || !members.canConvertToInt()) {
      throw new InvalidInputException(where, 0, "members", "is not a whole number");
    }
    return members.intValue();
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new InvalidInputException(where, 0, field, "is missing or not a string");
    }
    return value.textValue();
  }
}
