package org.serge.cli.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.serge.planning.cycle.DemandProposal;
import org.serge.planning.cycle.Frame;
import org.serge.planning.cycle.Prices;
import org.serge.planning.cycle.ProductionProposal;
import org.serge.planning.cycle.Round;
import org.serge.planning.cycle.Tally;

/**
 * The planning-cycle part of the demo report: the federation's councils planning the UK 2019
 * economy round by round, the rounds' largest excess, each council's plan (hours per worker,
 * consumption per person in hours of work) and the checks against the Leontief figure.
 */
final class CycleReport {
  private CycleReport() {}

  /** A council's line in the plan. */
  record CouncilPlan(String council, String kind, String region, long members, double hours, double perMember,
      double output) {}

  static List<CouncilPlan> councils(UkPlanning.Result r) {
    Frame frame = r.outcome().frame();
    Prices prices = r.outcome().last().prices();
    List<CouncilPlan> lines = new ArrayList<>();
    for (ProductionProposal p : r.outcome().plan().producers()) {
      lines.add(new CouncilPlan(p.council(), "workplace", frame.regions().get(frame.region(p.product())), p.members(),
          p.hours(), p.hoursPerMember(), p.output()));
    }
    for (DemandProposal d : r.outcome().plan().consumers()) {
      double value = 0;
      for (int i = 0; i < d.quantities().length; i++) {
        value += prices.product(i) * d.quantities()[i];
      }
      lines.add(new CouncilPlan(d.council(), "neighbourhood", frame.regions().get(d.region()), d.members(),
          d.hours(), value / d.members(), value));
    }
    return lines;
  }

  static ObjectNode json(UkPlanning.Result r) {
    Tally tally = r.tally();
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("regions", r.split().frame().regionCount()).put("products", r.split().frame().productCount())
        .put("workplaces", r.split().producers().size()).put("neighbourhoods", r.split().consumers().size())
        .put("rule", "cost").put("epsilon", UkPlanning.EPSILON).put("converged", r.outcome().converged())
        .put("rounds", r.outcome().roundCount()).put("hoursWorked", tally.hoursWorked())
        .put("hoursOffered", tally.hoursOffered()).put("leontiefHours", r.leontiefHours())
        .put("tableHours", r.split().hours()).put("scale", r.split().spec().scale())
        .put("publicDemand", sum(r.publicDemand()))
        .put("incomePerHour", r.outcome().last().prices().incomePerHour());
    ArrayNode rounds = node.putArray("largestExcess");
    r.outcome().rounds().forEach(round -> rounds.add(round.largestExcess()));
    ArrayNode councils = node.putArray("councils");
    for (CouncilPlan c : councils(r)) {
      councils.addObject().put("council", c.council()).put("kind", c.kind()).put("region", c.region())
          .put("members", c.members()).put("hours", c.hours()).put("perMember", c.perMember());
    }
    return node;
  }

  static String html(UkPlanning.Result r) {
    Tally tally = r.tally();
    StringBuilder h = new StringBuilder("<h2>The councils plan the economy: the participatory planning cycle</h2>");
    long members = r.split().consumers().stream().mapToLong(c -> c.members()).sum();
    double uk = 1e6 / r.split().spec().scale();
    h.append(p("The ONS products grouped into %d sectors, each made in every region by a workplace council: %d "
        + "workplace councils and %d neighbourhood councils in %d regions, with the members they have on the record. "
        + "The %d neighbourhood members stand for the UK's people (ONS mid-2019, about %,.0f each), so the federation "
        + "plans the UK economy at its scale, in £ of 2019 output, and its figures per member are the UK's per person. "
        + "Neighbourhoods ask for the 2019 household basket at the published prices; public demand is the rest of "
        + "2019's final use plus the projects of the participatory budget. Workplaces open with the final demand for "
        + "their product and revise to what is asked of them. Prices are labour values in hours (no limit binds).",
        UkFederation.SECTORS.size(), r.split().producers().size(), r.split().consumers().size(),
        r.split().frame().regionCount(), members, uk / 1e6));
    h.append(p("%s after %d rounds (ε = %.1f%% of each product's output). The plan takes %,.0f hours (%,.0f million "
        + "at the UK's scale); the Leontief solve of its final demand takes %,.0f (%+.3f%%); the members offer %,.0f. "
        + "Hours are the ONS wages at £%.0f an hour (illustrative).",
        r.outcome().converged() ? "Converged" : "NOT converged", r.outcome().roundCount(), 100 * UkPlanning.EPSILON,
        tally.hoursWorked(), tally.hoursWorked() * uk / 1e6, r.leontiefHours(),
        100 * (tally.hoursWorked() / r.leontiefHours() - 1), tally.hoursOffered(), UkFederation.POUNDS_PER_HOUR));
    List<String> labels = new ArrayList<>();
    double[] excess = new double[r.outcome().roundCount()];
    for (Round round : r.outcome().rounds()) {
      labels.add("round " + round.number());
      excess[round.number() - 1] = 100 * round.largestExcess();
    }
    h.append(Svg.bars("Largest excess demand of a round, % of output", labels, excess, "%.2f%%"));
    h.append("<table><caption>Each council's plan</caption><tr><th scope=col>council</th><th scope=col>region</th>"
        + "<th scope=col>members</th><th scope=col>hours a worker</th>"
        + "<th scope=col>consumption a person, hours of work</th></tr>");
    for (CouncilPlan c : councils(r)) {
      boolean workplace = c.kind().equals("workplace");
      h.append(String.format("<tr><td>%s</td><td>%s</td><td>%,d</td><td>%s</td><td>%s</td></tr>",
          Svg.escape(c.council()), Svg.escape(c.region()), c.members(),
          workplace ? String.format("%,.0f", c.perMember()) : "", workplace ? "" : String.format("%,.0f", c.perMember())));
    }
    return h.append("</table>").toString();
  }

  static String summary(UkPlanning.Result r) {
    return String.format("10. The %d councils planned the economy by the cycle (cost prices): %s in %d rounds; "
        + "%,.0f hours (%,.0f million at the UK's scale), the Leontief figure of the plan's final demand %+.3f%%.",
        r.split().producers().size() + r.split().consumers().size(),
        r.outcome().converged() ? "converged" : "NOT converged", r.outcome().roundCount(), r.tally().hoursWorked(),
        r.tally().hoursWorked() / r.split().spec().scale(), 100 * (r.tally().hoursWorked() / r.leontiefHours() - 1));
  }

  private static double sum(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total;
  }

  private static String p(String format, Object... args) {
    return "<p>" + Svg.escape(String.format(format, args)) + "</p>";
  }
}
