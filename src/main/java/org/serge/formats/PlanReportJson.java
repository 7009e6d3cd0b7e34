package org.serge.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.serge.planning.report.Balance;
import org.serge.planning.report.ByWhom;
import org.serge.planning.report.Distribution;
import org.serge.planning.report.Figure;
import org.serge.planning.report.Flow;
import org.serge.planning.report.ForWhom;
import org.serge.planning.report.PlanReport;
import org.serge.planning.report.PlanReportInput;
import org.serge.planning.report.Source;
import org.serge.planning.report.ToWhatEnd;

/**
 * The plan report as JSON (report.json). Every number is a figure object {@code {"value": …,
 * "unit": …, "sources": [seq, …]}} (value null where it is infinite, with {@code "infinite":
 * true}); events are objects {@code {"seq", "type", "label"}} and all of them are listed once
 * under {@code "events"}. The layout follows {@link PlanReport}: byWhom, forWhom, toWhatEnd,
 * balance, flows, minorityReports. Documented in docs/plan-report.md.
 */
public final class PlanReportJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PlanReportJson() {}

  /** The report as indented JSON text. */
  public static String write(PlanReport report) {
    try {
      return JSON.writeValueAsString(json(report)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the plan report as JSON", e);
    }
  }

  /** The report as a JSON tree. */
  public static ObjectNode json(PlanReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("planId", report.planId()).put("title", report.title()).put("period", report.period())
        .put("approved", report.approval() != null).put("converged", report.converged());
    root.set("opening", event(report.opening()));
    root.set("approval", report.approval() == null ? null : event(report.approval()));
    root.set("byWhom", byWhom(report));
    root.set("forWhom", forWhom(report));
    root.set("toWhatEnd", toWhatEnd(report.toWhatEnd()));
    ArrayNode balance = root.putArray("balance");
    for (Balance line : report.balance()) {
      ObjectNode node = balance.addObject().put("product", line.product()).put("region", line.region());
      figures(node, "output", line.output(), "intermediate", line.intermediate(), "consumption", line.consumption(),
          "publicDemand", line.publicDemand(), "surplus", line.surplus(), "price", line.price());
      node.put("holds", line.holds());
    }
    root.put("balances", report.balances());
    ArrayNode flows = root.putArray("flows");
    for (Flow flow : report.flows()) {
      flows.addObject().put("from", flow.from()).put("to", flow.to()).put("stage", flow.stage() == 0 ? "made" : "used")
          .set("value", figure(flow.value()));
    }
    ArrayNode minority = root.putArray("minorityReports");
    for (PlanReportInput.MinorityReport m : report.minorityReports()) {
      minority.addObject().put("author", m.author()).put("text", m.text()).set("source", event(m.source()));
    }
    ArrayNode events = root.putArray("events");
    report.events().forEach(source -> events.add(event(source)));
    return root;
  }

  /** A figure: its value, unit and the seqs of its sources. */
  static ObjectNode figure(Figure figure) {
    ObjectNode node = JSON.createObjectNode();
    if (Double.isFinite(figure.value())) {
      node.put("value", figure.value());
    } else {
      node.putNull("value").put("infinite", true);
    }
    node.put("unit", figure.unit());
    ArrayNode sources = node.putArray("sources");
    figure.sources().forEach(source -> sources.add(source.seq()));
    return node;
  }

  private static ObjectNode event(Source source) {
    return JSON.createObjectNode().put("seq", source.seq()).put("type", source.type()).put("label", source.label());
  }

  // Puts name/figure pairs.
  private static void figures(ObjectNode node, Object... pairs) {
    for (int i = 0; i < pairs.length; i += 2) {
      node.set((String) pairs[i], pairs[i + 1] == null ? null : figure((Figure) pairs[i + 1]));
    }
  }

  // The figures of a list by product code: {"steel": {...}}.
  private static ObjectNode byProduct(List<Figure> figures) {
    ObjectNode node = JSON.createObjectNode();
    figures.forEach(figure -> node.set(figure.product(), figure(figure)));
    return node;
  }

  private static ObjectNode council(ObjectNode node, PlanReportInput.Council council, PlanReport report) {
    return node.put("council", council.id()).put("name", council.name()).put("kind", council.kind().text())
        .put("region", report.region(council));
  }

  private static ObjectNode byWhom(PlanReport report) {
    ByWhom byWhom = report.byWhom();
    ObjectNode node = JSON.createObjectNode();
    figures(node, "hoursWorked", byWhom.hoursWorked(), "hoursOffered", byWhom.hoursOffered());
    ArrayNode producers = node.putArray("producers");
    for (ByWhom.Producer p : byWhom.producers()) {
      ObjectNode line = council(producers.addObject(), p.council(), report);
      line.put("product", p.product());
      figures(line, "members", p.members(), "output", p.output(), "hours", p.hours(), "hoursPerMember",
          p.hoursPerMember(), "shareOfHours", p.shareOfHours(), "freeTimePerMember", p.freeTimePerMember(),
          "capacity", p.capacity());
      line.set("inputs", byProduct(p.inputs()));
      line.put("atCapacity", p.atCapacity());
    }
    return node;
  }

  private static ObjectNode forWhom(PlanReport report) {
    ForWhom forWhom = report.forWhom();
    ObjectNode node = JSON.createObjectNode();
    ArrayNode consumers = node.putArray("consumers");
    for (ForWhom.Consumer c : forWhom.consumers()) {
      ObjectNode line = council(consumers.addObject(), c.council(), report);
      figures(line, "members", c.members(), "value", c.value(), "valuePerMember", c.valuePerMember(),
          "hoursPerMember", c.hoursPerMember(), "freeTimePerMember", c.freeTimePerMember());
      line.set("units", byProduct(c.units()));
      line.set("unitsPerMember", byProduct(c.perMember()));
    }
    ArrayNode goods = node.putArray("publicGoods");
    for (ForWhom.PublicGood good : forWhom.publicGoods()) {
      ObjectNode line = goods.addObject().put("name", good.name());
      line.set("units", byProduct(good.units()));
      line.set("value", figure(good.value()));
    }
    node.set("distribution", distribution(forWhom.distribution()));
    ArrayNode regions = node.putArray("regions");
    for (ForWhom.Region region : forWhom.regions()) {
      ObjectNode line = regions.addObject().put("region", region.region());
      figures(line, "members", region.members(), "meanValuePerMember", region.meanValuePerMember(),
          "exports", region.exports(), "imports", region.imports());
      line.set("distribution", distribution(region.distribution()));
    }
    ArrayNode trade = node.putArray("trade");
    for (ForWhom.TradeFlow flow : forWhom.trade()) {
      trade.addObject().put("product", flow.product()).put("from", flow.from()).put("to", flow.to())
          .set("units", figure(flow.units()));
    }
    return node;
  }

  private static ObjectNode distribution(Distribution d) {
    ObjectNode node = JSON.createObjectNode();
    figures(node, "gini", d.gini(), "min", d.min(), "median", d.median(), "max", d.max());
    return node;
  }

  private static ObjectNode toWhatEnd(ToWhatEnd end) {
    ObjectNode node = JSON.createObjectNode();
    ArrayNode targets = node.putArray("targets");
    for (ToWhatEnd.Target t : end.targets()) {
      ObjectNode line = targets.addObject().put("product", t.product());
      figures(line, "target", t.target(), "planned", t.planned(), "fulfilment", t.fulfilment());
      line.put("met", t.met());
    }
    figures(node, "targetsMet", end.targetsMet());
    ObjectNode hours = node.putObject("hours");
    figures(hours, "limit", end.hours().limit(), "mostWorkedPerMember", end.hours().mostWorkedPerMember(),
        "mostOfferedPerMember", end.hours().mostOfferedPerMember());
    hours.put("within", end.hours().within());
    ArrayNode limits = node.putArray("limits");
    for (ToWhatEnd.Limit l : end.limits()) {
      ObjectNode line = limits.addObject().put("resource", l.resource());
      figures(line, "budget", l.budget(), "used", l.used(), "premium", l.premium());
      line.put("binding", l.binding()).put("within", l.within());
    }
    ToWhatEnd.Convergence c = end.convergence();
    ObjectNode convergence = node.putObject("convergence").put("converged", c.converged());
    figures(convergence, "rounds", c.rounds(), "epsilon", c.epsilon(), "largestExcess", c.largestExcess());
    ArrayNode byRound = convergence.putArray("largestExcessByRound");
    c.largestExcessByRound().forEach(f -> byRound.add(figure(f)));
    return node;
  }
}
