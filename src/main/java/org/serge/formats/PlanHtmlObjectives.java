package org.serge.formats;

import static org.serge.formats.PlanHtml.endTable;
import static org.serge.formats.PlanHtml.escape;
import static org.serge.formats.PlanHtml.row;
import static org.serge.formats.PlanHtml.table;
import static org.serge.formats.PlanHtml.yesNo;

import java.util.List;
import org.serge.planning.report.Balance;
import org.serge.planning.report.ByWhom;
import org.serge.planning.report.Figure;
import org.serge.planning.report.PlanReport;
import org.serge.planning.report.ToWhatEnd;

/** The "to what end" and material balance sections of the plan report's HTML. */
final class PlanHtmlObjectives {
  private PlanHtmlObjectives() {}

  static void toWhatEnd(StringBuilder h, PlanHtml html, PlanReport report) {
    ToWhatEnd end = report.toWhatEnd();
    h.append("<section aria-labelledby=\"to-what-end\"><h2 id=\"to-what-end\">To what end: the objectives and how far"
        + " they are met</h2><h3>Targets</h3>");
    if (end.targets().isEmpty()) {
      h.append("<p>The round was opened without targets of final demand.</p>");
    } else {
      h.append("<p>").append(html.number(end.targetsMet())).append(" of the targets are met (within ε).</p>");
      table(h, "Targets of final demand (consumption and public goods)", "product", "target", "planned", "fulfilment",
          "met");
      end.targets().forEach(t -> row(h, t.product(), html.number(t.target()), html.number(t.planned()),
          html.number(t.fulfilment()), yesNo(t.met())));
      endTable(h);
      List<ToWhatEnd.Target> targets = end.targets();
      h.append(PlanCharts.bars(html, "chart-objectives", "Objectives met: planned final demand as a share of the target.",
          targets.stream().map(ToWhatEnd.Target::product).toList(),
          targets.stream().map(ToWhatEnd.Target::fulfilment).toList(), 1));
    }
    ToWhatEnd.Hours hours = end.hours();
    h.append("<h3>Hours of work</h3>");
    table(h, "The hours limit per member, and the most any council's members work or offer", "hours per member",
        "limit", "most worked", "most offered", "kept");
    row(h, "in this plan", html.number(hours.limit()), html.number(hours.mostWorkedPerMember()),
        html.number(hours.mostOfferedPerMember()), yesNo(hours.within()));
    endTable(h);
    limits(h, html, report);
    convergence(h, html, end.convergence());
    h.append("</section>");
  }

  private static void limits(StringBuilder h, PlanHtml html, PlanReport report) {
    h.append("<h3>Limits that bind, and their price</h3>");
    List<ToWhatEnd.Limit> limits = report.toWhatEnd().limits();
    if (limits.isEmpty()) {
      h.append("<p>No resource is limited in this plan.</p>");
    } else {
      table(h, "Resource budgets, their use and scarcity premium (hours per unit, inside the prices)", "resource",
          "budget", "used", "premium", "binds", "kept");
      limits.forEach(l -> row(h, l.resource(), html.number(l.budget()), html.number(l.used()), html.number(l.premium()),
          yesNo(l.binding()), yesNo(l.within())));
      endTable(h);
    }
    List<ByWhom.Producer> full = report.byWhom().producers().stream().filter(ByWhom.Producer::atCapacity).toList();
    h.append("<p>Workplace councils at their capacity: ");
    h.append(full.isEmpty() ? "none" : String.join(", ", full.stream()
        .map(p -> escape(p.council().name()) + " (" + html.number(p.capacity()) + " " + escape(p.product()) + ")")
        .toList()));
    h.append(". Their capacity premium is inside the product's price (see the balance).</p>");
  }

  private static void convergence(StringBuilder h, PlanHtml html, ToWhatEnd.Convergence c) {
    h.append("<h3>Convergence</h3><p>").append(c.converged() ? "The proposals converged after "
        : "The proposals had <strong>not</strong> converged after ").append(html.number(c.rounds()))
        .append(" rounds: the largest excess demand left is ").append(html.number(c.largestExcess()))
        .append(" of supply, against ε = ").append(html.number(c.epsilon())).append(".</p>");
    table(h, "Largest excess demand, relative to supply, round by round", "round", "largest excess");
    for (int r = 0; r < c.largestExcessByRound().size(); r++) {
      Figure f = c.largestExcessByRound().get(r);
      row(h, "round " + (r + 1), html.number(f));
    }
    endTable(h);
  }

  static void balance(StringBuilder h, PlanHtml html, PlanReport report) {
    h.append("<section aria-labelledby=\"balance\"><h2 id=\"balance\">Material balance</h2><p>")
        .append(report.balances() ? "Every product balances: output covers intermediate use and final demand within ε."
            : "<strong>Some products are short</strong>: their output does not cover their use within ε.")
        .append("</p>");
    table(h, "Output against use, by product (units), and the price (hours per unit)", "product", "region", "output",
        "intermediate use", "consumption", "public goods", "surplus", "price", "balances");
    for (Balance b : report.balance()) {
      row(h, b.product(), escape(b.region()), html.number(b.output()), html.number(b.intermediate()),
          html.number(b.consumption()), html.number(b.publicDemand()), html.number(b.surplus()), html.number(b.price()),
          yesNo(b.holds()));
    }
    endTable(h);
    h.append("</section>");
  }
}
