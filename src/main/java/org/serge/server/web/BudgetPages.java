package org.serge.server.web;

import static org.serge.server.web.Html.a;
import static org.serge.server.web.Html.e;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.serge.server.Api;
import org.serge.server.Call;

/**
 * A participatory-budget round's page: while open, the approval ballot of its projects with
 * their costs and (with {@code /static/ballot.js}) a running total against the budget; once
 * counted, the projects selected by the round's rule (Equal Shares by default), what they cost,
 * their supporters, and the "for whom" figures.
 */
final class BudgetPages {
  private BudgetPages() {}

  static String round(Call call) throws Exception {
    JsonNode view = Api.budget(call);
    JsonNode r = view.get("round");
    String id = r.get("id").asText();
    long budget = r.get("budget").asLong();
    Html page = new Html(call, r.get("title").asText());
    page.raw("<p>Budget round " + e(id) + " in " + a("/councils/" + r.get("council").asText(),
        r.get("council").asText()) + ": a budget of " + budget + ", projects selected by " + e(r.get("method").asText())
        + ". Status: <strong>" + e(r.get("status").asText()) + "</strong>; " + r.get("voted").asLong() + " of "
        + r.get("entitled").asLong() + " entitled have voted; closes " + e(r.get("closes").asText()) + ".</p>\n");
    if (ElectionPages.state(call, page, view, r, "/budgets/" + id)) {
      page.h(2, "Your ballot");
      page.p("Tick every project you would fund. Secret and final: the record says that you voted, never what."
          + " You may tick more than the budget buys: the rule shares the budget out among all voters.");
      String total = "<p class=\"js-only total\" hidden>Total of the projects you ticked: <output data-total"
          + " aria-live=\"polite\">0</output> of the budget of <span data-budget>" + budget + "</span>."
          + " <span data-over></span></p>\n";
      page.raw(ElectionPages.formStart(call, "/budgets/" + id + "/ballot", "ballot budget-ballot")
          + ElectionPages.ticks(view.get("projects"), "project", "Projects and what they cost", total)
          + "<p><button type=\"submit\">Cast my ballot</button></p>\n</form>\n"
          + "<script src=\"/static/ballot.js\" defer></script>\n");
    } else if (r.get("status").asText().equals("open")) {
      projects(page, view.get("projects"), false);
    }
    ElectionPages.closeForm(call, page, view, r, "/budgets/" + id);
    if (r.get("status").asText().equals("counted")) {
      results(page, view, r, budget);
    }
    page.raw("<p>" + a("/receipts?election=" + id, "Check a receipt") + " · " + a("/api/budgets/" + id,
        "This round as JSON (with the published ballots)") + "</p>\n");
    return page.render();
  }

  private static void results(Html page, JsonNode view, JsonNode r, long budget) throws Exception {
    page.h(2, "Projects selected");
    page.p("Spent " + r.get("spent").asLong() + " of the budget of " + budget + ", by " + r.get("method").asText()
        + ", from " + view.get("ballots").size() + " published ballots.");
    projects(page, view.get("projects"), true);
    JsonNode figures = ElectionPages.parsed(r.get("figures"));
    page.h(2, "For whom");
    List<String> items = new ArrayList<>();
    items.add("Share of voters with at least one project they approved funded: "
        + rounded(figures.path("satisfiedShare"), 100, 1) + "%");
    items.add("Spending per voter on projects they approved: " + rounded(figures.path("spendingPerVoter"), 1, 2));
    items.add("Inequality of that spending (Gini, 0 is equal): " + rounded(figures.path("gini"), 1, 3));
    ElectionPages.list(page, items, "");
  }

  private static void projects(Html page, JsonNode projects, boolean counted) {
    StringBuilder t = new StringBuilder("<div class=\"scroll\" role=\"region\" aria-label=\"Projects\" tabindex=\"0\">"
        + "<table>\n<caption>Projects</caption>\n<thead><tr><th scope=\"col\">Project</th><th scope=\"col\">Cost</th>"
        + (counted ? "<th scope=\"col\">Supporters</th><th scope=\"col\">Selected</th>" : "") + "</tr></thead>\n<tbody>\n");
    for (JsonNode p : projects) {
      t.append("<tr><th scope=\"row\">").append(e(p.get("name").asText())).append("</th><td>")
          .append(p.get("cost").asLong()).append("</td>");
      if (counted) {
        t.append("<td>").append(p.get("supporters").asLong()).append("</td><td>")
            .append(p.get("selected").isNull() ? "no" : "yes (" + ordinal(p.get("selected").asLong()) + ")")
            .append("</td>");
      }
      t.append("</tr>\n");
    }
    page.raw(t.append("</tbody>\n</table></div>\n").toString());
  }

  /** An exact decimal of the figures (kept whole in the JSON), scaled and rounded for reading. */
  private static String rounded(JsonNode exact, int scale, int places) {
    return exact.isMissingNode() ? "—" : new BigDecimal(exact.asText()).multiply(BigDecimal.valueOf(scale))
        .setScale(places, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String ordinal(long n) {
    return n + (n % 100 >= 11 && n % 100 <= 13 ? "th" : switch ((int) (n % 10)) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    });
  }
}
