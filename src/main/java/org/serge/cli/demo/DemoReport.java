package org.serge.cli.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.serge.planning.result.Limit;

/** Writes the demo's report: report.html (charts, tables, assumptions) and report.json. */
final class DemoReport {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DemoReport() {}

  static ObjectNode json(UkDemo.Result r, VotesDemo.Result votes, GovernanceReport.Outcome governance) {
    ObjectNode root = JSON.createObjectNode();
    root.put("economy", r.economy()).put("labourUnit", r.labourUnit()).put("products", r.products());
    root.set("baseline", JSON.valueToTree(r.baseline()));
    root.set("whatIf", JSON.valueToTree(r.whatIf()));
    root.set("whatIfChanges", JSON.valueToTree(r.whatIfChanges()));
    root.set("largestOutputs", JSON.valueToTree(r.largestOutputs()));
    root.put("co2Limit", r.co2Limit()).put("labourAvailable", r.labourAvailable());
    ArrayNode plans = root.putArray("plans");
    for (UkDemo.PlanOutcome outcome : List.of(r.primaryOnly(), r.withAlternatives())) {
      ObjectNode plan = plans.addObject();
      plan.put("title", outcome.title()).put("status", outcome.plan().status().name())
          .put("fulfilment", outcome.plan().fulfilment()).put("labourUsed", outcome.plan().labourUsed())
          .put("solver", outcome.plan().solver()).put("seconds", outcome.plan().seconds());
      ArrayNode limits = plan.putArray("limits");
      for (Limit l : outcome.plan().limits()) {
        ObjectNode limit = limits.addObject().put("kind", l.kind()).put("name", l.name()).put("unit", l.unit())
            .put("limit", l.limit()).put("used", l.used()).put("binding", l.binding());
        if (Double.isFinite(l.price())) {
          limit.put("shadowPrice", l.price());
        } else {
          limit.putNull("shadowPrice");
        }
      }
      plan.set("switchedTechnologies", JSON.valueToTree(outcome.switched()));
    }
    root.set("assumptions", JSON.valueToTree(UkDemo.assumptions()));
    ObjectNode election = root.putObject("election");
    election.put("file", VotesDemo.ELECTION).put("rule", votes.election().rule()).put("title", votes.electionTitle())
        .put("voters", votes.voters()).put("stages", votes.election().rounds().size())
        .put("balances", votes.election().balances());
    votes.election().elected().forEach(election.putArray("elected")::add);
    ObjectNode budget = root.putObject("budget");
    budget.put("file", votes.budgetFile()).put("rule", votes.rule()).put("budget", votes.budget())
        .put("spent", votes.spent()).put("projects", votes.projects())
        .put("satisfiedShare", votes.impact().satisfiedShare()).put("gini", votes.impact().gini())
        .put("matchesOfficialSelection", votes.matchesOfficial());
    votes.funded().forEach(budget.putArray("funded")::add);
    root.set("councils", GovernanceReport.json(governance));
    return root;
  }

  static void write(UkDemo.Result r, VotesDemo.Result votes, GovernanceReport.Outcome governance, Path directory)
      throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve("report.json"), JSON.writeValueAsString(json(r, votes, governance)));
    Files.writeString(directory.resolve("report.html"), html(r, votes, governance));
  }

  private static String html(UkDemo.Result r, VotesDemo.Result votes, GovernanceReport.Outcome governance) {
    StringBuilder h = new StringBuilder();
    h.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>Serge demo: the UK 2019 economy</title><style>").append(STYLE).append("</style></head><body><main>");
    h.append("<h1>The UK 2019 economy, planned</h1>");
    h.append(p("Computed by Serge from the ONS input-output analytical tables for 2019 (%d products). "
        + "Labour is counted as compensation of employees (in %s), the usual proxy for hours.", r.products(), r.labourUnit()));
    h.append("<h2>What the 2019 final use took</h2>");
    h.append(p("Final use of £%,.0f million needed a gross output of £%,.0f million and labour paid £%,.0f million "
        + "(Leontief solve: %d iterations, residual %.1e).", r.baseline().demand(), r.baseline().output(),
        r.baseline().labour(), r.iterations(), r.residual()));
    List<UkDemo.ProductChange> top = r.largestOutputs();
    h.append(Svg.bars("Largest gross outputs, £ million", top.stream().map(UkDemo.ProductChange::name).toList(),
        top.stream().mapToDouble(UkDemo.ProductChange::after).toArray(), "%,.0f"));
    h.append("<h2>What if: more health care, less fossil fuel</h2>");
    h.append(p("%s. Gross output changes by £%,+.0f million, labour by £%,+.0f million (%+.2f%%), illustrative CO2 by %,+.0f t.",
        capitalised(UkDemo.assumptions().get("whatIf")), r.whatIf().output() - r.baseline().output(),
        r.whatIf().labour() - r.baseline().labour(), 100 * (r.whatIf().labour() / r.baseline().labour() - 1),
        r.whatIf().co2() - r.baseline().co2()));
    List<UkDemo.ProductChange> changes = r.whatIfChanges();
    h.append(Svg.bars("Largest changes of gross output, £ million", changes.stream().map(UkDemo.ProductChange::name).toList(),
        changes.stream().mapToDouble(UkDemo.ProductChange::change).toArray(), "%,+.0f"));
    h.append("<h2>An optimal plan under a CO2 limit</h2>");
    h.append(p("Goal: meet as much of every 2019 final use as possible (fulfilment λ) with at most the 2019 labour "
        + "(£%,.0f million of wages) and %,.0f t of CO2 (%.0f%% less than 2019, illustrative).",
        r.labourAvailable(), r.co2Limit(), 100 * UkDemo.CO2_CUT));
    h.append("<table><caption>Plans compared</caption><tr><th scope=col>plan</th><th scope=col>status</th>"
        + "<th scope=col>fulfilment λ</th><th scope=col>labour used</th><th scope=col>products switched</th></tr>");
    for (UkDemo.PlanOutcome o : List.of(r.primaryOnly(), r.withAlternatives())) {
      h.append(String.format("<tr><td>%s</td><td>%s</td><td>%.2f%%</td><td>%,.0f</td><td>%d</td></tr>",
          Svg.escape(o.title()), o.plan().status(), 100 * o.plan().fulfilment(), o.plan().labourUsed(), o.switched().size()));
    }
    h.append("</table>");
    h.append(Svg.bars("Fulfilment λ, %", List.of(r.primaryOnly().title(), r.withAlternatives().title()),
        new double[] {100 * r.primaryOnly().plan().fulfilment(), 100 * r.withAlternatives().plan().fulfilment()}, "%.2f%%"));
    h.append(limitsTable(r.withAlternatives()));
    h.append(p("Products that switch to a low-carbon technology (share of their output): %s.",
        r.withAlternatives().switched().isEmpty() ? "none" : String.join(", ", r.withAlternatives().switched())));
    h.append(votesHtml(votes));
    h.append(GovernanceReport.html(governance));
    h.append("<h2>Assumptions</h2><ul>");
    UkDemo.assumptions().values().stream().sorted().forEach(a -> h.append("<li>").append(Svg.escape(a)).append("</li>"));
    h.append("</ul><p class=note>Every figure is recomputed by <code>./serge demo</code>; the same numbers are in report.json.</p>");
    return h.append("</main></body></html>\n").toString();
  }

  private static String votesHtml(VotesDemo.Result votes) {
    StringBuilder h = new StringBuilder("<h2>Delegates elected by proportional vote</h2>");
    h.append(p("The %,d real ballots of %s (Edinburgh 2017), counted by Scottish STV, elect %d delegates: %s. "
        + "The count took %d stages and its sheet balances at every stage: %s. Run serge count %s for the sheet.",
        votes.voters(), votes.electionTitle(), votes.election().elected().size(),
        String.join(", ", votes.election().elected()), votes.election().rounds().size(),
        votes.election().balances() ? "yes" : "NO", VotesDemo.ELECTION));
    var first = votes.election().rounds().getFirst().tally();
    h.append(Svg.bars("First preferences", List.copyOf(first.keySet()),
        first.values().stream().mapToDouble(java.math.BigDecimal::doubleValue).toArray(), "%,.0f"));
    h.append("<h2>A participatory budget by Equal Shares</h2>");
    h.append(p("The %,d ballots of %s share a budget of %,d by the Method of Equal Shares (%s): %d of %d projects "
        + "are funded for %,d%s. %.1f%% of voters see a project they supported funded; the Gini coefficient of "
        + "spending per voter is %.2f.", votes.budgetVoters(), votes.budgetFile(), votes.budget(), votes.rule(),
        votes.funded().size(), votes.projects(), votes.spent(),
        votes.matchesOfficial() ? ", exactly the projects Wieliczka officially selected" : " (NOT the official selection)",
        100 * votes.impact().satisfiedShare(),
        votes.impact().gini()));
    return h.toString();
  }

  private static String limitsTable(UkDemo.PlanOutcome outcome) {
    StringBuilder t = new StringBuilder("<table><caption>Limits of the plan with alternatives, and their shadow prices"
        + "</caption><tr><th scope=col>limit</th><th scope=col>used</th><th scope=col>available</th>"
        + "<th scope=col>binds</th><th scope=col>shadow price: wages saved per extra unit</th></tr>");
    for (Limit l : outcome.plan().limits()) {
      t.append(String.format("<tr><td>%s (%s)</td><td>%,.0f</td><td>%,.0f</td><td>%s</td><td>%s</td></tr>",
          Svg.escape(l.name()), Svg.escape(l.unit()), l.used(), l.limit(), l.binding() ? "yes" : "no",
          Svg.escape(Demo.pounds(l))));
    }
    return t.append("</table>").toString();
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String p(String format, Object... args) {
    return "<p>" + Svg.escape(String.format(format, args)) + "</p>";
  }

  private static final String STYLE = """
      body{font-family:system-ui,sans-serif;margin:0;background:#fafaf7;color:#1d1d1b}
      main{max-width:860px;margin:0 auto;padding:1.5rem}
      h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #b22;padding-bottom:.2rem}
      table{border-collapse:collapse;margin:1rem 0;width:100%}caption{text-align:left;font-weight:600;padding:.3rem 0}
      td,th{border-bottom:1px solid #ccc;padding:.3rem .5rem;text-align:right}td:first-child,th:first-child{text-align:left}
      .bar{fill:#b22}.neg{fill:#2a6f97}.label,.value{font-size:12px;fill:#1d1d1b}.axis{stroke:#555}
      .note{color:#555;font-size:.9rem}
      """;
}
