package org.serge.server.web;

import static org.serge.server.web.Html.a;
import static org.serge.server.web.Html.e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.serge.council.Council;
import org.serge.council.Membership;
import org.serge.server.Api;
import org.serge.server.Call;

/**
 * A planning round's page — the indicative prices and excess demand of its last iteration, my
 * council's proposal in force and the form to revise it, the plans drafted — and the plan report.
 * The form posts the same core action the CLI and simulated councils submit; the cycle's checks
 * decide whether the proposal stands (a refusal names its rule).
 */
public final class PlanningPages {
  private PlanningPages() {}

  /** The report allows its own inline styles (its charts); still no script, nothing from elsewhere. */
  private static final String REPORT_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"
      + " data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** The planning rounds of a council's federations (or of the federation itself), for its page. */
  static void section(Call call, Html page, String council) {
    List<String> items = call.read(p -> {
      List<String> federations = new ArrayList<>();
      federations.add(council);
      p.federationsAbove(council).forEach(f -> federations.add(f.id()));
      return p.rounds.rows().stream().filter(r -> federations.contains(r.federation()))
          .map(r -> a("/rounds/" + r.id(), r.title()) + " — " + e(r.federation()) + ", " + e(r.status())).toList();
    });
    page.h(2, "Planning rounds");
    ElectionPages.list(page, items, "None.");
  }

  public static String round(Call call) throws Exception {
    JsonNode view = Api.planningRound(call);
    JsonNode r = view.get("round");
    String id = r.get("id").asText();
    String federation = r.get("federation").asText();
    Html page = new Html(call, r.get("title").asText());
    page.raw("<p>Planning round " + e(id) + " of " + a("/councils/" + federation, federation) + " for "
        + e(r.get("period").asText()) + ". Status: <strong>" + e(r.get("status").asText()) + "</strong>; "
        + (r.get("iteration").isNull() ? "no iteration closed yet" : "iteration " + r.get("iteration").asLong()
            + " closed") + ".</p>\n");
    JsonNode iterations = view.get("iterations");
    JsonNode last = iterations.isEmpty() ? null : iterations.get(iterations.size() - 1);
    List<String> products = new ArrayList<>();
    ElectionPages.parsed(r.get("spec")).path("products").forEach(p -> products.add(p.get("code").asText()));
    figures(page, last, products);
    mine(call, page, view, id, federation, products);
    page.h(2, "Plans");
    List<String> plans = new ArrayList<>();
    view.get("plans").forEach(p -> plans.add(a("/plans/" + p.get("id").asText(), "Plan " + p.get("id").asText())
        + " — " + e(p.get("source").asText()) + ", " + e(p.get("status").asText())));
    ElectionPages.list(page, plans, "None drafted yet: a plan is drafted when an iteration converges.");
    page.raw("<p>" + a("/api/rounds/" + id, "This round as JSON") + "</p>\n");
    return page.render();
  }

  /** The last iteration's indicative prices and, from iteration 1 on, its supply and excess demand. */
  private static void figures(Html page, JsonNode last, List<String> products) throws Exception {
    page.h(2, "Indicative prices and excess demand");
    if (last == null) {
      page.p("The opening prices are published when iteration 0 closes, once the workplaces have proposed.");
      return;
    }
    JsonNode prices = ElectionPages.parsed(last.get("prices"));
    JsonNode tally = ElectionPages.parsed(last.get("tally"));
    page.p("After iteration " + last.get("number").asLong() + (tally == null ? " (the opening prices)" : "; "
        + (last.get("converged").asBoolean() ? "converged" : "not converged yet: largest excess "
            + last.get("largest_excess").asText() + " of supply")) + ". Hours are paid "
        + prices.path("incomePerHour").asText() + " an hour.");
    StringBuilder t = new StringBuilder("<div class=\"scroll\" role=\"region\" aria-label=\"Prices and excess demand\""
        + " tabindex=\"0\"><table>\n<caption>By product</caption>\n<thead><tr><th scope=\"col\">Product</th>"
        + "<th scope=\"col\">Indicative price</th><th scope=\"col\">Supply</th><th scope=\"col\">Excess demand</th>"
        + "</tr></thead>\n<tbody>\n");
    for (String code : products) {
      t.append("<tr><th scope=\"row\">").append(e(code)).append("</th><td>")
          .append(e(prices.path("products").path(code).asText("—"))).append("</td><td>")
          .append(tally == null ? "—" : e(tally.path("supply").path(code).asText("—"))).append("</td><td>")
          .append(tally == null ? "—" : e(tally.path("excess").path(code).asText("—"))).append("</td></tr>\n");
    }
    page.raw(t.append("</tbody>\n</table></div>\n").toString());
  }

  /** The signed-in member's councils in the round: each one's proposal in force and the revise form. */
  private static void mine(Call call, Html page, JsonNode view, String round, String federation,
      List<String> products) {
    String member = call.member();
    if (member == null) {
      return;
    }
    List<Council> councils = call.read(p -> p.membershipsOf(member).stream().filter(Membership::current)
        .map(m -> p.council(m.council())).filter(c -> p.federationsAbove(c.id()).stream()
            .anyMatch(f -> f.id().equals(federation)) && !c.isFederation()).toList());
    for (Council c : councils) {
      boolean production = c.kind().text().equals("workplace");
      page.h(2, "Our council's proposal: " + c.name());
      JsonNode current = null;
      for (JsonNode p : view.get("proposals")) {
        current = p.get("council").asText().equals(c.id()) ? p : current;
      }
      JsonNode figures = null;
      try {
        figures = current == null ? null : ElectionPages.parsed(current.get("proposal"));
      } catch (Exception e) {
        throw new IllegalStateException("a recorded proposal is not JSON", e);
      }
      page.p(figures == null ? "No proposal yet." : "In force: " + current.get("id").asText() + ", submitted "
          + current.get("submitted").asText() + ".");
      page.raw(RoundForm.form(call, round, c.id(), production, products, figures));
    }
  }

  /** The plan report, its own document (with its inline styles), numbers linked to their events. */
  public static String report(Call call) throws Exception {
    String html = Api.planReport(call);
    call.ctx().header("Content-Security-Policy", REPORT_POLICY);
    return html;
  }
}
